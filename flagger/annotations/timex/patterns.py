"""Compiled regular expressions, one per kind of time expression, built once at import."""

from __future__ import annotations

import re
from collections.abc import Iterable

from flagger.annotations import recache
from flagger.annotations.keywords import trie
from flagger.annotations.timex.lexicon import (
    DECADES,
    HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    NUMBERS,
    ONES,
    ORDINALS,
    SEASONS,
    TEENS,
    TENS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)


def _either(words: Iterable[str]) -> str:
    """An alternation of `words` in their order, spaces matching any run of white space."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


_MONTH_FULL = "|".join(MONTH_NAMES)
_MONTH_ABBR = rf"(?:{'|'.join(a.capitalize() for a in MONTH_ABBREVIATIONS)})\b\.?"
MONTH = rf"(?P<mon>(?:{_MONTH_FULL}|{_MONTH_FULL.upper()})\b|{_MONTH_ABBR})"
WEEKDAY = rf"(?P<wd>(?i:{'|'.join(WEEKDAYS)}))\b"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])\b"
YEAR = r"(?P<year>(?:1[0-9]|20)\d\d|'\d\d)(?![\d%]|[.,]\d)\b"
HOLIDAY_NAMES = _either(sorted(HOLIDAYS, key=lambda name: (-len(name), name)))
_NUM_WORDS = _either(sorted(NUMBERS, key=lambda w: len(_either([w])), reverse=True))
_SEASON = "|".join(SEASONS)
_ORDINAL_WORDS = "|".join(word for word in ORDINALS if not word[0].isdigit())
_QUARTER_ORDINALS = "|".join(word for word, number in ORDINALS.items() if number <= 4)
_VAGUE = _either(VAGUE_NUMBERS)
NUMBER = (
    rf"(?P<qty>(?<![\d.,])\d+(?:[.,]\d+)?|(?:(?:{'|'.join(TENS)})[\s-](?:{'|'.join(ONES)}))"
    rf"|{_NUM_WORDS}|{_VAGUE})"
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
_QMOD = r"(?:(?P<qmod>nearly|almost|more\s+than|less\s+than|at\s+least|up\s+to|at\s+most)\s+)?"
CLOCK = (
    r"(?i:(?<![\d:.])(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?(?(minute)"
    r"(?:\s*(?P<ap>[ap])\.?m\b\.?)?|\s*(?P<ap2>[ap])\.?m\b\.?)|(?P<nt>noon|midnight|midday)\b)"
    r"(?:\s+(?P<tz>[A-Z]{1,3}T|GMT|UTC)\b)?"
)
_POD = r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
_WD_PREFIX = rf"(?:(?i:{REL}\s+)?{WEEKDAY},?\s+(?i:the\s+)?)?"


def _c(pattern: str) -> re.Pattern[str]:
    """Compile a case-sensitive pattern (words that need it are wrapped in `(?i:...)`)."""
    return recache.compile(pattern)


# Each entry: kind name → compiled pattern. Kinds are normalised in `normalise.py`.
RULES: dict[str, re.Pattern[str]] = {
    "iso": _c(
        r"(?<![\d-])(?P<year>\d{4})-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?(?![\d-])"
    ),
    "numeric": _c(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d\d)(?![\d/])"),
    "anaphor": _c(
        r"(?i:(?:(?:earlier|later)\s+)?(?:(?:the\s+)?(?P<rel>following|previous|preceding|prior"
        r"|same)|that|the\s+(?P<next>next)(?=\s+(?:day|morning|afternoon|evening|night)))\s+"
        r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)"
        r"|the\s+day\s+(?P<dir>before|after)(?=\s*[.,;:!?)]))\b"
    ),
    "mdy": _c(rf"{_WD_PREFIX}{MONTH}\s*{DAY}(?:,?\s+{YEAR})?"),
    "dmy": _c(rf"{_WD_PREFIX}(?i:the\s+)?{DAY}\s+(?i:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    "month_year": _c(rf"(?i:{PART}){MONTH}(?:,?\s+(?i:of\s+)?){YEAR}"),
    "month_rel_year": _c(rf"(?i:{PART}){MONTH}\s+(?i:(?P<rel>last|next|this)\s+year)\b"),
    "rel_month": _c(rf"(?i:{PART}{REL}\s+){MONTH}"),
    "month": _c(rf"(?i:{PART}){MONTH}"),
    "season": _c(
        rf"(?i:(?:the\s+)?(?:{REL}\s+)?{PART}(?P<season>{_SEASON})\b(?:\s+(?:of\s+)?{YEAR})?)"
    ),
    "quarter": _c(
        rf"(?i:(?:the\s+)?(?:{REL}\s+|(?P<yq>(?:1[0-9]|20)\d\d)(?:'s)?\s+)?(?:fiscal\s+)?"
        rf"(?:(?P<ord>{_QUARTER_ORDINALS})[\s-]+)?(?:fiscal\s+)?"
        rf"(?P<unit>quarter|half)\b(?!-)(?:\s+of\s+(?:fiscal\s+)?{YEAR})?)"
    ),
    "decade": _c(
        rf"(?i:(?:the\s+)?{PART}(?:(?P<dec>1[0-9]\d0|20[0-9]0)'?s|'?(?P<dec2>[2-9]0)'?s"
        rf"|(?P<decw>{'|'.join(DECADES)}))\b)"
    ),
    "century": _c(
        rf"(?i:(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})[\s-]+century)\b"
    ),
    "year": _c(rf"(?<![\d$£€#.,:/])(?i:{PART}(?:(?:fiscal|calendar|the\s+year)\s+)?){YEAR}"),
    "rel_day": _c(
        r"(?i:(?:(?P<dpart>early|late|earlier|later)\s+)?(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight"
        rf"|yesterday|tomorrow|this|last){_POD})\b"
    ),
    "weekday": _c(
        rf"(?i:(?:(?P<dpart>early|late|earlier|later)\s+)?(?:{REL}\s+)?){WEEKDAY}(?i:{_POD})\b"
    ),
    "ago": _c(
        rf"(?i:{_QMOD}{NUMBER}[\s-]+{UNIT}\s+"
        r"(?P<dir>ago|earlier|later|from\s+now|hence))\b"
    ),
    "rel_unit": _c(
        r"(?i:(?:(?P<part>earlier|later|early|late|the\s+(?:beginning|start|middle|end|close"
        rf"|rest)\s+of)\s+)?(?:{REL}|(?<=of\s)the)\s+(?:fiscal\s+)?"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|season)(?!-))\b"
    ),
    "duration": _c(
        rf"(?i:{_QMOD}(?:(?P<rel>the\s+(?:past|last|next|coming|previous|first|final|following)"
        rf"|the(?=\s+\w+\s+\w+s\b)|another|an\s+additional)\s+)?{NUMBER}[\s-]+{UNIT}(?:[\s-]+long)?)"
        r"(?![\s-]+old\b)"
    ),
    "weekend": _c(r"(?i:the\s+weekend)\b"),
    "plural_units": _c(r"(?i:(?P<unit>minutes|hours|days|weeks|months|years|decades))\b"),
    "holiday": _c(
        rf"(?:(?P<yh>(?:1[0-9]|20)\d\d)\s+)?(?P<hol>{HOLIDAY_NAMES})(?:,?\s+{YEAR})?(?![\w'])"
    ),
    "vague_duration": _c(
        r"(?i:(?P<rel>recent|the\s+past|the\s+last|the\s+coming|the\s+next|coming|past)\s+"
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b"
    ),
    "clock": _c(rf"{CLOCK}(?![\d:])"),
    "clock_day": _c(
        rf"{CLOCK}\s+(?i:on\s+)?(?:{WEEKDAY}|(?i:(?P<rd>today|tonight|yesterday|tomorrow))\b)"
    ),
    "set": _c(
        r"(?i:(?P<q>every|each|per)\s+(?:(?P<unit>day|night|week|weekend|month|year|quarter"
        r"|season|decade|morning|afternoon|evening)|"
        rf"{WEEKDAY}|(?P<season>{_SEASON}))\b"
        r"|(?P<adv>daily|nightly|weekly|monthly|annually|yearly|hourly)\b)"
    ),
    "ref": _c(
        r"(?i:\b(?P<ref>now|currently|recently|nowadays|these\s+days|the\s+past|the\s+future"
        r"|the\s+present|at\s+present|right\s+now))\b"
    ),
}

_MONTHS = ("mdy", "dmy", "month_year", "month_rel_year", "rel_month", "month")
_UNITS = ("rel_unit", "duration", "ago", "vague_duration", "quarter", "century", "set")
_NUMBERS = (*ONES, *TEENS, *TENS, "hundred", "several", "few", "many", "couple", "dozen")
_GROUPS: dict[tuple[str, ...], str] = {
    _MONTHS: " ".join(MONTHS),
    ("weekday", "mdy", "dmy", "set"): " ".join(WEEKDAYS),
    ("holiday",): "christmas new thanksgiving easter halloween valentine's independence labor"
    " memorial boxing good veterans bastille",
    ("weekend",): "weekend",
    ("anaphor",): "day week month year morning afternoon evening night",
    ("plural_units",): "minutes hours days weeks months years decades",
    _UNITS: "second seconds minute minutes hour hours day days night nights week weeks weekend"
    " weekends month months quarter quarters half year years decade decades century centuries"
    " season",
    ("duration", "ago"): " ".join(_NUMBERS),
    ("season", "set"): " ".join(SEASONS),
    ("rel_day",): "today tonight yesterday tomorrow morning afternoon evening night",
    ("ref",): "now currently recently nowadays these past future present",
    ("set",): "every each per daily nightly weekly monthly annually yearly hourly",
    ("clock", "clock_day"): "noon midnight midday",
    ("decade",): " ".join(DECADES),
}

# Lower-cased trigger word → the rules that may match where it (or a prefix before it) starts.
TRIGGERS: dict[str, frozenset[str]] = {}
for _kinds, _words in _GROUPS.items():
    for _word in _words.split():
        TRIGGERS[_word] = TRIGGERS.get(_word, frozenset()) | frozenset(_kinds)
# Rules tried at a number, by its number of digits: a year, a day or hour, anything else.
YEAR_RULES = frozenset(
    {"iso", "year", "decade", "month_year", "holiday", "quarter", "duration", "ago"}
)
SMALL_NUMBER_RULES = frozenset(
    {"numeric", "dmy", "clock", "clock_day", "duration", "ago", "century", "decade", "quarter"}
)
NUMBER_RULES = frozenset({"duration", "ago"})


TRIGGER = recache.compile(r"(?<![a-z0-9])(?:\d+|" + trie(TRIGGERS) + r"(?![a-z]))")

# Words that may open an expression before its trigger word ("the past three years").
_PREFIXES = (
    "the this last next past coming previous following current latest same early mid late"
    " earlier later beginning start middle end close rest of about around roughly approximately"
    " nearly almost more less than over under at least up to most some fiscal calendar year"
    " a an another additional final recent day before after every each"
    " and half couple several few many right that preceding prior"
)
PREFIX_WORDS = frozenset((*_PREFIXES.split(), *ORDINALS, *WEEKDAYS, *TRIGGERS))

# The characters (lower-cased) a match of each rule can start with: a rule is tried only where
# the text has one of them. Keep them in step with RULES (the tests check them on sample texts).
_DIGITS = "0123456789"
FIRST_CHARS: dict[str, str] = {
    "iso": _DIGITS,
    "numeric": _DIGITS,
    "anaphor": "eflpst",
    "mdy": "acdfjlmnopstw",
    "dmy": _DIGITS + "cflmnpstw",
    "month_year": "adefjlmnost",
    "month_rel_year": "adefjlmnost",
    "rel_month": "celmnpt",
    "month": "adefjlmnost",
    "season": "aceflmnpstw",
    "quarter": "1234cfhlnpqst",
    "decade": "'123456789eflmnst",
    "century": _DIGITS + "efnst",
    "year": "'12ceflmt",
    "rel_day": "elty",
    "weekday": "ceflmnpstw",
    "ago": _DIGITS + "acdefhlmnostu",
    "rel_unit": "celnpt",
    "duration": _DIGITS + "acdefhlmnostu",
    "weekend": "t",
    "plural_units": "dhmwy",
    "holiday": "12bceghilmntv",
    "vague_duration": "cprt",
    "clock": _DIGITS + "mn",
    "clock_day": _DIGITS + "mn",
    "set": "adehmnpwy",
    "ref": "acnrt",
}
ALL_KINDS = frozenset(RULES)
# ASCII character → the rules worth trying where it starts (any other character: ALL_KINDS).
KINDS_AT: dict[str, frozenset[str]] = {
    char: frozenset(kind for kind, chars in FIRST_CHARS.items() if char.lower() in chars)
    for char in map(chr, range(128))
}
