"""What a match means (`Normalised`), and what every normaliser shares: reading the words of a
match, and choosing among the dates it may denote the one the publication date and tense give."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from flagger.annotations.timex.intervals import interval
from flagger.annotations.timex.lexicon import MONTHS, PART_MODS


class Normalised(NamedTuple):
    """What a match means: TIMEX3 type and value, and how it was obtained.

    `granularity` is given only where the value does not show it: the unit of a count ("a
    decade ago" is "2015" at decade precision) or of a placeholder ("XXXX-XX" for a season).
    """

    type: str
    value: str
    relative: bool = False
    mod: str | None = None
    weekday: int | None = None
    granularity: str | None = None


Tense = Callable[[], "str | None"]
Handler = Callable[[re.Match[str], "date | None", Tense], "Normalised | None"]

BACK = frozenset({"last", "the last", "past", "the past", "previous", "the previous", "this past"})
AHEAD = frozenset({"next", "the next", "coming", "the coming", "the following", "this coming"})
_SLACK = timedelta(days=7)  # dates this close to publication keep their nearest reading


def words(text: str | None) -> str:
    """The words of `text`, lower-cased and single-spaced ("" for None)."""
    return " ".join(text.lower().split()) if text else ""


def month_of(text: str) -> int:
    """The number of a month name or abbreviation ("Sept." → 9)."""
    return MONTHS[text.lower().rstrip(".")]


def year_of(text: str) -> int:
    """The year a written year means ("'87" → 1987, "'05" → 2005)."""
    if text.startswith("'"):
        short = int(text[1:])
        return 2000 + short if short < 30 else 1900 + short
    return int(text)


def part_of(text: str | None) -> str | None:
    """The TIMEX3 mod of "early", "mid-", "the end of"...; None for other words."""
    found = words(text).removeprefix("the ").split()
    return PART_MODS.get(found[0]) if found else None


def _interval(value: str) -> tuple[date, date]:
    """The interval of a candidate value (candidates are calendar values)."""
    first, last = interval(value)
    assert first is not None and last is not None, value
    return first, last


def choose(values: list[str], anchor: date, mode: str) -> str:
    """Pick among candidate values (in time order) the one `mode` asks for, relative to anchor.

    last: latest ending before the anchor; next: earliest starting after it; past: latest
    starting on or before it; future: earliest ending on or after it; nearest: closest.
    """
    spans = [(value, *_interval(value)) for value in values]
    if mode == "last":
        fits = [v for v, _, end in spans if end < anchor]
        return fits[-1] if fits else values[0]
    if mode == "next":
        fits = [v for v, begin, _ in spans if begin > anchor]
        return fits[0] if fits else values[-1]
    if mode == "past":
        fits = [v for v, begin, _ in spans if begin <= anchor]
        return fits[-1] if fits else values[0]
    if mode == "future":
        fits = [v for v, _, end in spans if end >= anchor]
        return fits[0] if fits else values[-1]

    def distance(span: tuple[str, date, date]) -> int:
        _, begin, end = span
        return max((begin - anchor).days, (anchor - end).days, 0)

    return min(spans, key=distance)[0]


def nearest_in_tense(values: list[str], anchor: date, tense: Tense) -> str:
    """The nearest value, unless a future tense puts it after a past one ("will be held on
    January 20" in a May article is next January). Past tenses move nothing: "was extended to
    Nov. 16" is still the coming one."""
    value = choose(values, anchor, "nearest")
    if _interval(value)[1] < anchor - _SLACK and tense() == "FUTURE":
        return choose(values, anchor, "future")
    return value


def tense_mode(tense: Tense, default: str = "nearest") -> str:
    """The `choose` mode the tense asks for: past, future, or `default` without a tense."""
    return {"PAST": "past", "FUTURE": "future"}.get(tense() or "", default)

