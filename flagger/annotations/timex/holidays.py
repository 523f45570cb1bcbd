"""The date of a named holiday in a given year."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, relativedelta

from flagger.annotations.timex.lexicon import FIXED_HOLIDAYS

# Holidays on a weekday of a month: name → (month, day counted from, which weekday from it).
_WEEKDAY_HOLIDAYS = {
    "Thanksgiving": (11, 1, TH(4)),  # the fourth Thursday of November
    "Thanksgiving Day": (11, 1, TH(4)),
    "Labor Day": (9, 1, MO(1)),  # the first Monday of September
    "Memorial Day": (5, 31, MO(-1)),  # the last Monday of May
}


def holiday(name: str, year: int) -> date:
    """The date of holiday `name` (a key of `lexicon.HOLIDAYS`, spacing normalised) in `year`."""
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name in _WEEKDAY_HOLIDAYS:
        month, day, weekday = _WEEKDAY_HOLIDAYS[name]
        return date(year, month, day) + relativedelta(weekday=weekday)
    sunday = easter(year)
    return sunday - timedelta(days=2) if name == "Good Friday" else sunday
