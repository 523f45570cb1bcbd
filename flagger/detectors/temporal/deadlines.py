"""An upcoming event read through a deadline or onset preposition: "will be available widely by
March", "is scheduled to last until March 6", "the sale, expected to close by mid-February",
"will cut output from February 1". The verb that governs the date is read as for "on" and "in"
(`governor.governing_tense`), and only a future counts: a past act may set a deadline still
ahead ("ordered the plant closed until May 1")."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import tokenize
from flagger.detectors.temporal.governor import governing_tense
from flagger.detectors.temporal.verb_words import DATE_PREPS

DEADLINE_PREPS = frozenset({"by", "until", "till", "through", "before", "from"})
_RANGE_ON = lazy(r"\s*(?:to|through|until|till|-|–)\s", re.IGNORECASE)


def deadline_future(text: str, tx: TimeExpression, end: int,
                    sent_start: int) -> tuple[str | None, str]:
    """("future", verb) when the date at `tx`, written up to `end` (a span's last day), follows
    a deadline or onset preposition ("by", "until", "through", "before", "from") and a future
    governs it; (None, "") otherwise."""
    before = tokenize(text, max(sent_start, tx.start - 20), tx.start)
    if not before or before[-1].lower not in DEADLINE_PREPS or text.startswith(
            ("'s", "’s"), tx.end):  # "recovery from April's crash": another event's date
        return None, ""
    if before[-1].lower == "from" and _RANGE_ON.match(text, end):
        return None, ""  # "will invest $4 billion from April to June": its end decides
    tense, verb = governing_tense(text, (tx.start, tx.end), sent_start, tx.has_year,
                                  tx.granularity == "day", DATE_PREPS | DEADLINE_PREPS)
    if tense != "future" or verb is None:
        return None, ""
    return tense, verb.text
