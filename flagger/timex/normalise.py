"""Turn a pattern match into a TIMEX3 type and value, resolved against the publication date."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from flagger.timex.holidays import holiday
from flagger.timex.intervals import add_months, interval, iso_week, quarter
from flagger.timex.lexicon import (
    MONTHS,
    NUMBERS,
    ORDINALS,
    PART_MODS,
    PARTS_OF_DAY,
    QUANTITY_MODS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from flagger.timex.tense import clause


class Normalised(NamedTuple):
    """What a match means: TIMEX3 type and value, and how it was obtained."""

    type: str
    value: str
    relative: bool = False
    mod: str | None = None
    weekday: int | None = None


Tense = Callable[[], "str | None"]
Handler = Callable[[re.Match[str], "date | None", Tense], "Normalised | None"]

_BACK = {"last", "the last", "past", "the past", "previous", "the previous", "this past"}
_AHEAD = {"next", "the next", "coming", "the coming", "the following", "this coming"}
_SLACK = timedelta(days=7)  # dates this close to publication keep their nearest reading
_SEASON_ORDER = ("SP", "SU", "FA", "WI")
_SEASON_OF_MONTH = {
    1: "WI",
    2: "WI",
    3: "SP",
    4: "SP",
    5: "SP",
    6: "SU",
    7: "SU",
    8: "SU",
    9: "FA",
    10: "FA",
    11: "FA",
    12: "WI",
}
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_CENTURY_WORDS = {
    "twentieth": 20,
    "twenty-first": 21,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_SET_ADVERBS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}
_REFS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "recently": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
}
_VAGUE = re.compile(r"several|few|a\s+few|many|some|numerous|a\s+number\s+of|\w+\s+of")


def _words(text: str | None) -> str:
    return " ".join(text.lower().split()) if text else ""


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _year(text: str) -> int:
    if text.startswith("'"):
        short = int(text[1:])
        return 2000 + short if short < 30 else 1900 + short
    return int(text)


def _part(text: str | None) -> str | None:
    """The TIMEX3 mod of "early", "mid-", "the end of"...; None for other words."""
    words = _words(text).removeprefix("the ").split()
    return PART_MODS.get(words[0]) if words else None


def _quantity(text: str, half: str | None) -> float | None:
    """The number a quantity names, or None for vague ones ("several")."""
    words = _words(text).replace(",", "")
    if _VAGUE.fullmatch(words) and words not in NUMBERS:
        return None
    if words[:1].isdigit():
        number = float(words)
    elif "-" in words or (" " in words and words not in NUMBERS):
        tens, ones = words.replace("-", " ").split()
        number = NUMBERS[tens] + NUMBERS[ones]
    else:
        number = NUMBERS[words]
    return number + 0.5 if half else number


def _number(number: float | None) -> str:
    if number is None:
        return "X"
    return str(int(number)) if number == int(number) else f"{number:g}"


def _choose(values: list[str], anchor: date, mode: str) -> str:
    """Pick among candidate values (in time order) the one `mode` asks for, relative to anchor.

    last: latest ending before the anchor; next: earliest starting after it; past: latest
    starting on or before it; future: earliest ending on or after it; nearest: closest.
    """
    spans = [(value, *interval(value)) for value in values]
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


def _nearest_in_tense(values: list[str], anchor: date, tense: Tense) -> str:
    """The nearest value, unless a future tense puts it after a past one ("will be held on
    January 20" in a May article is next January). Past tenses move nothing: "was extended to
    Nov. 16" is still the coming one."""
    value = _choose(values, anchor, "nearest")
    if interval(value)[1] < anchor - _SLACK and tense() == "FUTURE":
        return _choose(values, anchor, "future")
    return value


def _tense_mode(tense: Tense, default: str = "nearest") -> str:
    return {"PAST": "past", "FUTURE": "future"}.get(tense() or "", default)


def _day_month(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    month, day = _month(match["mon"]), int(match["day"])
    weekday = WEEKDAYS[match["wd"].lower()] if match["wd"] else None
    if match["year"]:
        try:
            value = date(_year(match["year"]), month, day).isoformat()
        except ValueError:
            return None
        return Normalised("DATE", value, weekday=weekday)
    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    if anchor is None:
        return Normalised("DATE", f"XXXX-{month:02d}-{day:02d}", True, weekday=weekday)
    values = [
        f"{year:04d}-{month:02d}-{day:02d}" for year in range(anchor.year - 1, anchor.year + 2)
    ]
    values = [v for v in values if interval(v)[0] is not None]
    return Normalised("DATE", _nearest_in_tense(values, anchor, tense), True, weekday=weekday)


def _iso(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    try:
        day = date(int(match["year"]), int(match["mon"]), int(match["day"]))
    except ValueError:
        return None
    if match["hour"]:
        return Normalised("TIME", f"{day.isoformat()}T{match['hour']}:{match['minute']}")
    return Normalised("DATE", day.isoformat())


def _numeric(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    first, second = int(match["a"]), int(match["b"])
    month, day = (second, first) if first > 12 else (first, second)
    year = int(match["year"])
    if year < 100:
        year += 2000 if year < 30 else 1900
    try:
        return Normalised("DATE", date(year, month, day).isoformat())
    except ValueError:
        return None


def _month_year(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    value = f"{_year(match['year']):04d}-{_month(match['mon']):02d}"
    return Normalised("DATE", value, mod=_part(match["part"]))


def _month_rel_year(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    month, shift = _month(match["mon"]), {"last": -1, "next": 1}.get(match["rel"].lower(), 0)
    year = f"{anchor.year + shift:04d}" if anchor else "XXXX"
    return Normalised("DATE", f"{year}-{month:02d}", True, _part(match["part"]))


def _months_around(month: int, anchor: date) -> list[str]:
    return [f"{year:04d}-{month:02d}" for year in range(anchor.year - 1, anchor.year + 2)]


def _rel_month(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    month, rel = _month(match["mon"]), _words(match["rel"])
    if anchor is None:
        return Normalised("DATE", f"XXXX-{month:02d}", True, _part(match["part"]))
    mode = "last" if rel in _BACK else "next" if rel in _AHEAD else "nearest"
    if mode == "nearest":
        return Normalised("DATE", f"{anchor.year:04d}-{month:02d}", True, _part(match["part"]))
    first_of = anchor.replace(day=1)
    value = _choose(_months_around(month, anchor), first_of, mode)
    return Normalised("DATE", value, True, _part(match["part"]))


def _bare_month(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    month = _month(match["mon"])
    if anchor is None:
        return Normalised("DATE", f"XXXX-{month:02d}", True, _part(match["part"]))
    value = _choose(_months_around(month, anchor), anchor, _tense_mode(tense))
    return Normalised("DATE", value, True, _part(match["part"]))


def _season(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    season, mod = SEASONS[match["season"].lower()], _part(match["part"])
    if match["year"]:
        return Normalised("DATE", f"{_year(match['year']):04d}-{season}", mod=mod)
    if anchor is None:
        return Normalised("DATE", f"XXXX-{season}", True, mod)
    rel = _words(match["rel"])
    if rel in ("this", "the current", "current"):
        year = anchor.year - (1 if season == "WI" and anchor.month < 3 else 0)
        return Normalised("DATE", f"{year:04d}-{season}", True, mod)
    values = [f"{year:04d}-{season}" for year in range(anchor.year - 2, anchor.year + 2)]
    mode = "last" if rel in _BACK else "next" if rel in _AHEAD else _tense_mode(tense)
    return Normalised("DATE", _choose(values, anchor, mode), True, mod)


def _quarter(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    unit, rel = match["unit"].lower(), _words(match["rel"])
    size = 3 if unit == "quarter" else 6
    letter = "Q" if unit == "quarter" else "H"
    year = match["year"] or match["yq"]
    if match["ord"]:
        number = ORDINALS[match["ord"].lower()]
        if number > 12 // size:
            return None
        if year:
            return Normalised("DATE", f"{_year(year):04d}-{letter}{number}")
        if anchor is None:
            return Normalised("DATE", f"XXXX-{letter}{number}", True)
        if rel in _BACK or rel in _AHEAD:
            values = [f"{y:04d}-{letter}{number}" for y in range(anchor.year - 1, anchor.year + 2)]
            value = _choose(values, anchor, "last" if rel in _BACK else "next")
            return Normalised("DATE", value, True)
        return Normalised("DATE", f"{anchor.year:04d}-{letter}{number}", True)
    if letter == "H" or not (rel or match.group().lower().startswith("the ")):
        return None
    if anchor is None:
        return Normalised("DATE", "XXXX-QX", True)
    shift = (
        -1 if rel in _BACK or rel in ("latest", "the latest", "") else (1 if rel in _AHEAD else 0)
    )
    return Normalised("DATE", quarter(add_months(anchor, 3 * shift)), True)


def _decade(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    mod = _part(match["part"])
    if match["dec"]:
        return Normalised("DATE", match["dec"][:3], mod=mod)
    tens = int(match["dec2"]) // 10 if match["dec2"] else _DECADE_WORDS[match["decw"].lower()]
    century = 20 if anchor and tens * 10 + 2000 <= anchor.year and tens < 3 else 19
    return Normalised("DATE", f"{century}{tens}", mod=mod)


def _century(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    word = match["ord"].lower()
    number = int(word[:-2]) if word[0].isdigit() else _CENTURY_WORDS.get(word, ORDINALS.get(word))
    if not number:
        return None
    return Normalised("DATE", f"{number - 1:02d}")


def _bare_year(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    year = _year(match["year"])
    if not 1000 <= year <= 2100:
        return None
    return Normalised("DATE", f"{year:04d}", mod=_part(match["part"]))


def _rel_day(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    word, pod = _words(match["rd"]), _words(match.groupdict().get("pod"))
    shifts = {
        "today": 0,
        "tonight": 0,
        "this": 0,
        "yesterday": -1,
        "last": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if (word in ("this", "last") and not pod) or (
        word == "last" and pod not in ("night", "evening")
    ):
        return None
    if word == "tonight":
        pod = "night"
    mod = _part(match.groupdict().get("dpart"))
    day = (anchor + timedelta(days=shifts[word])).isoformat() if anchor else "XXXX-XX-XX"
    if pod:
        return Normalised("TIME", f"{day}T{PARTS_OF_DAY[pod]}", True, mod)
    return Normalised("DATE", day, True, mod)


def _weekday(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    groups = match.groupdict()
    weekday = WEEKDAYS[match["wd"].lower()]
    rel, pod = _words(groups.get("rel")), _words(groups.get("pod"))
    mod = _part(groups.get("dpart"))
    kind = "TIME" if pod else "DATE"
    suffix = f"T{PARTS_OF_DAY[pod]}" if pod else ""
    if anchor is None:
        return Normalised(kind, f"XXXX-WXX-{weekday + 1}{suffix}", True, mod, weekday)
    if rel == "this":
        day = anchor + timedelta(days=weekday - anchor.weekday())
    else:
        mode = "last" if rel in _BACK else "next" if rel in _AHEAD else _tense_mode(tense, "past")
        days = [anchor + timedelta(days=k) for k in range(-7, 8)]
        values = [d.isoformat() for d in days if d.weekday() == weekday]
        day = date.fromisoformat(_choose(values, anchor, mode))
    return Normalised(kind, day.isoformat() + suffix, True, mod, weekday)


def _unit_key(unit: str) -> str:
    unit = unit.lower()
    if unit.startswith("centur"):
        return "century"
    return unit.removesuffix("s")


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


def _span(match: re.Match[str]) -> tuple[str, int, int]:
    return match.string, match.start(), match.end()


def _ago(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    amount = _quantity(match["qty"], match["half"])
    direction = -1 if _words(match["dir"]) in ("ago", "earlier") else 1
    unit = _unit_key(match["unit"])
    mod = QUANTITY_MODS.get(_words(match["qmod"]))
    if amount is None or anchor is None:
        return Normalised("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", True, mod)
    if unit == "year" and amount == 1 and "quarter" in " ".join(clause(*_span(match))).lower():
        # Earnings copy: "up from a year ago" compares with the same quarter a year before.
        return Normalised("DATE", quarter(add_months(anchor, 12 * direction - 3)), True, mod)
    value = _shifted(anchor, unit, direction * amount)
    if value is None:
        return None
    kind = "TIME" if unit in ("hour", "minute", "second") else "DATE"
    return Normalised(kind, value, True, mod)


def _rel_unit(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    rel, unit = _words(match["rel"]), match["unit"].lower()
    part = _words(match["part"])
    mod = None if part in ("earlier", "later") else _part(part)
    shift = -1 if rel in _BACK else 1 if rel in _AHEAD else 0
    if rel in ("latest", "the latest") and unit == "quarter":
        shift = -1
    if anchor is None:
        placeholders = {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "quarter": "XXXX-QX",
            "season": "XXXX-XX",
        }
        return Normalised("DATE", placeholders.get(unit, "XXXX"), True, mod)
    if unit == "season":
        index = _SEASON_ORDER.index(_SEASON_OF_MONTH[anchor.month]) + shift
        year = anchor.year - (1 if anchor.month < 3 else 0) + index // 4
        return Normalised("DATE", f"{year:04d}-{_SEASON_ORDER[index % 4]}", True, mod)
    if unit == "decade":
        return Normalised("DATE", f"{anchor.year // 10 + shift:03d}", True, mod)
    if unit == "century":
        return Normalised("DATE", f"{anchor.year // 100 + shift:02d}", True, mod)
    value = _shifted(anchor, unit, shift)
    return Normalised("DATE", value, True, mod) if value else None


def _duration_value(amount: float | None, unit: str) -> str:
    letter, timed = UNITS[unit]
    if letter == "DE" and amount is not None:
        return f"P{_number(amount * 10)}Y"
    if letter == "CE" and amount is not None:
        return f"P{_number(amount * 100)}Y"
    return f"P{'T' if timed else ''}{_number(amount)}{letter}"


def _duration(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    qty = _words(match["qty"])
    unit = _unit_key(match["unit"])
    if (qty in ("a", "an", "one") and unit == "second") or (qty == "half" and not match["rel"]):
        return None
    amount = _quantity(qty, match["half"])
    mod = QUANTITY_MODS.get(_words(match["qmod"]))
    return Normalised("DURATION", _duration_value(amount, unit), mod=mod)


def _vague_duration(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    return Normalised("DURATION", _duration_value(None, _unit_key(match["unit"])))


def _clock(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    day = anchor.isoformat() if anchor else "XXXX-XX-XX"
    if match["nt"]:
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[match["nt"].lower()]
        return Normalised("TIME", f"{day}T{clock}", True)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    meridiem = (match["ap"] or match["ap2"] or "").lower()
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return Normalised("TIME", f"{day}T{hour:02d}:{minute:02d}", True)


def _clock_day(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    clock = _clock(match, anchor, tense)
    day = _weekday(match, anchor, tense) if match["wd"] else _rel_day(match, anchor, tense)
    if clock is None or day is None:
        return None
    return Normalised("TIME", day.value[:10] + clock.value[10:], True, weekday=day.weekday)


def _weekend(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    if anchor is None:
        return Normalised("DATE", "XXXX-WXX-WE", True)
    weeks = [f"{iso_week(anchor + timedelta(days=7 * k))}-WE" for k in (-1, 0, 1)]
    return Normalised("DATE", _choose(weeks, anchor, _tense_mode(tense)), True)


def _plural_units(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    return Normalised("DURATION", _duration_value(None, _unit_key(match["unit"])))


def _holiday(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    name = " ".join(match["hol"].split())
    year = match["year"] or match["yh"]
    if year:
        return Normalised("DATE", holiday(name, _year(year)).isoformat())
    if anchor is None:
        return Normalised("DATE", "XXXX-" + holiday(name, 2001).isoformat()[5:], True)
    values = [holiday(name, y).isoformat() for y in range(anchor.year - 1, anchor.year + 2)]
    return Normalised("DATE", _choose(values, anchor, _tense_mode(tense)), True)


def _set(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    if match["adv"]:
        return Normalised("SET", _SET_ADVERBS[match["adv"].lower()])
    if match["wd"]:
        return Normalised("SET", f"XXXX-WXX-{WEEKDAYS[match['wd'].lower()] + 1}")
    if match["season"]:
        return Normalised("SET", f"XXXX-{SEASONS[match['season'].lower()]}")
    unit = match["unit"].lower()
    if unit in PARTS_OF_DAY:
        return Normalised("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    if unit == "season":
        return Normalised("SET", "XXXX-XX")
    return Normalised("SET", _duration_value(1, unit))


def _ref(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    return Normalised("DATE", _REFS[_words(match["ref"])], True)


def _anaphor(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A placeholder: `anaphora.resolve_anaphor` dates it once the expressions before it are
    known."""
    return Normalised("DATE", "XXXX-XX-XX", False)


HANDLERS: dict[str, Handler] = {
    "anaphor": _anaphor,
    "iso": _iso,
    "numeric": _numeric,
    "mdy": _day_month,
    "dmy": _day_month,
    "month_year": _month_year,
    "month_rel_year": _month_rel_year,
    "rel_month": _rel_month,
    "month": _bare_month,
    "season": _season,
    "quarter": _quarter,
    "decade": _decade,
    "century": _century,
    "year": _bare_year,
    "rel_day": _rel_day,
    "weekday": _weekday,
    "ago": _ago,
    "rel_unit": _rel_unit,
    "duration": _duration,
    "vague_duration": _vague_duration,
    "clock": _clock,
    "clock_day": _clock_day,
    "weekend": _weekend,
    "plural_units": _plural_units,
    "holiday": _holiday,
    "set": _set,
    "ref": _ref,
}
