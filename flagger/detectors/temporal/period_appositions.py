"""T101 (local): a period and the month or year set beside it to say when it is, when the one
does not hold the other.

A writer glosses a period with the calendar ("next month, in June", "last year, in 2023", "in
2022, the year before last", "during the second quarter, in July", "at the end of the year, in
June", "in late spring, in August"); the gloss must fall inside the period. Relative periods
count from publication: in a story of 25 March 2024 "next month" is April, "the month before
last" January, "the year before last" 2022. A quarter, a half, "the beginning" or "the end of
the year" name months of any year; a season names the months of either hemisphere's season
("late spring" is May-June in the north, November-December in the south, never August).

Only a gloss set off by a comma or a bracket and closed by a comma, a bracket or the sentence's
end is read, so "last month in Geneva" or "in June 1986 dollars" name no period; after a
determiner "last" is the final one ("the last month, September"), not a relative period. A
quarter, a half or the year's end is not read in an article that speaks of fiscal, school or
season years, whose quarters and ends fall in other months.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_YEAR = r"(?:19|20)\d\d"
_RELATIVE = (r"(?P<rel>the\s+(?:year|month)\s+(?:before\s+last|after\s+next)|"
             r"(?:last|this|next)\s+(?:year|month))")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}
_PART = (r"(?P<part>(?:the\s+)?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[- ]"
         r"(?P<unit>quarter|half)|the\s+(?P<edge>end|beginning|start)\s+of\s+the\s+year|"
         r"(?P<phase>early|mid|late)?[- ]?(?P<season>spring|summer|autumn|fall|winter))")
_GLOSS = (rf"\s*(?P<open>,|\()\s*(?P<in>in\s+)?(?:(?:early|mid|late)[- ])?(?:the\s+month\s+of\s+)?"
          rf"(?:(?P<mon>{_MON})(?:\s+(?P<myear>{_YEAR}))?|(?P<year>{_YEAR}))"
          r"(?!\s*\d)(?!\s+(?:dollars|prices|terms|levels?)\b)\s*(?P<close>[,)]|[.;]\s|[.;]?$)")
_AFTER = lazy(rf"\b(?:{_RELATIVE}|{_PART}){_GLOSS}", re.IGNORECASE | re.MULTILINE)
# "In 2022, the year before last," the gloss first.
_BEFORE = lazy(rf"\bin\s+(?P<year>{_YEAR}),\s+{_RELATIVE}\s*[,.;]", re.IGNORECASE)
_GATE = lazy(r"\b(?:year|month|quarter|half|spring|summer|autumn|fall|winter|last|next)\s*[,(]",
             re.IGNORECASE)
# "the last month, September": a determiner makes "last" the final one, not a relative period.
_DETERMINER = lazy(r"\b(?:the|its|their|his|her|our|a|that|each|every)\s+$", re.IGNORECASE)
_OTHER_YEARS = lazy(r"\b(?:fiscal|financial|school|academic|season|crop|marketing)\b",
                    re.IGNORECASE)
_SEASONS = {"spring": ((3, 6), (9, 12)), "summer": ((6, 9), (12, 15)),
            "autumn": ((9, 12), (3, 6)), "fall": ((9, 12), (3, 6)),
            "winter": ((12, 15), (6, 9))}
"""A season's first and last month in the north and in the south, wide on purpose (months past
December run on: 15 is March)."""


def period_apposition_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for a month or year set beside a period that does not hold it."""
    published, text = doc.article.published, doc.text
    if published is None or not _GATE.search(text):
        return
    other_years = _OTHER_YEARS.search(text) is not None
    for match in _AFTER.finditer(text):
        if (match["open"] == "(") != (match["close"] == ")") \
                or _DETERMINER.search(text, max(0, match.start() - 8), match.start()):
            continue
        if match["rel"] and match["year"] and not match["in"] and "year" in match["rel"].lower():
            continue  # "this year, 2019": read by `local.relative_year_appositions`
        if match["rel"]:
            problem = _relative(match["rel"], match["mon"], match["myear"] or match["year"],
                                published)
        elif other_years:
            continue
        else:
            problem = _part(match)
        if problem is not None:
            gloss = match.start("mon") if match["mon"] else match.start("year")
            end = match.end("myear") if match["myear"] else match.end("mon") if match["mon"] \
                else match.end("year")
            period = match.start("rel") if match["rel"] else match.start("part")
            yield _finding(doc, rule, (period, match.end("rel") if match["rel"]
                                       else match.end("part")), (gloss, end), problem)
    for match in _BEFORE.finditer(text):
        problem = _relative(match["rel"], None, match["year"], published)
        if problem is not None:
            yield _finding(doc, rule, match.span("rel"), match.span("year"), problem)


def _relative(words: str, month: str | None, year: str | None, published: date) -> str | None:
    """What is wrong with a gloss of "last year", "next month", "the year before last"."""
    said = " ".join(words.lower().split())
    step = -2 if "before last" in said else 2 if "after next" in said else \
        {"last": -1, "this": 0, "next": 1}[said.split()[0]]
    if said.endswith("year") or "year " in said:
        meant = published.year + step
        if year is not None and int(year) != meant:
            return f"“{words}” is {meant} (published {published.isoformat()})"
        return None
    index = published.year * 12 + published.month - 1 + step
    meant_year, meant_month = divmod(index, 12)
    shown = f"{_MONTHS[meant_month].title()} {meant_year}"
    if month is not None and _month(month) != meant_month + 1:
        return f"“{words}” is {shown} (published {published.isoformat()})"
    if year is not None and int(year) != meant_year:
        return f"“{words}” is {shown} (published {published.isoformat()})"
    return None


def _part(match: re.Match[str]) -> str | None:
    """What is wrong with a month set beside a quarter, a half, the year's edge or a season."""
    if match["mon"] is None:
        return None
    month = _month(match["mon"])
    words = " ".join(match["part"].split())
    if match["unit"]:
        n, size = _ORDINAL[match["nth"].lower()], 3 if match["unit"].lower() == "quarter" else 6
        if n * size > 12:
            return None
        first, last = (n - 1) * size + 1, n * size
        if not first <= month <= last:
            return f"{words} runs from {_MONTHS[first - 1].title()} to " \
                   f"{_MONTHS[last - 1].title()}"
        return None
    if match["edge"]:
        months = (11, 12) if match["edge"].lower() == "end" else (1, 2)
        if month not in months:
            return f"{words} is {' or '.join(_MONTHS[m - 1].title() for m in months)}"
        return None
    spans = _SEASONS[match["season"].lower()]
    phase = (match["phase"] or "").lower()
    fits = [_phase(span, phase) for span in spans]
    if not any(month in span or month + 12 in span for span in fits):
        shown = " or ".join(f"{_MONTHS[(s.start - 1) % 12].title()}-"
                            f"{_MONTHS[(s.stop - 2) % 12].title()}" for s in fits)
        return f"{words} is {shown}"
    return None


def _phase(span: tuple[int, int], phase: str) -> range:
    """The months of a season's phase: early the first two, late the last two, else all."""
    first, last = span
    if phase == "early":
        return range(first, first + 2)
    if phase == "late":
        return range(last - 1, last + 1)
    return range(first, last + 1)


def _month(word: str) -> int:
    key = word.lower().rstrip(".")[:3]
    return next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(key))


def _finding(doc: Document, rule: Rule, period: tuple[int, int], gloss: tuple[int, int],
             problem: str) -> Finding:
    """The warning on the period, the gloss beside it related."""
    other = doc.text[gloss[0] : gloss[1]]
    return rule.finding(doc, period[0], period[1], f"{problem}, but “{other}” is set beside it",
                        score=0.8, severity="warning",
                        evidence=(problem, f"beside it: {other}"),
                        related=(Span(gloss[0], gloss[1], other, "month or year beside it"),))
