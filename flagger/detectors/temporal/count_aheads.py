"""T107: a count ahead of publication and the date the article sets beside it, read as one time
point: "in 1995, five years from now", "a year from now, on July 1", "the vote, on May 3, is
less than two weeks away", "for May-June shipment, some four months ahead" (not "ahead of" an
event), "six months hence, in March 1991", "within 30 days, in June" (read as
about 30 days: the date names when "within" ends). "In" a count, then its date, counts ahead
when the clause before tells of what is to come ("payable in six weeks, on April 21", "expects
to sell it in about two months, by October"; read as "within"), not of what was done ("sales
rose 5 pct in six months, by June 30").

A time ahead in weeks or days is told loosely ("June 1 is still three weeks away" of 25 days): a
bare count of them is read as "about" it. The date is a written one, with a figure ("July 1",
"1990") or a month ("in June"), not a feast ("Easter, four days from now"), whose day the
calendar reader may place in another year. The date stands beside the count (after it past a
comma, "in", "on", "by" or "until"; before it past a comma or "is"/"are"). A date without its
year is read at its first occurrence from publication on, and only for a count under a year of
months, weeks or days ("six weeks from now, on June 9"). When a date stands on both sides ("due
December 1, 1988, less than a year away, until April 23"), the count set off by commas is the
earlier date's. Counts are read by `count_phrases` (its bound, its half, its rounding) and must
fit the time from publication to the date; a date before publication is another story's (a plan
already past) and is not judged, nor one end of a range ("two or three years from now").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ago_events import RANGED
from flagger.detectors.temporal.count_backs import count_finding, counted_date
from flagger.detectors.temporal.count_phrases import Count, counts, dated_sentences, misfit
from flagger.report.finding import Finding

_AHEAD = lazy(r"(?i)\s+(?:from\s+(?:now|today)|away|hence|ahead(?!\s+of\b))\b")
_GATE = lazy(r"(?i)\b(?:from\s+(?:now|today)|away|hence|ahead|within|in)\b")
_AFTER_AHEAD = lazy(r"\s*,?\s*\(?\s*(?:(?:in|on|by|until|till)\s+)?")
"""Between the count and a date after it: ", in", " (on", ", by"."""
_BEFORE_AHEAD = lazy(r"(?i)(?:\s+(?:shipments?|deliver(?:y|ies)|loadings?|arrivals?))?\s*,\s*"
                     r"(?:or\s+)?|\s*,?\s+(?:is|are|was|were)\s+(?:still\s+|now\s+)?")
"""Between a date and the count after it: "in 1995, five years", "on May 3, is two weeks",
"for May-June shipment, more than six months"."""
_WITHIN = lazy(r"(?i)\b(?P<word>within|in)\s+(?:the\s+next\s+)?$")
_COMING = lazy(r"(?i)\b(?:will|would|shall|expects?|expected|plans?|planned|intends?|"
               r"scheduled|due|payable|(?:is|are)\s+to)\b")
"""Before "in" a count, what tells of a time to come: "payable in", "expects to sell it in"."""
_CLAUSE = lazy(r"(?i)[^,;:()]*$")
_THEN = lazy(r"(?i)\s*,\s*(?:(?:that\s+is|or)\s*,?\s*)?(?:in|on|by|until)\s+")
"""After a count "within" the date it names: ", in June", ", or by March 31"."""
_LOOSE = frozenset({"week", "day"})
"""Units a time ahead is told loosely in ("still three weeks away" of 25 days)."""


def count_ahead_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a count ahead ("N years from now", "N weeks away") that the date beside it,
    counted from publication, rules out."""
    text, published = doc.text, doc.article.published
    if published is None or _GATE.search(text) is None:
        return
    dates = [tx for tx in doc.dates if _dated(tx)]
    for s_start, s_end, here in dated_sentences(doc, dates, _GATE):
        for count in counts(text, s_start, s_end):
            ahead = _AHEAD.match(text, count.end, s_end)
            opened = None if ahead else _WITHIN.search(text, max(count.start - 8, s_start),
                                                       count.start)
            within = opened is not None and (opened["word"].lower() == "within" or _coming(
                text, s_start, opened.start()))
            if within:  # "within 30 days, in June"
                ahead = _THEN.match(text, count.end, s_end)
            if ahead is None or RANGED.search(text[s_start : count.start]):
                continue
            beside = [tx for tx in here if (tx.start == ahead.end() if within else
                                            _beside(text, tx, count.start, ahead.end()))]
            if len(beside) == 2 and text.startswith(",", ahead.end()):
                beside = beside[:1]  # "due December 1, 1988, less than a year away, until"
            end = count.end if within else ahead.end()
            partner = _placed(beside[0], count, published) if len(beside) == 1 else None
            if partner is None or partner.first is None or partner.last is None:
                continue
            loose = (dataclasses.replace(count, rough="about")
                     if not count.rough and (count.unit in _LOOSE or within)
                     else count)
            found = misfit(loose, published, published, partner.first, partner.last)
            if found:
                yield count_finding(
                    doc, rule, count.start, end, partner,
                    f"from publication ({published.isoformat()}) to {partner.text}", found)


def _dated(tx: TimeExpression) -> bool:
    """A date the article tells, precise enough to count to, and written with a figure or as
    a month ("in June"), not a feast."""
    return counted_date(tx) and (any(c.isdigit() for c in tx.text) or (
        tx.explicit and tx.granularity == "month"))


def _beside(text: str, tx: TimeExpression, start: int, end: int) -> bool:
    """Whether the date stands beside "N units from now" (text[start:end])."""
    if tx.start >= end:
        return _AFTER_AHEAD.fullmatch(text, end, tx.start) is not None
    return tx.end <= start and _BEFORE_AHEAD.fullmatch(text, tx.end, start) is not None


def _placed(tx: TimeExpression, count: Count, published: date) -> TimeExpression | None:
    """The date with its year: a yearless day or month only for a count under a year, read at
    its first occurrence from publication on."""
    if tx.has_year:
        return tx
    if count.unit in ("year", "decade") or count.months >= 12 or tx.granularity not in (
            "day", "month"):
        return None
    assert tx.first is not None and tx.last is not None
    try:
        ahead = tx.last.replace(year=published.year) < published
        return dataclasses.replace(tx, first=tx.first.replace(year=published.year + ahead),
                                   last=tx.last.replace(year=published.year + ahead))
    except ValueError:  # February 29
        return None



def _coming(text: str, s_start: int, at: int) -> bool:
    """Whether the clause before `at` tells of a time to come ("is payable", "expects to")."""
    clause = _CLAUSE.search(text, s_start, at)
    return clause is not None and _COMING.search(text, clause.start(), at) is not None
