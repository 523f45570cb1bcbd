"""The date of a named holiday in a given year."""

from __future__ import annotations

from datetime import date, timedelta

from flagger.timex.lexicon import FIXED_HOLIDAYS


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    day = (h + weekday_shift - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The `nth` (1-based; -1 = last) given weekday of a month."""
    if nth < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def holiday(name: str, year: int) -> date:
    """The date of holiday `name` (a key of `lexicon.HOLIDAYS`, spacing normalised) in `year`."""
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name.startswith("Thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "Labor Day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "Memorial Day":
        return _nth_weekday(year, 5, 0, -1)
    sunday = easter(year)
    return sunday - timedelta(days=2) if name == "Good Friday" else sunday
