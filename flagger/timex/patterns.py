"""Compiled regular expressions, one per kind of time expression, built once at import."""

from __future__ import annotations

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

import re
from typing import Any

from flagger.timex.lexicon import HOLIDAYS, NUMBERS

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
MONTH = rf"(?P<mon>(?:{_MONTH_FULL}|{_MONTH_FULL.upper()})\b|{_MONTH_ABBR})"
WEEKDAY = r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])\b"
YEAR = r"(?P<year>(?:1[0-9]|20)\d\d|'\d\d)(?![\d%]|[.,]\d)\b"
HOLIDAY_NAMES = "|".join(
    name.replace(" ", r"\s+") for name in sorted(HOLIDAYS, key=len, reverse=True)
)
_NUM_WORDS = "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in NUMBERS), key=len, reverse=True)
)
_VAGUE = r"several|a\s+few|few|many|some|numerous|a\s+number\s+of|dozens\s+of|hundreds\s+of"
NUMBER = (
    rf"(?P<qty>(?<![\d.,])\d+(?:[.,]\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"[\s-](?:one|two|three|four|five|six|seven|eight|nine))|{_NUM_WORDS}|{_VAGUE})"
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
    return re.compile(pattern)


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
        rf"(?i:(?:the\s+)?(?:{REL}\s+)?{PART}(?P<season>spring|summer|autumn|fall|winter)\b"
        rf"(?:\s+(?:of\s+)?{YEAR})?)"
    ),
    "quarter": _c(
        rf"(?i:(?:the\s+)?(?:{REL}\s+|(?P<yq>(?:1[0-9]|20)\d\d)(?:'s)?\s+)?(?:fiscal\s+)?"
        r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal\s+)?"
        rf"(?P<unit>quarter|half)\b(?!-)(?:\s+of\s+(?:fiscal\s+)?{YEAR})?)"
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
        rf"{WEEKDAY}|(?P<season>spring|summer|autumn|fall|winter))\b"
        r"|(?P<adv>daily|nightly|weekly|monthly|annually|yearly|hourly)\b)"
    ),
    "ref": _c(
        r"(?i:\b(?P<ref>now|currently|recently|nowadays|these\s+days|the\s+past|the\s+future"
        r"|the\s+present|at\s+present|right\s+now))\b"
    ),
}

_MONTHS = ("mdy", "dmy", "month_year", "month_rel_year", "rel_month", "month")
_UNITS = ("rel_unit", "duration", "ago", "vague_duration", "quarter", "century", "set")
_GROUPS: dict[tuple[str, ...], str] = {
    _MONTHS: "january february march april may june july august september october november"
    " december jan feb mar apr jun jul aug sep sept oct nov dec",
    ("weekday", "mdy", "dmy", "set"): "monday tuesday wednesday thursday friday saturday sunday",
    ("holiday",): "christmas new thanksgiving easter halloween valentine's independence labor"
    " memorial boxing good veterans bastille",
    ("weekend",): "weekend",
    ("anaphor",): "day week month year morning afternoon evening night",
    ("plural_units",): "minutes hours days weeks months years decades",
    _UNITS: "second seconds minute minutes hour hours day days night nights week weeks weekend"
    " weekends month months quarter quarters half year years decade decades century centuries"
    " season",
    ("duration", "ago"): "one two three four five six seven eight nine ten eleven twelve"
    " thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty"
    " sixty seventy eighty ninety hundred several few many couple dozen",
    ("season", "set"): "spring summer autumn fall winter",
    ("rel_day",): "today tonight yesterday tomorrow morning afternoon evening night",
    ("ref",): "now currently recently nowadays these past future present",
    ("set",): "every each per daily nightly weekly monthly annually yearly hourly",
    ("clock", "clock_day"): "noon midnight midday",
    ("decade",): "twenties thirties forties fifties sixties seventies eighties nineties",
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


def _trie(words: list[str]) -> str:
    """Return an alternation of `words` shaped as a letter trie, longer words first: the same
    matches as a flat alternation, but each position is rejected after a letter or two."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        if "" in node and branches:
            branches.append("")
        if len(branches) <= 1:
            return "".join(branches)
        return "(?:" + "|".join(branches) + ")"

    return render(tree)


TRIGGER = re.compile(r"(?<![a-z0-9])(?:\d+|" + _trie(sorted(TRIGGERS)) + r"(?![a-z]))")

# Words that may open an expression before its trigger word ("the past three years").
_PREFIXES = (
    "the this last next past coming previous following current latest same early mid late"
    " earlier later beginning start middle end close rest of about around roughly approximately"
    " nearly almost more less than over under at least up to most some fiscal calendar year"
    " a an another additional first second third fourth 1st 2nd 3rd 4th final recent fifth"
    " sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth"
    " sixteenth seventeenth eighteenth nineteenth twentieth"
    " monday tuesday wednesday thursday friday saturday sunday day before after every each"
    " and half couple several few many right that preceding prior"
)
PREFIX_WORDS = frozenset(_PREFIXES.split()) | frozenset(TRIGGERS)


def _first_chars(items: Any) -> tuple[frozenset[str] | None, bool]:
    """Return the lower-cased ASCII characters a match of parsed `items` can start with (None:
    any character) and whether `items` can match the empty string."""
    chars: set[str] = set()
    for op, arg in items:
        name = op.name
        if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width
            continue
        if name == "LITERAL":
            found, empty = _ascii(chr(arg)), False
        elif name == "IN":
            found, empty = _set_chars(arg), False
        elif name == "SUBPATTERN":
            found, empty = _first_chars(arg[-1])
        elif name == "BRANCH":
            branches = [_first_chars(branch) for branch in arg[1]]
            empty = any(e for _, e in branches)
            found = None if any(f is None for f, _ in branches) else _union(f for f, _ in branches)
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            found, empty = _first_chars(arg[2])
            empty = empty or arg[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _ascii(*chars: str) -> frozenset[str] | None:
    """Return the characters lower-cased, or None if one is not ASCII (under IGNORECASE it may
    match characters outside its case pair)."""
    return frozenset(c.lower() for c in chars) if all(c.isascii() for c in chars) else None


def _union(sets: Any) -> frozenset[str]:
    """Return the union of character sets."""
    return frozenset().union(*sets)


def _set_chars(items: Any) -> frozenset[str] | None:
    """The characters of a parsed `[...]` set (None: any character)."""
    found: list[frozenset[str] | None] = []
    for op, arg in items:
        if op.name == "LITERAL":
            found.append(_ascii(chr(arg)))
        elif op.name == "RANGE":
            found.append(_ascii(*map(chr, range(arg[0], arg[1] + 1))))
        elif op.name == "CATEGORY" and arg.name in ("CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT"):
            found.append(frozenset("0123456789"))
        elif op.name == "CATEGORY" and arg.name in ("CATEGORY_SPACE", "CATEGORY_UNI_SPACE"):
            found.append(frozenset(c for c in map(chr, range(128)) if c.isspace()))
        else:
            return None
    return None if any(f is None for f in found) else _union(found)


def _kinds_at() -> dict[str, frozenset[str]]:
    """ASCII character → the rules whose matches can start with it."""
    first = {kind: _first_chars(sre_parse.parse(rule.pattern))[0] for kind, rule in RULES.items()}
    return {
        c: frozenset(k for k, chars in first.items() if chars is None or c.lower() in chars)
        for c in map(chr, range(128))
    }


ALL_KINDS = frozenset(RULES)
KINDS_AT = _kinds_at()
"""The rules worth trying where a text character starts (any other character: ALL_KINDS)."""
