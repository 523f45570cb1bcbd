"""Time expressions: found in text and normalised against the publication date.

`extract_dates(text, published)` returns `TimeExpression`s sorted by start and non-overlapping,
typed and valued as TimeML TIMEX3 (DATE "2025-05-15", "2025-W19", "2025-Q2", "2025-SU", "199"
for the 1990s, "19" for the 20th century; TIME "2025-05-11T15:00", "2025-05-11TMO"; DURATION
"P3Y", "PT24H", "PXY" for "years"; SET "P1W", "XXXX-WXX-1" for "every Monday"; references
"PRESENT_REF", "PAST_REF", "FUTURE_REF").

Spans follow TimeML: governing prepositions stay outside ("since 2014" → "2014", with
`signal="since"`), "'s" too ("last year's talks" → "last year"). A weekday written with a date is
one expression whose value is the written date and whose `weekday` is the named day, so
"Friday, May 15, 2025" (a Thursday) can be flagged. Ambiguous dates take the reading of the
publication date and tense: "on Tuesday" is the last Tuesday in a past-tense sentence and the
next one in a future-tense one; "in May" without a year is the May of the publication year, or
the nearest one the tense allows; "May 15" is the nearest May 15. "The next day", "that year"
count from the last dated expression before them.

Without a publication date, relative expressions are still found, with `relative=True`, no
interval, and "X" placeholders for what the date would have given ("XXXX-05-15", "XXXX",
"XXXX-WXX"); "three years ago" becomes "PAST_REF".

Each expression also carries what the temporal rules need to know of its words, read once here:
explicit or deictic, with or without a written year, the weekday or day it names, its
granularity (see `TimeExpression`). Month names, weekdays and number words are in `lexicon`.
"""

from __future__ import annotations

from flagger.annotations.timex.expression import TimeExpression
from flagger.annotations.timex.extract import extract_dates

__all__ = ["TimeExpression", "extract_dates"]
