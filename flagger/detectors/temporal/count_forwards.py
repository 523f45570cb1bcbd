"""T107: a count forward from a dated start to an event told as past, that would end after
publication ("the auctions began in October 2023 and were suspended 26 months later", in a
March 2025 story: November 2025 at the soonest; "became a deacon six years after joining the
police in 2021", in 2025).

The count is "N units later" after the one date its sentence tells before it, or "N units
after" a clause that holds one date within a few words ("after joining the police in 2021",
"after 2019"); the counted event is told in the past (a verb in the past before the count,
no modal nor "to be" in its clause). The soonest end the count allows (a bare count less half
its unit, "more than" less a tenth, "nearly" less a sixth: `count_phrases.soonest`) must not
pass publication.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.count_phrases import Count, counts, soonest
from flagger.report.finding import Finding

_LATER = lazy(r"(?i)\s+(?P<way>later|after)\b")
_AFTER_CLAUSE = lazy(r"[^,;:()—–\n]{0,40}?")  # "after joining the police in": its words
_PAST = lazy(r"\b(?:was|were|had|did|became|came|went|fell|rose|took|began|left|won|made|got|"
             r"[a-z]{3,}ed)\b")
_AHEAD = lazy(r"(?i)\b(?:will|would|could|should|may|might|must|shall|can|expected|plans?|"
              r"scheduled|due|if|unless|to\s+be|going\s+to)\b")
_CLAUSE = lazy(r"[;:()—–]|,\s+(?:but|and|while|which|who)\b")
_GATE = lazy(r"(?i)\b(?:later|after)\b")


def count_forward_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a past event counted forward from a dated start that lands after publication."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    dates = [tx for tx in doc.dates if tx.type == "DATE" and tx.explicit and tx.has_year
             and not tx.range_start and tx.first is not None and tx.granularity in (
                 "day", "month", "year", "season", "quarter")]
    starts = [tx.start for tx in dates]
    for sentence in doc.sentences:
        s_start, s_end = sentence.start, sentence.end
        if not _GATE.search(text, s_start, s_end):
            continue
        here = dates[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
        if not here:
            continue
        for count in counts(text, s_start, s_end):
            way = _LATER.match(text, count.end, s_end)
            if way is None or count.rough.startswith(("less", "under")):
                continue
            start = _start(text, here, count, way.end(), way["way"].lower())
            if start is None or not _past(text, s_start, count.start):
                continue
            assert start.first is not None
            end = soonest(count, start.first)
            if end is not None and end > published:
                yield _finding(doc, rule, count, way.end(), start, end, published)


def _start(text: str, here: list[TimeExpression], count: Count, end: int,
           way: str) -> TimeExpression | None:
    """The date the count runs from: the one told before "later", or the one of the clause
    after "after"."""
    if way == "later":
        before = [tx for tx in here if tx.end <= count.start]
        return before[0] if len(before) == 1 and not [
            tx for tx in here if tx.start >= end] else None
    after = [tx for tx in here if tx.start >= end]
    if not after or _AFTER_CLAUSE.fullmatch(text, end, after[0].start) is None:
        return None
    return after[0]


def _past(text: str, s_start: int, at: int) -> bool:
    """Whether the clause of the count, before it, tells its event in the past."""
    opens = max((m.end() for m in _CLAUSE.finditer(text, s_start, at)), default=s_start)
    return _PAST.search(text, s_start, at) is not None and _AHEAD.search(text, opens,
                                                                         at) is None


def _finding(doc: Document, rule: Rule, count: Count, end: int, start: TimeExpression,
             soonest_end: date, published: date) -> Finding:
    said = doc.text[count.start : end]
    return rule.finding(
        doc, count.start, end,
        f"“{said}”: from {start.text} that is {soonest_end.isoformat()} at the soonest, after "
        f"publication ({published.isoformat()}), yet it is told as past", score=0.7,
        evidence=(said, start.text),
        related=(Span(start.start, start.end, start.text, "date"),))
