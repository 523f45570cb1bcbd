"""What the rules read from a time expression besides its value, read once from its match.

Explicit or deictic, with or without a written year, the weekday or day it names, how precise
it is: the temporal rules take these from the `TimeExpression` instead of reading its words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from flagger.annotations import recache
from flagger.annotations.timex.lexicon import DAY_WORDS, DEICTIC_WORDS, MONTHS
from flagger.annotations.timex.reading import Normalised

_DEICTIC = recache.compile(rf"\b(?:{'|'.join(sorted(DEICTIC_WORDS))})\b", re.IGNORECASE)
_DAY_WORD = recache.compile(rf"\b(?:{'|'.join(DAY_WORDS)})\b", re.IGNORECASE)
# A year written out; lower four-digit "years" are mostly clock times ("1530 GMT") or counts.
_YEAR = recache.compile(r"(?<![\d.,])(?:1[6-9]\d\d|20\d\d)(?![\d.,]\d)")
_RANGE_AFTER = recache.compile(r"\s*[/–-]\s*\d")  # "1986/87", "2019-20", "May 7-9"
# TIMEX3 value shape → granularity, the first that matches.
_GRANULARITIES = tuple(
    (recache.compile(shape), name)
    for shape, name in (
        (r"\w{4}-W\w\w-WE", "weekend"),
        (r"\w{4}-(?:\w\w-\w\w|W\w\w-\d)", "day"),
        (r"\w{4}-W\w\w", "week"),
        (r"\w{4}-Q\w", "quarter"),
        (r"\w{4}-H\d", "half"),
        (r"\w{4}-(?:SP|SU|FA|WI)", "season"),
        (r"\w{4}-\w\w", "month"),
        (r"\w{4}", "year"),
        (r"\d{3}", "decade"),
        (r"\d\d", "century"),
    )
)


class Facts(NamedTuple):
    """What the rules need to know about an expression (see `TimeExpression`)."""

    explicit: bool
    deictic: bool
    has_year: bool
    named_day: bool
    ago: bool
    granularity: str | None
    range_start: bool


def granularity(found: Normalised) -> str | None:
    """The unit a DATE or TIME is precise to: "day", "week", "month", "year"..., "time" for a
    time of day; None for durations, sets and references ("PAST_REF")."""
    if found.granularity is not None:
        return found.granularity
    if found.type == "TIME":
        return "time"
    if found.type != "DATE":
        return None
    return next((name for shape, name in _GRANULARITIES if shape.fullmatch(found.value)), None)


def read_facts(match: re.Match[str], found: Normalised, text: str, end: int) -> Facts:
    """The facts of the expression `match` found, normalised as `found`, ending at `end` in
    `text`."""
    words = match.group()
    groups = match.groupdict()
    deictic = _DEICTIC.search(words) is not None
    has_year = _YEAR.search(words) is not None
    month = groups.get("mon")
    names_month = month is not None and month.lower().rstrip(".") in MONTHS
    explicit = not deictic and (names_month or has_year)
    return Facts(
        explicit=explicit,
        deictic=deictic or (found.weekday is not None and not explicit),
        has_year=has_year,
        named_day=found.weekday is not None or _DAY_WORD.search(words) is not None,
        ago=(groups.get("dir") or "").lower() == "ago",
        granularity=granularity(found),
        range_start=_RANGE_AFTER.match(text, end) is not None,
    )
