"""Periods of a figure as a news desk reads them: a year, or a part of one, and its year.

"1986", "last year's", "the first quarter of last year", "the 1986 first quarter",
"January/February 1987", "the first two months of this year", "February last year", "the same
1986 period" (or month), "in April". A year omitted is the publication year, or the year before when
the part has not begun by publication; "last / this / next year" count from publication;
"the following year" counts from the other period of its comparison. A year that labels a
noun is a period only before a result, a change or a period noun ("1986 sales", "a 1986 rise",
"the 1986 winter wheat output", "the 1986 period"), not before a plan or another thing ("the
1986 budget").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from flagger.annotations.lazyre import lazy

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?")
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4}
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7,
          "8": 8, "9": 9, "10": 10, "11": 11}
# A part of a year: a quarter, a half, the first months, a month or two months.
_PART = (rf"(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter"
         rf"|(?P<h>first|second|1st|2nd)[- ]half"
         rf"|first\s+(?P<n>{'|'.join(_COUNT)})\s+months"
         rf"|(?P<m1>{_MONTH})(?:\s*(?:-|–|/|\band\b|\bto\b|\bthrough\b)\s*(?P<m2>{_MONTH}))?"
         rf"(?!\s*\d{{1,2}}\b))")
_WRITTEN = r"(?P<year>(?:19|20)\d\d)(?![\d/-])"
_RELATIVE = r"(?P<rel>last|this|next|the\s+following)\s+year"
_YEAR = rf"(?:{_WRITTEN}|{_RELATIVE})"
_SAME = r"(?P<same>(?:the\s+)?(?:same|comparable|corresponding|year-earlier)\s+)?"
_LABELLED = lazy(
    r"(?:['’]s)?\s+(?:[a-z]+\s+){0,3}(?P<noun>sales|earnings|profits?|loss(?:es)?|revenues?|"
    r"income|net|output|production|exports|imports|shipments|turnover|deficit|"
    r"surplus|spending|growth|rise|increase|gain|decline|drop|fall|results|period|"
    r"level|levels|figure|figures|total|pace|months|quarter|half)\b", re.IGNORECASE)
# "the same period last year", "the corresponding period of 1986", "the same point in 1986",
# "the same month of this year".
_SAME_PERIOD = (r"(?P<same2>the\s+(?:same|comparable|corresponding)\s+"
                r"(?:period|point|time|stage|month|quarter))"
                r"\s+(?:of\s+|in\s+)?"
                r"(?:(?P<year2>(?:19|20)\d\d)(?![\d/-])|(?P<rel2>last|this|next)\s+year)")
_PATTERNS = tuple(lazy(rf"\b(?:{pattern})", re.IGNORECASE) for pattern in (
    _SAME_PERIOD,
    rf"{_SAME}{_YEAR}(?:['’]s)?\s+(?:{_PART}|(?P<period>period|month))\b",  # the 1986 quarter
    rf"{_SAME}{_PART}(?:\s*,?\s+(?:of\s+|in\s+)?{_YEAR}['’]?)?",  # the first quarter of 1986
    rf"(?P<alone>{_YEAR})(?:['’]s)?",  # 1986, last year's
))
# Not a period: a year opening "since" or "until", a fiscal year, a point of a year ("at the
# end of last year", "late last year", "end-1986", "mid-1986").
_NOT_YEAR = lazy(
    r"(?:\b(?:since|until|till|by|before|fiscal|year|financial|mid|end|early|late|earlier|"
    r"later)[- ]+|\b(?:end|beginning|start|middle|close|turn|as)\s+of\s+(?:the\s+)?|[/-])$",
    re.IGNORECASE)
_IN = lazy(r"\b(?:in|of|for|during)\s+(?:the\s+)?$|['’]s\s+$", re.IGNORECASE)
# Not a period of a figure either: an index base ("1980 = 100", "base 100 for 1976"), constant
# prices ("at 1981 prices"), a year's end ("1986 yearend").
_INDEX_AFTER = lazy(r"\s*(?:,\s*)?(?:=|equals?\s+100|prices|dollars|terms|"
                    r"year-?end)", re.IGNORECASE)
_INDEX_BEFORE = lazy(r"(?:\bbase|(?<![\d,.])100)\b[^.;]{0,12}$", re.IGNORECASE)
_DEICTIC_PART = lazy(r"\b(?:last|this|next)\s+$", re.IGNORECASE)
_OFFSET = {"last": -1, "this": 0, "next": 1}


@dataclass(frozen=True, slots=True)
class Period:
    """A period of a figure: its words, year, months (first, last) and how it was read."""

    start: int
    end: int
    year: int
    months: tuple[int, int] | None
    """The first and last month of the part; None for the whole year."""
    relative: bool
    """Whether its year is read from publication (or from the other period)."""
    same: bool = False
    """"The same 1986 period": the part is the one it is compared with."""
    following: bool = False
    """"The following year": the year after the period it is compared with."""
    yearless: bool = False
    """A part written without its year ("in April", "the third quarter")."""

    @property
    def first(self) -> tuple[int, int]:
        return self.year, self.months[0] if self.months else 1

    @property
    def last(self) -> tuple[int, int]:
        return self.year, self.months[1] if self.months else 12


def _month(word: str) -> int:
    key = word.lower().rstrip(".")[:3]
    return next(i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(key))


def _months(groups: dict[str, str]) -> tuple[int, int] | None:
    """The first and last month of a quarter, a half, the first months or a month or two."""
    if quarter := groups.get("q"):
        n = _NTH[quarter.lower()]
        return 3 * n - 2, 3 * n
    if half := groups.get("h"):
        n = _NTH[half.lower()]
        return 6 * n - 5, 6 * n
    if count := groups.get("n"):
        return 1, _COUNT[count.lower()]
    if month := groups.get("m1"):
        first = _month(month)
        last = _month(groups["m2"]) if groups.get("m2") else first
        return (first, last) if last >= first else None
    return None


def periods(text: str, start: int, end: int, published: date) -> Iterator[Period]:
    """The periods written in text[start:end], in order."""
    matches = sorted((m for p in _PATTERNS for m in p.finditer(text, start, end)),
                     key=lambda m: (m.start(), -m.end()))
    reached = start
    for match in matches:
        if match.start() < reached:
            continue  # inside a longer period already read
        reached = match.end()
        groups = match.groupdict()
        if groups.get("m1") and text.startswith("may", match.start("m1")):
            continue  # the verb "may"; the month is written "May"
        if _NOT_YEAR.search(text, max(start, match.start() - 20), match.start()) \
                or _INDEX_AFTER.match(text, match.end()) \
                or _INDEX_BEFORE.search(text, max(start, match.start() - 20), match.start()):
            continue
        if not (groups.get("year") or groups.get("rel") or groups.get("year2")
                or groups.get("rel2")) and _DEICTIC_PART.search(text, max(start, match.start() - 6),
                                                                match.start()):
            continue  # "last April": which April the writer counts is not sure
        if groups.get("alone") and not _alone(text, match):
            continue
        found = _period(match, published)
        if found is not None:
            yield found


def _alone(text: str, match: re.Match[str]) -> bool:
    """Whether a year with no part is a period: after "in", "of", "for", or labelling a
    result, a change or a period noun ("1986 sales", "last year's rise")."""
    if match.groupdict().get("rel") or _IN.search(text, max(0, match.start() - 12), match.start()):
        return True
    return bool(_LABELLED.match(text, match.end()))


def _period(match: re.Match[str], published: date) -> Period | None:
    """The period of one match, its year read from publication when it is not written."""
    groups: dict[str, str] = {k: v for k, v in match.groupdict().items() if v}
    if groups.get("same2"):
        rel2 = match["rel2"]
        year = int(match["year2"]) if match["year2"] else published.year + _OFFSET[rel2.lower()]
        return Period(match.start(), match.end(), year, None, bool(rel2), same=True)
    whole = bool(groups.get("alone") or groups.get("period"))
    months = None if whole else _months(groups)
    if not whole and months is None:
        return None
    rel = groups.get("rel")
    same = bool(groups.get("same") or groups.get("period"))
    if groups.get("year"):
        return Period(match.start(), match.end(), int(match["year"]), months, False, same)
    if rel:
        rel = " ".join(rel.lower().split())
        if rel == "the following":
            return Period(match.start(), match.end(), 0, months, True, same, following=True)
        return Period(match.start(), match.end(), published.year + _OFFSET[rel], months, True,
                      same)
    if months is None or same:
        return None
    year = published.year if months[0] <= published.month else published.year - 1
    return Period(match.start(), match.end(), year, months, True, yearless=True)
