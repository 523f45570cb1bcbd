"""T107: "the past N months (or years)" against a month or year the same clause puts in them
("Over the past 12 months the price fell to a low ... in March 1986", published June 1987:
March 1986 is 15 months back; "over the last 30 months from a March 2016 peak ... to an
August 2017 low", published September 2017: 18 months).

The window runs back from publication. A month told "in" it must not lie two or more months
before the window opens (a year, all of it); a start told "from" it must open the window,
within a month, or as far as the end the clause gives ("to an August 2017 low"). Words that
set a date apart ("from" aside, "since", "compared", "than", "after", "ago", "earlier", ...)
or a comma between the window and the date, a date told of a participle ("the debt incurred
in 1984"), and a window ending elsewhere ("the past 12 months to March") are left alone.
Figures of two years compared in the clause ("430 billion in 1986, compared with 53 billion
in 1976") are the window's ends: its years must be theirs, or those to publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.report.finding import Finding

_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WHEN = rf"(?:(?P<{{0}}month>{_MONTH})\s+)?(?P<{{0}}year>(?:19|20)\d\d)\b(?![\d%/-])"
_CLAUSE = r"(?:[^.;:()!?\n]|\n(?!\s*\n)|\.(?=\d))"
# "Over the past 12 months the price moved to a low of 3,400 stg in March 1986"
_WINDOW = lazy(
    rf"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous|preceding)\s+"
    rf"(?P<n>{_NUM})\s+(?P<unit>months|years)\b(?!\s+(?:to|ended|ending|through)\b)(?P<gap>{_CLAUSE}{{0,90}}?)"
    rf"(?:\bfrom\s+(?:an?\s+|the\s+|its\s+)?{_WHEN.format('from_')}"
    rf"(?:{_CLAUSE}{{0,40}}?\bto\s+(?:an?\s+|the\s+|its\s+)?{_WHEN.format('to_')})?"
    rf"|\bin\s+{_WHEN.format('in_')})", re.IGNORECASE)
_APART = lazy(r"\b(?:from|since|compared|comparison|against|versus|vs|than|after|"
              r"before|ago|earlier|prior|previous|previously|when|until|till|through|"
              r"ended|ending|record|ever|last|forecast|expected|will|would)\b",
              re.IGNORECASE)

# "strong growth in the past 20 years, with issues of 430 billion in 1986, compared with 53
# billion in 1976": the two ends of the growth the window counts
_COMPARED = lazy(
    rf"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous|preceding)\s+"
    rf"(?P<n>{_NUM})\s+years\b(?P<gap>{_CLAUSE}{{0,120}}?)\bin\s+(?P<now>(?:19|20)\d\d),?\s+"
    rf"(?:compared|against)\s+(?:with\s+|to\s+)?(?P<gap2>{_CLAUSE}{{0,40}}?)\bin\s+"
    r"(?P<then>(?:19|20)\d\d)\b(?![\d%/-])", re.IGNORECASE)
_ASIDE = lazy(r"\b(?:since|ago|after|before|until|than|earlier)\b", re.IGNORECASE)
_PARTICIPLE = lazy(r"[a-z]ed\s+$", re.IGNORECASE)  # "the debt incurred in 1984"


def past_window_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a date the clause puts in "the past N months" that lies outside them."""
    published = doc.article.published
    if published is None:
        return
    text = doc.text
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        if "past" not in lower and "last" not in lower and "previous" not in lower \
                and "preceding" not in lower:
            continue
        for match in _WINDOW.finditer(text, sentence.start, sentence.end):
            n = cardinal(match["n"])
            gap = match["gap"]
            if (n is None or _APART.search(gap) or "," in gap or text[match.start("n") - 1] == "-"
                    or _PARTICIPLE.search(gap)):
                continue
            months = n * (12 if match["unit"].lower() == "years" else 1)
            opens = _month_index(published) - months
            found = (_started(match, published, opens) if match["from_year"]
                     else _inside(match, published, opens))
            if found is not None:
                yield _finding(doc, rule, match, *found)
        for match in _COMPARED.finditer(text, sentence.start, sentence.end):
            finding = _compared(doc, rule, match, published)
            if finding is not None:
                yield finding


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _when(match: re.Match[str], prefix: str) -> tuple[int, int]:
    """The first and last month index the date "<prefix>month <prefix>year" denotes."""
    year = int(match[f"{prefix}year"])
    month = match[f"{prefix}month"]
    if month is None:
        return year * 12, year * 12 + 11
    index = year * 12 + _MONTHS.index(month[:3].lower())
    return index, index


def _inside(match: re.Match[str], published: date, opens: int) -> tuple[str, int] | None:
    """(why, months back) when the month told "in" the window lies two or more before it."""
    _, last = _when(match, "in_")
    if last > opens - 2:
        return None
    return "in_", _month_index(published) - last


def _started(match: re.Match[str], published: date, opens: int) -> tuple[str, int] | None:
    """(why, months) when the window does not open at the start told "from" it."""
    start, _ = _when(match, "from_")
    if match["from_month"] is None:
        return None  # a year alone is too rough a start
    ends = [_month_index(published)]
    if match["to_year"]:
        ends.append(_when(match, "to_")[1])
    told = _month_index(published) - opens
    if min(ends) - start - 1 <= told <= max(ends) - start + 1:
        return None
    return "from_", _month_index(published) - start


def _compared(doc: Document, rule: Rule, match: re.Match[str],
              published: date) -> Finding | None:
    """The finding when the years of the window fit neither the years compared nor the years
    from the earlier one to publication."""
    n = cardinal(match["n"])
    now, then = int(match["now"]), int(match["then"])
    if (n is None or not then < now <= published.year or _ASIDE.search(match["gap"])
            or _ASIDE.search(match["gap2"]) or now - then - 1 <= n <= published.year - then + 1):
        return None
    said = doc.text[match.start() : match.end("n")] + " years"
    return rule.finding(
        doc, match.start("n"), match.start("n") + len(match["n"]) + 6,
        f"“{said}” counts {n} years, but the figures compared run from {then} to {now}, "
        f"{now - then} years ({published.year - then} to publication)", score=0.7,
        severity="warning", evidence=(match.group(),),
        related=(Span(match.start("then"), match.end("then"), match["then"], "date"),))


def _finding(doc: Document, rule: Rule, match: re.Match[str], why: str,
             months: int) -> Finding:
    """The finding on the window, with the months back in the message."""
    published = doc.article.published
    assert published is not None
    window = doc.text[match.start() : match.end("unit")]
    shown = doc.text[match.start(f"{why}month") if match[f"{why}month"] else match.start(
        f"{why}year") : match.end(f"{why}year")]
    if why == "in_":
        message = (f"“{window}” reaches back from publication ({published.isoformat()}), but "
                   f"“{shown}” lies {months} months back, before the window opens")
    else:
        message = (f"“{window}” counts {match['n']} {match['unit'].lower()}, but from "
                   f"“{shown}” to publication ({published.isoformat()}) is {months} months")
    start = match.start(f"{why}month") if match[f"{why}month"] else match.start(f"{why}year")
    return rule.finding(doc, match.start("n"), match.end("unit"), message, score=0.7,
                        severity="warning", evidence=(match.group(), shown),
                        related=(Span(start, match.end(f"{why}year"), shown, "date"),))
