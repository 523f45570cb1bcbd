"""T101 (local): a relative period and the written date set beside it for the same time, when
the date falls outside the period, whatever their order and the punctuation between them.

A writer glosses "last month", "this quarter", "earlier this year" or "a year ago" with the
calendar: "begun last month in June", "a year ago, on March 10, 2024", "planned for this
quarter, in August", "earlier this year, in the fourth quarter", "March 10, 2024, a year ago".
Counted from publication (a story of 17 March 2025): "last month" is February 2025, "this
quarter" January-March 2025, "earlier this year" 1 January to 17 March 2025, "a year ago"
about March 2024 (four months either side). The written date must lie inside the period (for
"a year ago", meet its window); a date without a year may be read in any year the period
touches ("last month, in December" in January).

The gloss is a day, a month, a year or a calendar quarter, right after the period (after a
comma, a bracket or a dash, or "in", "on", "during": "last quarter 1986" is the final quarter
of 1986, no gloss) or, with its year written, right before it
after a comma. It must close where it ends (a comma, a bracket, the sentence's end, or a word
that opens the next phrase), so "last year in 1985 dollars" or "a year ago, in 1986 terms" is
not read; "the last month, June" (a determiner: the final month) neither. Quarters are not
read in an article that speaks of fiscal (financial, crop...) years, whose quarters fall in
other months.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_YEAR = r"(?:1[6-9]|20)\d\d"
_REL = (r"(?P<rel>(?:(?P<edge>earlier|later|early|late)\s+)?(?P<which>this|last|next)\s+"
        r"(?P<unit>year|month|quarter)|a\s+year\s+ago)")
_GLOSS = (rf"(?:(?P<mon>{_MON})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<dyear>{_YEAR}))?"
          rf"|(?P<mmon>{_MON})(?:\s+(?P<myear>{_YEAR}))?|(?P<year>{_YEAR})"
          r"|(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter"
          rf"(?:\s+of\s+(?P<qyear>{_YEAR}))?)")
_CLOSE = (r"(?![-/–]\d)(?=\s*(?:[,.;:)]|--|—|$)|\s+(?:by|to|from|at|for|with|when|after|before|"
          r"and|but|as|under|that|which|who|would|will|was|were|is|are|has|had)\b)")
_AFTER = lazy(rf"\b{_REL}(?:\s*(?:[,(]|--|—|–)\s*(?:(?:in|on|during)\s+)?|\s+(?:in|on|during)\s+)"
              rf"(?:the\s+)?(?P<gloss>{_GLOSS}){_CLOSE}", re.IGNORECASE | re.MULTILINE)
_BEFORE = lazy(rf"\b(?P<gloss>(?P<mon>{_MON})\s+(?P<day>[0-3]?\d),?\s+(?P<dyear>{_YEAR})"
               rf"|(?P<mmon>{_MON})\s+(?P<myear>{_YEAR})|(?P<year>{_YEAR}))\s*,\s*{_REL}"
               r"(?=\s*(?:[,.;:)]|--|—|$))", re.IGNORECASE | re.MULTILINE)
_OPENINGS = ("earlier", "later", "early", "late", "this", "last", "next", "a year ago")
"""The words every match of `_AFTER` opens with: it is tried only where one stands
(`wordscan.finditer_at`)."""
_COMMA_REL = lazy(r", (?:a year ago|(?:(?:earlier|later|early|late) )?(?:this|last|next) "
                  r"(?:year|month|quarter))")
"""What every match of `_BEFORE` ends with, in the lower-cased text: `_BEFORE` is tried only
just before it."""
_BEFORE_REACH = 30  # characters a written date with its year may take before its comma
_DETERMINER = lazy(r"\b(?:the|its|their|his|her|our|a|that|each|every)\s+$", re.IGNORECASE)
_OTHER_YEARS = lazy(r"\b(?:fiscal|financial|school|academic|season|crop|marketing)\b",
                    re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}
_OFFSET = {"last": -1, "this": 0, "next": 1}
_AGO_SLACK = 122  # days either side of the same day a year back: "a year ago" is rough

Interval = tuple[date, date]


def relative_gloss_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101: "begun last month in June" (published in October) glosses a period with a date
    outside it."""
    text, published, low = doc.text, doc.article.published, doc.lowered
    if published is None:
        return
    fiscal: bool | None = None
    for match in (*finditer_at(_AFTER, text, low, _OPENINGS), *_glosses_first(text, low)):
        parts = {k: v for k, v in match.groupdict().items() if v is not None}
        if parts["rel"].lower().startswith("last") and _DETERMINER.search(
                text, max(match.start() - 12, 0), match.start()):
            continue  # "the last month, June": the final one
        if parts.get("unit", "").lower() == "quarter" or "nth" in parts:
            fiscal = _OTHER_YEARS.search(text) is not None if fiscal is None else fiscal
            if fiscal:
                continue
        period = _period(parts, published)
        readings = _gloss(parts, period)
        ago = "unit" not in parts
        if not readings or any(_fits(reading, period, ago) for reading in readings):
            continue
        said, gloss = parts["rel"], parts["gloss"].rstrip(".")
        at = match.start("gloss")
        yield rule.finding(
            doc, match.start("rel"), match.end("rel"),
            f"“{said}” is {_show(period, ago)} (published {published.isoformat()}), but "
            f"“{gloss}” set beside it for the same time is {_show(readings[0], False)}",
            score=0.8, severity="warning",
            evidence=(f"{said} = {_show(period, ago)}", f"written: {gloss}"),
            related=(Span(at, at + len(gloss), gloss, "date beside it"),))


def _glosses_first(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """The matches of `_BEFORE` ("March 10, 2024, a year ago"), tried only before a comma and
    a relative period in the lower-cased text."""
    if low is None:
        yield from _BEFORE.finditer(text)
        return
    for hit in _COMMA_REL.finditer(low):
        for match in _BEFORE.finditer(text, max(hit.start() - _BEFORE_REACH, 0)):
            if match.start("rel") > hit.start() + 2:
                break
            if match.start("rel") == hit.start() + 2:
                yield match
                break


def _period(parts: dict[str, str], published: date) -> Interval:
    """The days the relative period holds, counted from `published` ("a year ago": the day a
    year back)."""
    if "unit" not in parts:
        back = _shift(published, -12)
        return back, back
    unit, edge = parts["unit"].lower(), parts.get("edge", "").lower()
    offset = _OFFSET[parts["which"].lower()]
    if unit == "year":
        year = published.year + offset
        lo, hi = date(year, 1, 1), date(year, 12, 31)
    else:
        months = 1 if unit == "month" else 3
        first = (published.month - 1) // months * months + offset * months
        lo = _shift(date(published.year, 1, 1), first)
        hi = _shift(lo, months) - timedelta(days=1)
    if offset == 0 and edge == "earlier":
        hi = published + timedelta(days=1)
    elif offset == 0 and edge == "later":
        lo = published - timedelta(days=1)
    return lo, hi


def _gloss(parts: dict[str, str], period: Interval) -> list[Interval]:
    """The days the written date may name: one reading with its year, else one in each year
    the period (for "a year ago", its window) touches."""
    written = next((parts[k] for k in ("dyear", "myear", "year", "qyear") if k in parts), None)
    slack = timedelta(days=0 if "unit" in parts else _AGO_SLACK)
    years = ([int(written)] if written
             else sorted({(period[0] - slack).year, (period[1] + slack).year}))
    return [reading for year in years if (reading := _reading(parts, year)) is not None]


def _reading(parts: dict[str, str], year: int) -> Interval | None:
    """The gloss read in `year`."""
    if "year" in parts:
        return date(year, 1, 1), date(year, 12, 31)
    if "nth" in parts:
        lo = date(year, 3 * _ORDINAL[parts["nth"].lower()] - 2, 1)
        return lo, _shift(lo, 3) - timedelta(days=1)
    month = _MONTHS.index(parts.get("mon", parts.get("mmon", ""))[:3].lower()) + 1
    if "day" in parts:
        day = int(parts["day"])
        if not 1 <= day <= monthrange(year, month)[1]:
            return None
        return date(year, month, day), date(year, month, day)
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _fits(reading: Interval, period: Interval, ago: bool) -> bool:
    """Whether the gloss lies in the period (for "a year ago", meets its window)."""
    if ago:
        slack = timedelta(days=_AGO_SLACK)
        return reading[0] <= period[1] + slack and period[0] - slack <= reading[1]
    return period[0] <= reading[0] and reading[1] <= period[1]


def _shift(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month (the same day for a whole year)."""
    index = day.year * 12 + day.month - 1 + months
    if months % 12 == 0:
        try:
            return day.replace(year=index // 12)
        except ValueError:
            return date(index // 12, 2, 28)
    return date(index // 12, index % 12 + 1, 1)


def _show(span: Interval, ago: bool) -> str:
    """"about 2024-03-17" for "a year ago", else "2025-02-01 to 2025-02-28" or one day."""
    if ago:
        return f"about {span[0].isoformat()}"
    lo, hi = span
    return lo.isoformat() if lo == hi else f"{lo.isoformat()} to {hi.isoformat()}"
