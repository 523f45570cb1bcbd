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

    What the rules read besides the value, set once by the extractor:

    - `explicit`: the text names its date, a month or a written year, with no deictic word:
      "2022", "May 9", "March 3, 1987" (not "last May", not "Friday");
    - `deictic`: the text dates it from the time of writing or from a date before it: a word
      such as "last", "next", "ago", "yesterday", "that" (`lexicon.DEICTIC_WORDS`), or a
      weekday without a date ("on Friday");
    - `has_year`: the text writes a year out in four digits, 1600–2099 ("May 9" has none);
    - `named_day`: the text names a weekday, or "today", "tonight", "yesterday", "tomorrow";
    - `ago`: the text counts back from the time of writing ("three years ago");
    - `granularity`: the unit it is precise to: "day", "week", "weekend", "month", "quarter",
      "half", "season", "year", "decade", "century", "time" (of day), or the unit counted
      ("a decade ago": "decade"); None for durations, sets and references;
    - `range_start`: it opens a written range, "1986/87", "2019-20", "May 7-9".
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
    explicit: bool = False
    deictic: bool = False
    has_year: bool = False
    named_day: bool = False
    ago: bool = False
    granularity: str | None = None
    range_start: bool = False
