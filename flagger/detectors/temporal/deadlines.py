"""An upcoming event read through a deadline preposition: "will be available widely by
March", "is scheduled to last until March 6". The verb that governs the date is read as for
"on" and "in" (`governor.governing_tense`), and only a future counts: a past act may set a
deadline still ahead ("ordered the plant closed until May 1")."""

from __future__ import annotations

from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import tokenize
from flagger.detectors.temporal.governor import governing_tense
from flagger.detectors.temporal.upcoming import among_dates
from flagger.detectors.temporal.verb_words import DATE_PREPS

DEADLINE_PREPS = frozenset({"by", "until", "till", "through", "before"})
"""Not "from": "will be paid retroactively from May 1", "redeemed plus interest from May 1"."""


def deadline_future(doc: Document, tx: TimeExpression, end: int, sent_start: int,
                    span: tuple[date, date]) -> tuple[str | None, str]:
    """("future", verb) when the date at `tx`, written up to `end` and meaning the days `span`,
    follows a deadline preposition ("by", "until", "through", "before"), a future governs it
    and no other date of its sentence is as early (`upcoming.among_dates`:
    "said on May 2 it will stay shut until May 10"); (None, "") otherwise."""
    text = doc.text
    before = tokenize(text, max(sent_start, tx.start - 20), tx.start)
    if not before or before[-1].lower not in DEADLINE_PREPS or text.startswith(
            ("'s", "’s"), tx.end):  # "recovery by April's levels": another event's date
        return None, ""
    tense, verb = governing_tense(text, (tx.start, tx.end), sent_start, tx.has_year,
                                  tx.granularity == "day", DATE_PREPS | DEADLINE_PREPS)
    if tense != "future" or verb is None:
        return None, ""
    return among_dates("future", verb.text, doc, (tx, end), span, tx.start)
