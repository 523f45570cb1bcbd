"""T107: a count back from publication and the date the article sets beside it, read as one
time point. Two wordings count back from publication:

- "N units ago": "half a decade ago, in 2018", "five years ago, back in 2009", "three weeks
  ago, on June 4", "in 2014, five years ago", "last September, 18 months ago" (a date told
  from publication is one point as well: six months in March; a count of weeks or days
  beside one is read as "about" it, "last week, two weeks ago"; a day named from now, "three
  years ago today", "a month ago Wednesday", tells when the count is told, not its date);
- a span that runs to now with its start: "for the past decade, since 1983", "since 1984,
  over the last six years", "Since 1985, or for five years", "in the four years since its
  peak in early 1985", "the highest in more than a year, since 5.9 pct on June 30", "for
  three years, since May 1986", "in over 18 months, since last autumn" (a date told from
  publication starts a span to now as well as a written one).

The date stands beside the count (after it past a comma, "back", "in" or "on"; before it
past a comma), or closes the "since" clause of the span with no clause break between. A date
without its year is read at its latest day before publication, and for "ago" only for a count
of months, weeks or days under a year ("six months ago, on January 9"; a month for weeks,
"in December, six weeks ago", unless it is the month of publication): "two years ago in
June" names the June of that year, while "since late August, some 18 months" starts at the
last August. Counts are read by `count_phrases` (its bound, its half, its
rounding) and must fit the time from the date to publication. A count of one year ("a year
ago", "over the past year") is the relative year's; a denied count ("wasn't two years ago"),
a base of comparison ("up from 8,200 two years ago", not the bound of "more than 2,100
died"), one end of a range ("two or three years ago"), a decade ("the 1990s") and a date
that opens a range are not read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ago_events import COMPARED, RANGED, latest_past
from flagger.detectors.temporal.count_phrases import Count, counts, dated_sentences, misfit
from flagger.report.finding import Finding

_AGO = lazy(r"\s+ago\b")
# between "ago" and its date: ", back in", " (in", ", on"
_AFTER_AGO = lazy(r"\s*,?\s*\(?\s*(?:(?:(?:all\s+the\s+)?way\s+)?back\s+)?(?:(?:in|on|during)\s+)?")
_BEFORE_AGO = lazy(r"\s*,\s*(?:or\s+)?")  # "in 2014, five years ago"
# the span to now: "for the past", "over the last", "in the", "in" ("the highest in a year")
_SPAN_OPENS = lazy(r"(?i)\b(?:(?:for|over|in|during|within)\s+the\s+(?:past|last|previous)|"
                   r"in(?:\s+the)?|for)\s+$")
# its start after it: ", since", " since its peak in" (a wrapped line too); before it: "Since
# 1985, or for"
_SINCE_AFTER = lazy(r"(?i),?\s+since\s+(?:[^,;:()—–]{0,50}?\b(?:in|on|of)\s+)?")
_SINCE_BEFORE = lazy(r"(?i)\s*,\s*(?:or\s+)?(?:(?:for|over|in|during)\s+)?(?:the\s+)?"
                     r"(?:(?:past|last)\s+)?")
_SINCE = lazy(r"(?i)\bsince\s+$")
_DENIED = lazy(r"(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?$")
_BOUND_THAN = lazy(r"(?i)\b(?:more|less|fewer|other)\s+than\b")  # a bound, not a base
_COARSE = frozenset({"decade", "century"})
_LOOSE = frozenset({"week", "day"})
"""Units a time is told loosely in: "last week, two weeks ago" of nine days."""
_GATE = lazy(r"(?i) ago\b|\bsince\b")


def count_back_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a count back ("N years ago", "for the past N years") that the date beside it,
    counted to publication, rules out."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    dates = [tx for tx in doc.dates if counted_date(tx) or _told_now(tx)]
    for s_start, s_end, here in dated_sentences(doc, dates, _GATE):
        for count in counts(text, s_start, s_end):
            before = text[s_start : count.start]
            if _DENIED.search(before) or RANGED.search(before):
                continue
            ago = _AGO.match(text, count.end, s_end)
            if ago:
                if COMPARED.search(_BOUND_THAN.sub(" ", before)) or (
                        count.n == 1 and count.unit == "year"):
                    continue
                end = ago.end()
                partner = _one([tx for tx in here if _beside(text, tx, count.start, end)
                                and not tx.named_day])
                if partner is not None and partner.deictic and count.unit in _LOOSE:
                    count = dataclasses.replace(count, rough=count.rough or "about")
            elif not (count.n == 1 and count.unit == "year" and not count.rough):
                end, opens = count.end, _SPAN_OPENS.search(before) is not None
                partner = _one([tx for tx in here if _began(text, tx, count.start, end, opens)])
            else:
                continue
            partner = partner and _placed(partner, count, published, since=not ago)
            if partner is None or partner.first is None or partner.last is None:
                continue
            found = misfit(count, partner.first, min(partner.last, published), published)
            if found:
                yield count_finding(
                    doc, rule, count.start, end, partner,
                    f"from {partner.text} to publication ({published.isoformat()})", found)


def _told_now(tx: TimeExpression) -> bool:
    """A date told from publication that may start a span to now: "since last autumn", "since
    the start of this year"."""
    return (tx.type == "DATE" and tx.deictic and not tx.ago and not tx.range_start
            and tx.first is not None and tx.last is not None
            and tx.granularity not in _COARSE)


def counted_date(tx: TimeExpression) -> bool:
    """A date the article tells, precise enough to count from."""
    return (tx.type == "DATE" and not tx.ago and not tx.deictic and not tx.range_start
            and tx.first is not None and tx.last is not None
            and tx.granularity not in _COARSE)


def _beside(text: str, tx: TimeExpression, start: int, end: int) -> bool:
    """Whether the date stands beside "N units ago" (text[start:end])."""
    if tx.start >= end:
        return _AFTER_AGO.fullmatch(text, end, tx.start) is not None
    return tx.end <= start and _BEFORE_AGO.fullmatch(text, tx.end, start) is not None


def _began(text: str, tx: TimeExpression, start: int, end: int, opens: bool) -> bool:
    """Whether the date starts the span text[start:end] by "since": after it when the span
    `opens` as one that runs to now ("for the past decade, since 1983"), or before it."""
    if tx.start >= end:
        return opens and _SINCE_AFTER.fullmatch(text, end, tx.start) is not None
    return (tx.end <= start and _SINCE_BEFORE.fullmatch(text, tx.end, start) is not None
            and _SINCE.search(text, max(tx.start - 8, 0), tx.start) is not None)


def _one(found: list[TimeExpression]) -> TimeExpression | None:
    return found[0] if len(found) == 1 else None


def _placed(tx: TimeExpression, count: Count, published: date, since: bool
            ) -> TimeExpression | None:
    """The date with its year: a yearless date only for a count under a year, or as the start
    of a span to now ("since late August, some 18 months": the August before publication)."""
    if tx.has_year or tx.deictic:
        return tx  # a deictic date is read from publication already
    if since and tx.granularity in ("day", "month"):
        return latest_past(tx, published)
    if count.unit in ("year", "decade") or count.months >= 12 or tx.granularity not in (
            ("day", "month") if count.unit in ("month", "week") else ("day",)):
        return None
    if tx.granularity == "month" and count.unit == "week" and _current(tx, published):
        return None  # "in March, two weeks ago" told in March: this March, not the last
    return latest_past(tx, published)


def _current(tx: TimeExpression, published: date) -> bool:
    """Whether a yearless month is the month of publication."""
    return tx.first is not None and tx.first.month == published.month


def count_finding(doc: Document, rule: Rule, start: int, end: int, partner: TimeExpression,
                  span: str, found: str) -> Finding:
    """A T107 finding on the count `doc.text[start:end]` told against the date `partner`: `span`
    names the two ends ("from March 3 to publication (2025-03-14)"), `found` what they give."""
    said = doc.text[start:end]
    return rule.finding(
        doc, start, end, f"“{said}”: {span} is {found}",
        score=0.8, evidence=(said, partner.text),
        related=(Span(partner.start, partner.end, partner.text, "date"),))
