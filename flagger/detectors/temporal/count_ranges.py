"""T107: a count of time and the two dates that bound it, told beside it in one clause:

- the count, then its range: "a consultant for three years, from April 2021 to June 2022"
  (14 months), "a 30-month run (from May 2019 through 2020)";
- its start, the count, its end: "appointed in May 2020 for a five-year term lasting through
  2027" (seven years);
- a shift between two dates: "postponed the meeting by two months to May 21 from the
  previously scheduled April 28" (23 days);
- a step from the one date before: "41 billion in fiscal 2028 against 18 billion in 2021, a
  decade earlier" (seven years).

The dates are explicit, of any grain (a day, a month, a year): the span runs from a day of
the first to a day of the second, or the day after it (both ends included), so "for three
years, from 2019 to 2021" and "29 days, from June 2 through June 30" fit. Two days without
their year are read in the year the reader gave them, when the second is not before the
first (months without their year are month_spans.py's). A count of the first, last, next or
previous units is a part of the range or another period, and is not read. Counts are read by
`count_phrases` (bound, half, rounding). Ranges of days are durations.py's and of years
year_spans.py's; this reader sees what those leave (months, mixed grains, a start before the
count, a shift). A count of "a" unit after a figure is a rate ("two billion dlrs a month
between January and May"), read only after "for", "over", "in", "by" and the like.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.count_phrases import Count, counts, dated_sentences, misfit
from flagger.report.finding import Finding

_TO = lazy(r"\s*(?:-|–|to|until|till|through|thru|and)\s*")  # between the two dates
# the count, then its range: ", from", " (from", " beginning", "between"
_THEN_RANGE = lazy(r"\s*,?\s*\(?\s*(?:(?:lasting|running|beginning|starting)\s+)?"
                   r"(?:from|between)\s+")
# a start, the count, an end: "in May 2020 for a five-year term lasting through 2027"
_START_FOR = lazy(r"\s+for\s+(?:an?\s+|the\s+)?")
_FOR_END = lazy(r"(?:\s+[a-z]+){0,2}?\s+(?:(?:lasting|running|ending|expiring)\s+)?"
                r"(?:through|until|till|to)\s+")
# a shift: "by two months to May 21 from the previously scheduled April 28"
_BY = lazy(r"\bby\s+$")
_SHIFT_TO = lazy(r"\s+(?:to|until)\s+")
_SHIFT_FROM = lazy(r"\s+from\s+(?:the\s+)?(?:(?:previously|originally)\s+)?"
                   r"(?:(?:scheduled|planned|set)\s+)?(?:for\s+)?")
# a step from the date before: "41 billion in fiscal 1988 against 18 billion in 1981, a decade
# earlier"
_APPOSED = lazy(r"\s*(?:,|—|–)\s*")
_STEP = lazy(r"\s+(?P<way>earlier|later)\s*(?:[,.;)—–]|$)", re.IGNORECASE)
_ARTICLE = lazy(r"(?i)an?\s")
_HOLDS = lazy(r"(?i)\b(?:for|over|in|during|within|by|of)\s+$")
_GATE = lazy(r"(?i)\b(?:from|between|through|until|till|to)\b")
_DAY = timedelta(days=1)
# "the previous four months from November to January": a part, or another period
_PART = lazy(r"(?i)\b(?:previous|preceding|next|following|first|last|final|past|coming|"
             r"remaining)\s+$")


def count_range_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a count of time that the two dates bounding it, in its clause, rule out."""
    text = doc.text
    dates = [tx for tx in doc.dates if _dated(tx)]
    for s_start, s_end, here in dated_sentences(doc, dates, _GATE):
        if len(here) < 2:
            continue
        for count in counts(text, s_start, s_end):
            if _ARTICLE.match(text, count.start) and not _HOLDS.search(text, s_start, count.start):
                continue  # "two billion dlrs a month between January and May": a rate
            pair = _bounds(text, here, count, s_start)
            if pair is None:
                continue
            a, b = pair
            assert a.first is not None and a.last is not None and b.last is not None
            if b.last < a.first:
                continue
            # the two ends both included: "29 days, from June 2 through June 30"
            found = misfit(count, a.first, a.last, b.first or b.last, b.last + _DAY)
            if found:
                yield _finding(doc, rule, count, a, b, found)


def _dated(tx: TimeExpression) -> bool:
    return (tx.type == "DATE" and tx.explicit and not tx.ago and not tx.deictic
            and tx.first is not None and tx.last is not None
            and tx.granularity in ("day", "month", "year"))


def _bounds(text: str, here: list[TimeExpression], count: Count,
            s_start: int) -> tuple[TimeExpression, TimeExpression] | None:
    """The start and end the clause gives the count, in one of the four shapes."""
    after = [tx for tx in here if tx.start >= count.end]
    before = [tx for tx in here if tx.end <= count.start]
    pair = None
    if len(after) >= 2 and _THEN_RANGE.fullmatch(text, count.end, after[0].start) \
            and _TO.fullmatch(text, after[0].end, after[1].start):
        pair = after[0], after[1]
    elif before and after and _START_FOR.fullmatch(text, before[-1].end, count.start) \
            and _FOR_END.fullmatch(text, count.end, after[0].start):
        pair = before[-1], after[0]
    elif len(after) >= 2 and _BY.search(text, s_start, count.start) \
            and _SHIFT_TO.fullmatch(text, count.end, after[0].start) \
            and _SHIFT_FROM.fullmatch(text, after[0].end, after[1].start):
        pair = after[1], after[0]
    elif len(before) == 2 and (step := _STEP.match(text, count.end)) is not None \
            and _APPOSED.fullmatch(text, before[1].end, count.start):
        pair = (before[0], before[1]) if step["way"].lower() == "later" else (before[1], before[0])
    if pair is None or pair[0].has_year != pair[1].has_year or (
            not pair[0].has_year and {pair[0].granularity, pair[1].granularity} != {"day"}) \
            or _PART.search(text, s_start, count.start):
        return None
    return pair


def _finding(doc: Document, rule: Rule, count: Count, a: TimeExpression, b: TimeExpression,
             found: str) -> Finding:
    said = doc.text[count.start : count.end]
    return rule.finding(
        doc, count.start, count.end, f"“{said}”: from {a.text} to {b.text} is {found}",
        score=0.8, evidence=(said, f"{a.text} – {b.text}"),
        related=(Span(a.start, a.end, a.text, "date"), Span(b.start, b.end, b.text, "date")))
