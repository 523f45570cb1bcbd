"""The time-expression record returned by `extract_dates`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text, typed and normalised as a TIMEX3.

    `start`/`end` are 0-based, end-exclusive code-point offsets into the text given; `type` is
    DATE, TIME, DURATION or SET; `value` is the TIMEX3 value ("2025-05-15", "2025-W19", "P3Y",
    "PRESENT_REF", "XXXX-05"); `first`/`last` the inclusive calendar interval a DATE or TIME
    denotes (None when it has none); `relative` is True when the value depends on the
    publication date (resolved from it, or left with "X" placeholders when none was given).
    `mod` is the TIMEX3 modifier (START, MID, END, APPROX, LESS_THAN, MORE_THAN...), `weekday`
    the weekday the text names (0 = Monday, as `date.weekday()`), so "Friday, May 15" can be
    checked against its date, and `signal` the preposition just before the expression
    ("since", "for", "in", "on"...), lower-cased.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    first: date | None
    last: date | None
    relative: bool
    mod: str | None = None
    weekday: int | None = None
    signal: str | None = None
