"""A deferral that moves payments to the year they were already due.

"The treasury seeks to postpone all interest due in 2025 until next year" (published 2024:
next year is 2025) moves nothing: what is postponed, deferred or rescheduled from one year
goes to a later one. Read when one sentence has a deferring verb, then the year the payments
are due ("due ... in 2025", "maturing in 2024"), then "until", "to" or "into" and the year they
go to, one of the two read from publication ("next year", "this year"), with no clause break
between. Warnings (T101) on the relative year, the other related.
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
from flagger.detectors.wordscan import search_at
from flagger.report.finding import Finding

_DEFER = lazy(r"\b(?:postpon|defer|delay|reschedul)", re.IGNORECASE)
_DEFER_WORDS = ("postpon", "defer", "delay", "reschedul")
"""The words each `_DEFER` match opens with."""
_DUE = lazy(r"\b(?:due|maturing|payable|falling)\b", re.IGNORECASE)
_MOVED = lazy(r"\s+(?:until|till|to|into)\s+(?:(?P<rel>next|this|last)\s+year|"
              r"(?P<year>(?:19|20)\d\d))\b", re.IGNORECASE)
_OFFSET = {"last": -1, "this": 0, "next": 1}
_BREAK = lazy(r"[;:]|\.\s|\b(?:said|says|but|while|which|and)\b", re.IGNORECASE)


def deferral_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for payments deferred from a year to the same or an earlier year."""
    published, text = doc.article.published, doc.text
    low = doc.lowered or text.lower()
    if published is None or not search_at(_DEFER, low, doc.lowered, _DEFER_WORDS):
        return
    for sentence in doc.sentences:
        verb = _DEFER.search(text, sentence.start, sentence.end)
        if verb is None:
            continue
        for due in periods(text, verb.end(), sentence.end, published):
            moved = _moved(text, due, published)
            if moved is not None and due.months is None and not due.following \
                    and due.relative != moved.relative and moved.year <= due.year \
                    and _DUE.search(text, verb.end(), due.start) \
                    and not _BREAK.search(text, verb.end(), due.start):
                yield _finding(doc, rule, due, moved, published)


def _moved(text: str, due: Period, published: date) -> Period | None:
    """The year payments are moved to, right after the year they are due: "until next year"."""
    match = _MOVED.match(text, due.end)
    if match is None:
        return None
    if match["year"]:
        return Period(match.start("year"), match.end(), int(match["year"]), None, False)
    year = published.year + _OFFSET[match["rel"].lower()]
    return Period(match.start("rel"), match.end(), year, None, True)


def _finding(doc: Document, rule: Rule, due: Period, moved: Period,
             published: date) -> Finding:
    """The warning on the relative year, the other related."""
    text = doc.text
    flagged, other = (due, moved) if due.relative else (moved, due)
    said, partner = text[flagged.start : flagged.end], text[other.start : other.end]
    message = (f"“{said}” is {flagged.year} (published {published.isoformat()}): payments due "
               f"in {due.year} are deferred to {moved.year}, no later year")
    return rule.finding(
        doc, flagged.start, flagged.end, message, score=0.6, severity="warning",
        evidence=(f"{said} = {flagged.year}", f"{partner} = {other.year}"),
        related=(Span(other.start, other.end, partner, "the year deferred from"),))
