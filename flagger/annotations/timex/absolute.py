"""Dates and periods named by the calendar: "15 May 2025", "May", "the summer of 2022", "the
third quarter", "the 1990s", "Easter 2024". Without a written year they take the publication
year's, or the nearest one the tense allows."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from flagger.annotations.timex.holidays import holiday
from flagger.annotations.timex.intervals import add_months, interval, quarter
from flagger.annotations.timex.lexicon import DECADES, ORDINALS, SEASONS, WEEKDAYS
from flagger.annotations.timex.reading import (
    AHEAD,
    BACK,
    Normalised,
    Tense,
    choose,
    month_of,
    nearest_in_tense,
    part_of,
    tense_mode,
    words,
    year_of,
)

_LEAP_YEAR = 2000  # "February 29" without a year may exist


def iso(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """An ISO date or date and time: "2025-05-15", "2025-05-15 14:30"."""
    try:
        day = date(int(match["year"]), int(match["mon"]), int(match["day"]))
    except ValueError:
        return None
    if match["hour"]:
        return Normalised("TIME", f"{day.isoformat()}T{match['hour']}:{match['minute']}")
    return Normalised("DATE", day.isoformat())


def numeric(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A numeric date, "5/15/2025" or "15/5/87": month first unless it cannot be a month."""
    first, second = int(match["a"]), int(match["b"])
    month, day = (second, first) if first > 12 else (first, second)
    year = int(match["year"])
    if year < 100:
        year += 2000 if year < 30 else 1900
    try:
        return Normalised("DATE", date(year, month, day).isoformat())
    except ValueError:
        return None


def day_month(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A day of a month, "May 15, 2025", "15 May", "Friday, May 15"; without its year, the
    nearest one (or the next one in a future tense)."""
    month, day = month_of(match["mon"]), int(match["day"])
    weekday = WEEKDAYS[match["wd"].lower()] if match["wd"] else None
    if match["year"]:
        try:
            value = date(year_of(match["year"]), month, day).isoformat()
        except ValueError:
            return None
        return Normalised("DATE", value, weekday=weekday)
    if day > monthrange(_LEAP_YEAR, month)[1]:
        return None
    if anchor is None:
        return Normalised("DATE", f"XXXX-{month:02d}-{day:02d}", True, weekday=weekday)
    # February 29 exists one year in four: look as far as the leap years around the anchor,
    # so a year without it (2022, 2026) still has candidates on both sides.
    reach = 4 if (month, day) == (2, 29) else 1
    values = [
        f"{year:04d}-{month:02d}-{day:02d}"
        for year in range(anchor.year - reach, anchor.year + reach + 1)
    ]
    values = [v for v in values if interval(v)[0] is not None]
    return Normalised("DATE", nearest_in_tense(values, anchor, tense), True, weekday=weekday)


def month_year(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A month of a year: "May 2025", "early March of 1987"."""
    value = f"{year_of(match['year']):04d}-{month_of(match['mon']):02d}"
    return Normalised("DATE", value, mod=part_of(match["part"]))


def months_around(month: int, anchor: date) -> list[str]:
    """The month in the year before the anchor's, in the anchor's and in the year after."""
    return [f"{year:04d}-{month:02d}" for year in range(anchor.year - 1, anchor.year + 2)]


def bare_month(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A month alone, "in May": the one the tense points to, else the nearest."""
    month = month_of(match["mon"])
    if anchor is None:
        return Normalised("DATE", f"XXXX-{month:02d}", True, part_of(match["part"]))
    value = choose(months_around(month, anchor), anchor, tense_mode(tense))
    return Normalised("DATE", value, True, part_of(match["part"]))


def season(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A season: "the summer of 2022", "last winter", "this spring", "in the fall"."""
    name, mod = SEASONS[match["season"].lower()], part_of(match["part"])
    if match["year"]:
        return Normalised("DATE", f"{year_of(match['year']):04d}-{name}", mod=mod)
    if anchor is None:
        return Normalised("DATE", f"XXXX-{name}", True, mod)
    rel = words(match["rel"])
    if rel in ("this", "the current", "current"):
        year = anchor.year - (1 if name == "WI" and anchor.month < 3 else 0)
        return Normalised("DATE", f"{year:04d}-{name}", True, mod)
    values = [f"{year:04d}-{name}" for year in range(anchor.year - 2, anchor.year + 2)]
    mode = "last" if rel in BACK else "next" if rel in AHEAD else tense_mode(tense)
    return Normalised("DATE", choose(values, anchor, mode), True, mod)


def quarter_of_year(
    match: re.Match[str], anchor: date | None, tense: Tense
) -> Normalised | None:
    """A quarter or half year: "the third quarter of 2024", "the first half", "last quarter"."""
    unit, rel = match["unit"].lower(), words(match["rel"])
    size = 3 if unit == "quarter" else 6
    letter = "Q" if unit == "quarter" else "H"
    year = match["year"] or match["yq"]
    if match["ord"]:
        number = ORDINALS[match["ord"].lower()]
        if number > 12 // size:
            return None
        if year:
            return Normalised("DATE", f"{year_of(year):04d}-{letter}{number}")
        if anchor is None:
            return Normalised("DATE", f"XXXX-{letter}{number}", True)
        if rel in BACK or rel in AHEAD:
            values = [f"{y:04d}-{letter}{number}" for y in range(anchor.year - 1, anchor.year + 2)]
            value = choose(values, anchor, "last" if rel in BACK else "next")
            return Normalised("DATE", value, True)
        return Normalised("DATE", f"{anchor.year:04d}-{letter}{number}", True)
    if letter == "H" or not (rel or match.group().lower().startswith("the ")):
        return None
    if anchor is None:
        return Normalised("DATE", "XXXX-QX", True)
    shift = -1 if rel in BACK or rel in ("latest", "the latest", "") else (1 if rel in AHEAD else 0)
    return Normalised("DATE", quarter(add_months(anchor, 3 * shift)), True)


def decade(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A decade: "the 1990s", "the '80s", "the twenties" (this century's once they are past)."""
    mod = part_of(match["part"])
    if match["dec"]:
        return Normalised("DATE", match["dec"][:3], mod=mod)
    tens = int(match["dec2"]) // 10 if match["dec2"] else DECADES[match["decw"].lower()]
    century = 20 if anchor and tens * 10 + 2000 <= anchor.year and tens < 3 else 19
    return Normalised("DATE", f"{century}{tens}", mod=mod)


def century(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A century: "the 20th century", "the nineteenth century"."""
    word = match["ord"].lower()
    number = int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word)
    if not number:
        return None
    return Normalised("DATE", f"{number - 1:02d}")


def bare_year(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A year: "2022", "fiscal 1987", "mid-2023", "'87"."""
    year = year_of(match["year"])
    if not 1000 <= year <= 2100:
        return None
    return Normalised("DATE", f"{year:04d}", mod=part_of(match["part"]))


def holiday_date(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A holiday, "Christmas Day", "Easter 2024", "Good Friday"; without its year, the one the
    tense points to, else the nearest."""
    name = " ".join(match["hol"].split())
    weekday = next((WEEKDAYS[w] for w in name.lower().split() if w in WEEKDAYS), None)
    year = match["year"] or match["yh"]
    if year:
        return Normalised("DATE", holiday(name, year_of(year)).isoformat(), weekday=weekday)
    if anchor is None:
        value = "XXXX-" + holiday(name, 2001).isoformat()[5:]
        return Normalised("DATE", value, True, weekday=weekday)
    values = [holiday(name, y).isoformat() for y in range(anchor.year - 1, anchor.year + 2)]
    value = choose(values, anchor, tense_mode(tense))
    return Normalised("DATE", value, True, weekday=weekday)
