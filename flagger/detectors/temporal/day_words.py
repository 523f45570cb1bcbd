"""The day "yesterday" names, counted from publication, for the tense reader: a verb group
told as still to come cannot take it ("the House is expected to take up the bill
yesterday", "could arrive as early as yesterday"). It is a day before any anchor a quotation
might have, so that clash holds whoever speaks. The word names no time of its clause in a
possessive ("yesterday's vote"), or after a noun a modifier puts ahead ("the planned vote
yesterday"), which it dates instead. ("Tomorrow" told as done is left alone: "a better
tomorrow" and "an impending tender tomorrow" read as nouns too often.)"""

from __future__ import annotations

import re
from datetime import date, timedelta

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression

# "the planned vote yesterday", "an impending tender yesterday".
_AHEAD_NOUN = lazy(r"\b(?:impending|upcoming|planned|scheduled|proposed|forthcoming|coming|"
                   r"next)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+$", re.IGNORECASE)


def yesterday(text: str, tx: TimeExpression, published: date) -> tuple[date, date] | None:
    """The day before `published` when `tx` is a plain "yesterday" (not "yesterday's", not
    after a noun put ahead); None otherwise."""
    if tx.text.lower() != "yesterday" or text[tx.end : tx.end + 1] in ("'", "’") or (
            _AHEAD_NOUN.search(text, max(tx.start - 60, 0), tx.start)):
        return None
    day = published - timedelta(days=1)
    return (day, day)
