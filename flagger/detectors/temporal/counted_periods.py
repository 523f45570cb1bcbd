"""A period compared that is written as a count back, and a base that is not before it.

"Inflation three years ago fell to 2.1 pct from 4.7 pct in 1985" (published March 1987):
"three years ago" is 1984, and a figure of 1984 cannot have fallen from one of 1985. A news
desk reads the count back from publication as the period compared (years: the year N before
publication; months: the month N before), reads the base after the comparison word as
`period_words` does ("from 27.41 dlrs in 1985", "against 8.1 pct in January", "after a 10.0 pct
January rise"), or before it in "from ... to" ("from 440 pct in 1985 to 19.7 pct two years
ago"), and flags the count when the base is not before it. Only one sentence is read, with a
figure in it ("rose two months ago from January levels by 5.6 pct") and no clause break
between the count, the comparison word and the base. Warnings (T107) on the count, the base related.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.period_words import Period, periods
from flagger.report.finding import Finding

_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}
_AGO = lazy(rf"\b(?P<n>{'|'.join(_COUNTS)}|\d{{1,2}})\s+(?P<unit>years?|months?)\s+ago\b",
            re.IGNORECASE)
_MARKER = lazy(r"\b(?:from|against|compared\s+(?:with|to)|than|after|following)\b",
               re.IGNORECASE)
_TO = lazy(r"\bto\b", re.IGNORECASE)
_BREAK = lazy(r";|:|\.\s|\b(?:said|says|while|whereas|but|which|who|when|and)\b",
              re.IGNORECASE)
_DIGIT = lazy(r"\d")
NEAR = 60  # characters from a count to its comparison word, or from a base to "to"
REACH = 60  # characters from a comparison word to its base


def counted_period_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107 warnings for a count back compared with a base that is not before it."""
    published, text = doc.article.published, doc.text
    if published is None:
        return
    low = doc.lowered or text.lower()
    for sentence in doc.sentences:
        if "ago" not in low[sentence.start : sentence.end]:
            continue
        found: list[Period] | None = None
        for count in _AGO.finditer(text, sentence.start, sentence.end):
            found = found if found is not None else list(
                periods(text, sentence.start, sentence.end, published))
            base = _base(text, found, count, sentence.start, sentence.end)
            if base is not None and not _before(base, count, published):
                yield _finding(doc, rule, count, base, published)


def _base(text: str, found: list[Period], count: re.Match[str], start: int,
          end: int) -> Period | None:
    """The base the count's figure is compared with: after a comparison word that follows the
    count, or after "from" before it when "to" leads to the count."""
    marker = _MARKER.search(text, count.end(), min(end, count.end() + NEAR))
    if marker is not None and not _BREAK.search(text, count.end(), marker.start()) \
            and _DIGIT.search(text, start, end):
        base = next((p for p in found if p.start >= marker.end()), None)
        if base is not None and base.start - marker.end() <= REACH \
                and not _BREAK.search(text, marker.end(), base.start) and not base.following:
            return base
    before = next((p for p in reversed(found) if p.end <= count.start()), None)
    if before is None or count.start() - before.end > NEAR \
            or _BREAK.search(text, before.end, count.start()):
        return None
    to = _TO.search(text, before.end, count.start())
    starts = list(_MARKER.finditer(text, max(start, before.start - REACH), before.start))
    if to is None or not starts or starts[-1][0].lower() != "from" \
            or _BREAK.search(text, starts[-1].end(), before.start) \
            or not _DIGIT.search(text, to.end(), count.start()):
        return None
    return before  # "from 440 pct in 1985 to 19.7 pct two years ago"


def _counted(count: re.Match[str], published: date) -> tuple[int, int]:
    """The (year, month) a count back names; the month is 0 for a count in years."""
    n = _COUNTS.get(count["n"].lower()) or int(count["n"])
    if count["unit"].lower().startswith("year"):
        return published.year - n, 0
    months = published.year * 12 + published.month - 1 - n
    return months // 12, months % 12 + 1


def _before(base: Period, count: re.Match[str], published: date) -> bool:
    """Whether the base comes before the period the count names (a year before its year, a
    month before its month)."""
    year, month = _counted(count, published)
    if month == 0 or base.months is None:
        return base.year < year
    return base.last < (year, month)


def _finding(doc: Document, rule: Rule, count: re.Match[str], base: Period,
             published: date) -> Finding:
    """The warning on the count, the base related."""
    text = doc.text
    said, partner = count.group(), text[base.start : base.end]
    year, month = _counted(count, published)
    named = str(year) if month == 0 else date(year, month, 1).strftime("%B %Y")
    message = (f"“{said}” is {named} (published {published.isoformat()}), but its figure is "
               f"compared with “{partner}”, which is not before it")
    return rule.finding(
        doc, count.start(), count.end(), message, score=0.6, severity="warning",
        evidence=(f"{said} = {named}", f"base: {partner}"),
        related=(Span(base.start, base.end, partner, "base"),))
