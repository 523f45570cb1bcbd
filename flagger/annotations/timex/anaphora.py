"""Expressions dated from the one before them in the text: "the next day", "that year"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from flagger.annotations.timex.expression import TimeExpression
from flagger.annotations.timex.intervals import add_months, iso_week
from flagger.annotations.timex.lexicon import PARTS_OF_DAY
from flagger.annotations.timex.reading import Normalised

_SHIFTS = {
    "next": 1,
    "following": 1,
    "after": 1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "before": -1,
    "same": 0,
    "that": 0,
}
# The widest reference interval (in days) precise enough to count from, per unit.
_PRECISION = {"day": 0, "week": 6, "month": 30, "year": 365}
_PLACEHOLDER = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def _value(start: date, unit: str, shift: int) -> str:
    """The `unit` containing `start`, moved by `shift` units."""
    if unit == "day":
        return (start + timedelta(days=shift)).isoformat()
    if unit == "week":
        return iso_week(start + timedelta(days=7 * shift))
    if unit == "month":
        return add_months(start.replace(day=1), shift).strftime("%Y-%m")
    return f"{start.year + shift:04d}"


def resolve_anaphor(
    match: re.Match[str], reference: TimeExpression | None, published: date | None
) -> Normalised:
    """Date the expression from `reference` (the last dated expression before it), else from
    the publication date; left with "X" placeholders when neither is precise enough."""
    word = (match["rel"] or match["next"] or match["dir"] or "that").lower()
    unit = (match["unit"] or "day").lower()
    pod = PARTS_OF_DAY.get(unit)
    if pod:
        unit = "day"
    start, relative = None, False
    if reference is not None and reference.first and reference.last:
        if (reference.last - reference.first).days <= _PRECISION[unit]:
            start = reference.first
    elif published is not None:
        start, relative = published, True
    value = _PLACEHOLDER[unit] if start is None else _value(start, unit, _SHIFTS[word])
    if pod:
        return Normalised("TIME", f"{value}T{pod}", relative)
    return Normalised("DATE", value, relative)
