"""Dates counted from the publication date: "yesterday", "on Friday", "last May", "next
week", "three years ago", "3 p.m."; without a publication date, "X" placeholders."""

from __future__ import annotations

import re
from datetime import date, timedelta

from flagger.annotations.timex.absolute import months_around
from flagger.annotations.timex.durations import quantity, unit_key
from flagger.annotations.timex.intervals import add_months, iso_week, quarter
from flagger.annotations.timex.lexicon import PARTS_OF_DAY, QUANTITY_MODS, WEEKDAYS
from flagger.annotations.timex.reading import (
    AHEAD,
    BACK,
    Normalised,
    Tense,
    choose,
    month_of,
    part_of,
    tense_mode,
    words,
)
from flagger.annotations.timex.tense import clause

_SEASON_ORDER = ("SP", "SU", "FA", "WI")
_SEASON_OF_MONTH = ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")
_DAY_SHIFTS = {
    "today": 0,
    "tonight": 0,
    "this": 0,
    "yesterday": -1,
    "last": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
_PLACEHOLDERS = {
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "season": "XXXX-XX",
}


def month_rel_year(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A month of a relative year: "October last year", "May next year"."""
    month, shift = month_of(match["mon"]), {"last": -1, "next": 1}.get(match["rel"].lower(), 0)
    year = f"{anchor.year + shift:04d}" if anchor else "XXXX"
    return Normalised("DATE", f"{year}-{month:02d}", True, part_of(match["part"]))


def rel_month(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A relative month: "last October" (the latest before this month), "next May"."""
    month, rel = month_of(match["mon"]), words(match["rel"])
    if anchor is None:
        return Normalised("DATE", f"XXXX-{month:02d}", True, part_of(match["part"]))
    mode = "last" if rel in BACK else "next" if rel in AHEAD else "nearest"
    if mode == "nearest":
        return Normalised("DATE", f"{anchor.year:04d}-{month:02d}", True, part_of(match["part"]))
    first_of = anchor.replace(day=1)
    value = choose(months_around(month, anchor), first_of, mode)
    return Normalised("DATE", value, True, part_of(match["part"]))


def rel_day(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A day named from publication: "yesterday", "tonight", "this morning", "last night"."""
    word, pod = words(match["rd"]), words(match.groupdict().get("pod"))
    if (word in ("this", "last") and not pod) or (
        word == "last" and pod not in ("night", "evening")
    ):
        return None
    if word == "tonight":
        pod = "night"
    mod = part_of(match.groupdict().get("dpart"))
    day = (anchor + timedelta(days=_DAY_SHIFTS[word])).isoformat() if anchor else "XXXX-XX-XX"
    if pod:
        return Normalised("TIME", f"{day}T{PARTS_OF_DAY[pod]}", True, mod)
    return Normalised("DATE", day, True, mod)


def weekday(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A weekday: "on Tuesday" (the last one in a past tense, else the next), "next Friday",
    "Monday morning"."""
    groups = match.groupdict()
    number = WEEKDAYS[match["wd"].lower()]
    rel, pod = words(groups.get("rel")), words(groups.get("pod"))
    mod = part_of(groups.get("dpart"))
    kind = "TIME" if pod else "DATE"
    suffix = f"T{PARTS_OF_DAY[pod]}" if pod else ""
    if anchor is None:
        return Normalised(kind, f"XXXX-WXX-{number + 1}{suffix}", True, mod, number)
    if rel == "this":
        day = anchor + timedelta(days=number - anchor.weekday())
    else:
        mode = "last" if rel in BACK else "next" if rel in AHEAD else tense_mode(tense, "past")
        days = [anchor + timedelta(days=k) for k in range(-7, 8)]
        values = [d.isoformat() for d in days if d.weekday() == number]
        day = date.fromisoformat(choose(values, anchor, mode))
    return Normalised(kind, day.isoformat() + suffix, True, mod, number)


def _shifted(anchor: date, unit: str, amount: float) -> str | None:
    """The value, at the unit's granularity, of the anchor moved by `amount` units.

    A shift past the calendar's range ("292,000 week ago" in a price table) has no value.
    """
    try:
        value = _shift_value(anchor, unit, amount)
    except (OverflowError, ValueError):
        return None
    in_calendar = value is None or re.match(r"\d{4}(?!\d)", value) is not None
    return value if in_calendar else None


def _shift_value(anchor: date, unit: str, amount: float) -> str | None:
    """Return `_shifted`'s value, raising when the calendar cannot hold it."""
    if unit in ("day", "night"):
        return (anchor + timedelta(days=round(amount))).isoformat()
    if unit in ("week", "weekend"):
        return iso_week(anchor + timedelta(days=round(7 * amount))) + (
            "-WE" if unit == "weekend" else ""
        )
    if unit == "month":
        return add_months(anchor, round(amount)).strftime("%Y-%m")
    if unit == "quarter":
        return quarter(add_months(anchor, round(3 * amount)))
    if unit == "year":
        if amount != int(amount):
            return add_months(anchor, round(12 * amount)).strftime("%Y-%m")
        return f"{anchor.year + int(amount):04d}"
    if unit in ("decade", "century"):
        return f"{anchor.year + round(amount * (10 if unit == 'decade' else 100)):04d}"
    if unit in ("hour", "minute", "second"):
        return anchor.isoformat()
    return None


def _clause_words(match: re.Match[str]) -> str:
    """The lower-cased words of the clause around a match."""
    return " ".join(clause(match.string, match.start(), match.end())).lower()


def ago(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A count from publication: "three years ago", "a decade earlier", "two weeks from now"."""
    amount = quantity(match["qty"], match["half"])
    direction = -1 if words(match["dir"]) in ("ago", "earlier") else 1
    unit = unit_key(match["unit"])
    mod = QUANTITY_MODS.get(words(match["qmod"]))
    if amount is None or anchor is None:
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return Normalised("DATE", value, True, mod, granularity=unit)
    if unit == "year" and amount == 1 and "quarter" in _clause_words(match):
        # Earnings copy: "up from a year ago" compares with the same quarter a year before.
        value = quarter(add_months(anchor, 12 * direction - 3))
        return Normalised("DATE", value, True, mod, granularity=unit)
    shifted = _shifted(anchor, unit, direction * amount)
    if shifted is None:
        return None
    kind = "TIME" if unit in ("hour", "minute", "second") else "DATE"
    return Normalised(kind, shifted, True, mod, granularity=unit)


def rel_unit(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A unit relative to publication: "last week", "this year", "the end of the month"."""
    rel, unit = words(match["rel"]), match["unit"].lower()
    part = words(match["part"])
    mod = None if part in ("earlier", "later") else part_of(part)
    shift = -1 if rel in BACK else 1 if rel in AHEAD else 0
    if rel in ("latest", "the latest") and unit == "quarter":
        shift = -1
    if anchor is None:
        return Normalised("DATE", _PLACEHOLDERS.get(unit, "XXXX"), True, mod, granularity=unit)
    if unit == "season":
        index = _SEASON_ORDER.index(_SEASON_OF_MONTH[anchor.month - 1]) + shift
        year = anchor.year - (1 if anchor.month < 3 else 0) + index // 4
        value = f"{year:04d}-{_SEASON_ORDER[index % 4]}"
    elif unit == "decade":
        value = f"{anchor.year // 10 + shift:03d}"
    elif unit == "century":
        value = f"{anchor.year // 100 + shift:02d}"
    else:
        shifted = _shifted(anchor, unit, shift)
        if not shifted:
            return None
        value = shifted
    return Normalised("DATE", value, True, mod, granularity=unit)


def clock(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A time of the publication day: "3 p.m.", "11:13", "noon"."""
    day = anchor.isoformat() if anchor else "XXXX-XX-XX"
    if match["nt"]:
        time = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[match["nt"].lower()]
        return Normalised("TIME", f"{day}T{time}", True)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    meridiem = (match["ap"] or match["ap2"] or "").lower()
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return Normalised("TIME", f"{day}T{hour:02d}:{minute:02d}", True)


def clock_day(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A time of a named day: "noon Thursday", "3 p.m. tomorrow"."""
    time = clock(match, anchor, tense)
    day = weekday(match, anchor, tense) if match["wd"] else rel_day(match, anchor, tense)
    if time is None or day is None:
        return None
    return Normalised("TIME", day.value[:10] + time.value[10:], True, weekday=day.weekday)


def weekend(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """The weekend: the one the tense points to, else the nearest."""
    if anchor is None:
        return Normalised("DATE", "XXXX-WXX-WE", True)
    weeks = [f"{iso_week(anchor + timedelta(days=7 * k))}-WE" for k in (-1, 0, 1)]
    return Normalised("DATE", choose(weeks, anchor, tense_mode(tense)), True)
