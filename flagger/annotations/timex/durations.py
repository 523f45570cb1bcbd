"""Durations, sets and references: "three years", "the past two months", "every Monday",
"daily", "now", "recently"; and the quantities they count."""

from __future__ import annotations

import re
from datetime import date

from flagger.annotations.timex.lexicon import (
    NUMBERS,
    PARTS_OF_DAY,
    QUANTITY_MODS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from flagger.annotations.timex.reading import Normalised, Tense, words

_VAGUE = re.compile(r"several|few|a\s+few|many|some|numerous|a\s+number\s+of|\w+\s+of")
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


def unit_key(unit: str) -> str:
    """The singular of a unit word ("centuries" → "century")."""
    unit = unit.lower()
    if unit.startswith("centur"):
        return "century"
    return unit.removesuffix("s")


def quantity(text: str, half: str | None) -> float | None:
    """The number a quantity names, or None for vague ones ("several")."""
    said = words(text).replace(",", "")
    if _VAGUE.fullmatch(said) and said not in NUMBERS:
        return None
    if said[:1].isdigit():
        number = float(said)
    elif "-" in said or (" " in said and said not in NUMBERS):
        tens, ones = said.replace("-", " ").split()
        number = NUMBERS[tens] + NUMBERS[ones]
    else:
        number = NUMBERS[said]
    return number + 0.5 if half else number


def _number(number: float | None) -> str:
    """A count as TIMEX3 writes it: "3", "2.5", "X" when unknown."""
    if number is None:
        return "X"
    return str(int(number)) if number == int(number) else f"{number:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """The TIMEX3 value of `amount` units ("P3Y", "PT24H"; "PXY" for an unknown amount)."""
    letter, timed = UNITS[unit]
    if letter == "DE" and amount is not None:
        return f"P{_number(amount * 10)}Y"
    if letter == "CE" and amount is not None:
        return f"P{_number(amount * 100)}Y"
    return f"P{'T' if timed else ''}{_number(amount)}{letter}"


def duration(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised | None:
    """A counted duration: "three years", "the past two months", "nearly a decade"."""
    qty = words(match["qty"])
    unit = unit_key(match["unit"])
    if (qty in ("a", "an", "one") and unit == "second") or (qty == "half" and not match["rel"]):
        return None
    amount = quantity(qty, match["half"])
    mod = QUANTITY_MODS.get(words(match["qmod"]))
    return Normalised("DURATION", duration_value(amount, unit), mod=mod)


def vague_duration(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A duration of unknown length: "recent years", "the coming months"."""
    return Normalised("DURATION", duration_value(None, unit_key(match["unit"])))


def plural_units(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A bare plural unit after "for", "within", "in" or "over": "for years"."""
    return Normalised("DURATION", duration_value(None, unit_key(match["unit"])))


def recurring(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """A set: "every week", "every Monday", "each summer", "daily"."""
    if match["adv"]:
        return Normalised("SET", _SET_ADVERBS[match["adv"].lower()])
    if match["wd"]:
        weekday = WEEKDAYS[match["wd"].lower()]
        return Normalised("SET", f"XXXX-WXX-{weekday + 1}", weekday=weekday)
    if match["season"]:
        return Normalised("SET", f"XXXX-{SEASONS[match['season'].lower()]}")
    unit = match["unit"].lower()
    if unit in PARTS_OF_DAY:
        return Normalised("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    if unit == "season":
        return Normalised("SET", "XXXX-XX")
    return Normalised("SET", duration_value(1, unit))


def reference(match: re.Match[str], anchor: date | None, tense: Tense) -> Normalised:
    """The present, past or future as such: "now", "recently", "the future"."""
    return Normalised("DATE", _REFS[words(match["ref"])], True)
