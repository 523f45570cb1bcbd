"""Compiled regular expressions, one per kind of time expression, built once at import."""

from __future__ import annotations

import re

from flagger.timex.lexicon import NUMBERS

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
MONTH = rf"(?P<mon>(?:{_MONTH_FULL}|{_MONTH_FULL.upper()})\b|{_MONTH_ABBR})"
WEEKDAY = r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])\b"
YEAR = r"(?P<year>(?:1[0-9]|20)\d\d|'\d\d)(?![\d%]|[.,]\d)\b"
_NUM_WORDS = "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in NUMBERS), key=len, reverse=True)
)
_VAGUE = r"several|a\s+few|few|many|some|numerous|a\s+number\s+of|dozens\s+of|hundreds\s+of"
NUMBER = (
    rf"(?P<qty>\d+(?:[.,]\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"-(?:one|two|three|four|five|six|seven|eight|nine))|{_NUM_WORDS}|{_VAGUE})"
    r"(?P<half>\s+and\s+a\s+half)?"
)
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?"
    r"|decades?|centur(?:y|ies))\b"
)
PART = r"(?:(?P<part>early|mid|late|the\s+(?:beginning|start|middle|end|close)\s+of)(?:\s+|-))?"
REL = (
    r"(?P<rel>this\s+coming|this\s+past|the\s+coming|the\s+past|the\s+previous|the\s+following"
    r"|the\s+current|the\s+latest|the\s+same|the\s+last|the\s+next|this|last|next|coming|past"
    r"|previous|current|latest)"
)
_QMOD = (
    r"(?:(?P<qmod>about|around|roughly|approximately|nearly|almost|more\s+than|less\s+than"
    r"|over|under|at\s+least|up\s+to|at\s+most)\s+)?"
)
_POD = r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
_WD_PREFIX = rf"(?:(?i:{REL}\s+)?{WEEKDAY},?\s+(?i:the\s+)?)?"


def _c(pattern: str) -> re.Pattern[str]:
    """Compile a case-sensitive pattern (words that need it are wrapped in `(?i:...)`)."""
    return re.compile(pattern)


# Each entry: kind name → compiled pattern. Kinds are normalised in `normalise.py`.
RULES: dict[str, re.Pattern[str]] = {
    "iso": _c(
        r"(?<![\d-])(?P<year>\d{4})-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?(?![\d-])"
    ),
    "numeric": _c(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d\d)(?![\d/])"),
    "mdy": _c(rf"{_WD_PREFIX}{MONTH}\s*{DAY}(?:,?\s+{YEAR})?"),
    "dmy": _c(rf"{_WD_PREFIX}{DAY}\s+(?i:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    "month_year": _c(rf"(?i:{PART}){MONTH}(?:,?\s+(?i:of\s+)?){YEAR}"),
    "month_rel_year": _c(rf"(?i:{PART}){MONTH}\s+(?i:(?P<rel>last|next|this)\s+year)\b"),
    "rel_month": _c(rf"(?i:{PART}{REL}\s+){MONTH}"),
    "month": _c(rf"(?i:{PART}){MONTH}"),
    "season": _c(
        rf"(?i:(?:the\s+)?(?:{REL}\s+)?{PART}(?P<season>spring|summer|autumn|fall|winter)\b"
        rf"(?:\s+(?:of\s+)?{YEAR})?)"
    ),
    "quarter": _c(
        rf"(?i:(?:the\s+)?(?:{REL}\s+|(?P<yq>(?:1[0-9]|20)\d\d)(?:'s)?\s+)?(?:fiscal\s+)?"
        r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal\s+)?"
        rf"(?P<unit>quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?{YEAR})?)"
    ),
    "decade": _c(
        rf"(?i:(?:the\s+)?{PART}(?:(?P<dec>1[0-9]\d0|20[0-9]0)'?s|'?(?P<dec2>[2-9]0)'?s"
        r"|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)"
    ),
    "century": _c(
        r"(?i:(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
        r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
        r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century)\b"
    ),
    "year": _c(rf"(?<![\d$£€#.,:/-])(?i:{PART}(?:(?:fiscal|calendar|the\s+year)\s+)?){YEAR}"),
    "rel_day": _c(
        r"(?i:(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight"
        rf"|yesterday|tomorrow|this|last){_POD})\b"
    ),
    "weekday": _c(rf"(?i:(?:{REL}\s+)?){WEEKDAY}(?i:{_POD})\b"),
    "ago": _c(
        rf"(?i:{_QMOD}{NUMBER}[\s-]+{UNIT}\s+"
        r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|since))\b"
    ),
    "rel_unit": _c(
        r"(?i:(?:(?P<part>earlier|later|early|late|the\s+(?:beginning|start|middle|end|close"
        rf"|rest)\s+of)\s+)?{REL}\s+(?:fiscal\s+)?"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|season)(?!-))\b"
    ),
    "duration": _c(
        rf"(?i:{_QMOD}(?:(?P<rel>the\s+(?:past|last|next|coming|previous|first|final|following)"
        rf"|the|another|an\s+additional)\s+)?{NUMBER}[\s-]+{UNIT}(?:[\s-]+long)?)"
        r"(?![\s-]+old\b)"
    ),
    "vague_duration": _c(
        r"(?i:(?P<rel>recent|the\s+past|the\s+last|the\s+coming|the\s+next|coming|past)\s+"
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b"
    ),
    "clock": _c(
        r"(?i:(?<![\d:.])(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?(?(minute)"
        r"(?:\s*(?P<ap>[ap])\.?m\b\.?)?|\s*(?P<ap2>[ap])\.?m\b\.?)"
        r"(?:\s+(?P<tz>[A-Z]{2,3}T|GMT|UTC))?)"
        r"(?![\d:])"
    ),
    "named_time": _c(r"(?i:\b(?P<nt>noon|midnight|midday))\b"),
    "set": _c(
        r"(?i:(?P<q>every|each|per)\s+(?:(?P<unit>day|night|week|weekend|month|year|quarter"
        r"|season|decade|morning|afternoon|evening)|"
        rf"{WEEKDAY}|(?P<season>spring|summer|autumn|fall|winter))\b"
        r"|(?P<adv>daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly)\b)"
    ),
    "ref": _c(
        r"(?i:\b(?P<ref>now|currently|recently|nowadays|these\s+days|the\s+past|the\s+future"
        r"|the\s+present|soon|previously|formerly|at\s+present))\b"
    ),
}

# Words that open a time expression; only text near them is searched (speed).
TRIGGER = re.compile(
    r"\d|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|to(?:day|night|morrow)|yesterday|now|current|recent|soon|previous|former|present|future"
    r"|past|week|month|year|quarter|half|decade|centur|season|spring|summer|autumn|fall|winter"
    r"|day|night|hour|minute|second|morning|afternoon|evening|noon|midnight|midday|ago|daily"
    r"|nightly|hourly|annual|twent|thirt|fort|fift|sixt|sevent|eight|ninet))"
)
