"""A period "since" a yearless day that has not come yet (T104): "the parity was unchanged
since April 22" in an April 8 story, or since an event dated on it ("has done well since its
launch on April 22"). The day is read in the publication year; the one a year
before lies more than `DESK_REACH` days back, so no desk would have left its year out. A text
that counts "as of" a later day is a tracker kept up after its date, and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import interval
from flagger.detectors.temporal.events import verb_lemma
from flagger.detectors.temporal.tense import DESK_REACH
from flagger.report.finding import Finding

_AS_OF = lazy(r"(?i)\b(?:as\s+of|updated?|through)\s+$")
_SINCE = lazy(r"(?i)(?<![\w-])(?:ever\s+)?since\s+(?:(?:early|late|mid)\s+)?$")
# "since" and an event's noun phrase dated "on" the day: "since its launch on", "since the
# start of trading on" (a possessive or an article, then lower-case words).
_SINCE_EVENT = lazy(r"(?<![\w-])[Ss]ince\s+(?:its|his|her|their|our|the)\s+"
                               r"(?:[a-z-]{2,}\s+){1,3}?on\s+$")
# A modal or a present after the day: "since" gives a reason ("since the vote on May 2 will
# decide"), not a period that has begun.
_AHEAD = lazy(r"\s+(?:will|would|could|may|might|must|should|can|is|are)\b")


def since_date_conflicts(doc: Document, published: date, rule: Rule) -> Iterator[Finding]:
    """Yield T104 where "since" opens a period at a yearless day after publication."""
    text = doc.text
    if _runs_past(doc, published):
        return
    for tx in doc.dates:
        span = interval(tx)
        if (tx.type != "DATE" or span is None or tx.has_year or tx.deictic
                or tx.granularity != "day" or tx.range_start):
            continue
        if not (_SINCE.search(text, max(tx.start - 20, 0), tx.start)
                or _since_event(text, tx.start, tx.end)):
            continue
        try:
            day = span[0].replace(year=published.year)
            before = day.replace(year=published.year - 1)
        except ValueError:
            continue  # February 29
        ahead = (day - published).days
        if ahead <= 1 or (published - before).days <= DESK_REACH:
            continue
        yield rule.finding(
            doc, tx.start, tx.end,
            f"a period “since {tx.text}” (read in {published.year}) has not begun: that day is "
            f"{ahead} days after the publication date ({published.isoformat()})",
            score=0.7,
            evidence=(f"{tx.text} = {day.isoformat()}", f"published {published.isoformat()}"),
            related=(Span(tx.start, tx.end, tx.text, "date"),))


def _since_event(text: str, start: int, end: int) -> bool:
    """Whether the day at `start` dates an event's noun phrase after "since" ("since its
    launch on May 2"): no past verb among its words (a clause, "since the board met on",
    is the tense rule's) and no modal or present after the day."""
    match = _SINCE_EVENT.search(text, max(start - 60, 0), start)
    if match is None or _AHEAD.match(text, end):
        return False
    words = match.group().split()[2:-1]
    return all(verb_lemma(w) in (None, w) for w in words)


def _runs_past(doc: Document, published: date) -> bool:
    """Whether the text counts "as of" or "through" a day after its date, or was "updated" then:
    a tracker kept up after publication, whose "since" days may be later than its date."""
    for tx in doc.dates:
        span = interval(tx)
        if span is not None and tx.type == "DATE" and (span[0] - published).days > 1 and (
                _AS_OF.search(doc.text, max(tx.start - 12, 0), tx.start)):
            return True
    return False
