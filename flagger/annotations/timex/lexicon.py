"""Word tables for dates, written once: the time-expression patterns, their normalisation,
the publication-date parser and the temporal rules all read them from here."""

from __future__ import annotations

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Lower-cased month name or abbreviation → month number.
MONTHS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    **MONTH_ABBREVIATIONS,
}

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Lower-cased weekday → its number as `date.weekday()` gives it (0 = Monday).
WEEKDAYS: dict[str, int] = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}

ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBERS: dict[str, float] = {
    "a": 1,
    "an": 1,
    **{word: number for number, word in enumerate(ONES + TEENS, start=1)},
    **{word: 10 * number for number, word in enumerate(TENS, start=2)},
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a dozen": 12,
    "dozen": 12,
    "half a": 0.5,
    "a half": 0.5,
    "half": 0.5,
}
# Vague quantities: "several years", "a few weeks".
VAGUE_NUMBERS = (
    "several", "a few", "few", "many", "some", "numerous", "a number of", "dozens of",
    "hundreds of",
)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
# "the nineties" → 9 (its tens digit).
DECADES: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# Words that date an expression from the time of writing or from another date: "last year",
# "yesterday", "three years ago", "that day". (Not "latest", "prior", "preceding".)
DEICTIC_WORDS = frozenset(
    "last next this coming ago yesterday today tomorrow tonight earlier later previous past "
    "current recent following same that".split()
)
# Days named from the time of writing.
DAY_WORDS = ("today", "tonight", "yesterday", "tomorrow")

# Duration units → (ISO 8601 designator, whether it sits after "T").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
}

# Modifiers that narrow an expression to part of its interval (TIMEX3 `mod`).
PART_MODS: dict[str, str] = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "end": "END",
    "close": "END",
}

# Modifiers of a quantity (TIMEX3 `mod`).
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "approximately": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
}

# Holidays on a fixed day: name → (month, day). Movable feasts are computed in `holidays.py`.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "Christmas": (12, 25),
    "Christmas Day": (12, 25),
    "Christmas Eve": (12, 24),
    "Boxing Day": (12, 26),
    "New Year's Day": (1, 1),
    "New Year's Eve": (12, 31),
    "Independence Day": (7, 4),
    "Halloween": (10, 31),
    "Valentine's Day": (2, 14),
    "Veterans Day": (11, 11),
    "Bastille Day": (7, 14),
}
MOVABLE_HOLIDAYS = frozenset(
    {
        "Thanksgiving",
        "Thanksgiving Day",
        "Easter",
        "Easter Sunday",
        "Good Friday",
        "Labor Day",
        "Memorial Day",
    }
)
HOLIDAYS = frozenset(FIXED_HOLIDAYS) | MOVABLE_HOLIDAYS
