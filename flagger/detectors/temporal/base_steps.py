"""How far back each comparison of one sentence reaches: its base as a step in years.

A figure is compared with a base, and a news desk reads the base as a step back from the period
compared: "exports rose in May from 4.1 bln in May 2023" (published June 2024) is one year back;
"sales in March fell to 4,747 from 5,473 two years ago" is two; "against 9.8 bln in the
year-ago period", "from the same month a year earlier", "the previous year" are one. Periods and
their comparisons are read as `compared_periods` reads them; a base written as a step ("a year
ago", "N years earlier", "year-ago", "the previous year", "the prior March") or as a bare year
after a comparison word ("OUTPUT UP 2.4 PCT FROM 1985") is read here. A base of another part of
the year ("from 3.9 bln in April" for May) is a step in months, not years, and is left out;
so are following years and fiscal splits ("1986/87").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from flagger.annotations.lazyre import lazy
from flagger.detectors.temporal.compared_periods import comparisons, unnamed_bases
from flagger.detectors.temporal.counts import NUMBER_WORDS
from flagger.detectors.temporal.period_words import Period, periods

_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|"
          r"november|december)")
# A base written as a step back: "two years ago", "a year earlier", "the year-ago period",
# "the previous year", "the prior March".
_STEP = lazy(
    rf"\b(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+years?\s+"
    rf"(?:ago|earlier|before|previously)\b|(?P<one>year[- ](?:ago|earlier)\b|"
    rf"(?:the\s+)?(?:previous|prior|preceding)\s+(?:year\b(?!\s+(?:to|ended|ending))|"
    rf"{_MONTH}\b)|the\s+year\s+before\b))", re.IGNORECASE)
# A comparison word before a base.
_MARKER = lazy(
    r"\b(?:from(?!\s+(?:(?:continuing|discontinued)\s+)?operations\b)|"
    r"compared\s+(?:with|to)|against|versus|vs\.?|than|above|below|over|(?:up|down)\s+on|"
    r"trail(?:ed|s|ing)?|after|following)(?=\W)", re.IGNORECASE)
# A year written bare after a comparison word: "UP 2.4 PCT FROM 1985", "above 1985 levels".
_BARE_YEAR = lazy(r"\s+(?:the\s+)?(?P<same>(?:same|comparable|corresponding)\s+)?"
                  r"(?P<year>(?:19|20)\d\d)(?![\d/-])(?=\s*(?:$|[,.;)]|\s+(?:levels?|figures?|"
                  r"totals?|rates?|and|(?P<part>weeks?|months?|quarter|half|period))\b))",
                  re.IGNORECASE)
# A base that names the same part of its year as the period compared: "in the same week of
# 1985", "the 1985 quarter".
_SAME_BEFORE = lazy(r"\b(?:same|comparable|corresponding|year-earlier)\s+(?:[a-z]+\s+){0,2}"
                    r"(?:of\s+|in\s+)?$", re.IGNORECASE)
_PART_AFTER = lazy(r"(?:['’]s)?\s+(?:weeks?|months?|quarter|half|period)\b", re.IGNORECASE)
_BREAK = lazy(r";|:|\.\s|\b(?:said|says|while|whereas|but|which|who)\b", re.IGNORECASE)
_CLAUSE = lazy(r";|:|\.\s|\b(?:said|says|while|whereas)\b", re.IGNORECASE)
# A base that is a record, not the same period a step back ("up from the previous record,
# set in March 1985").
_RECORD = lazy(r"\b(?:record|high|low|peak|best|worst)\b", re.IGNORECASE)
_STRESSED = lazy(r"\b(?:just|only|mere|barely|recently\s+as)\s+$", re.IGNORECASE)
_AND = lazy(r"\band\b", re.IGNORECASE)
_DIGIT = lazy(rf"\d|\b(?:{NUMBER_WORDS})\s+(?:pct|percent|per\s+cent|points?|mln|million|"
              rf"bln|billion|tonnes|tons|dlrs|dollars)\b", re.IGNORECASE)
REACH = 80  # characters from a comparison word to its base
SPAN = 150  # characters from the period compared to its comparison word
PART = 25  # characters from a part of a year to the step that dates it ("March two years ago")


@dataclass(frozen=True, slots=True)
class Step:
    """One comparison's base: its words, how it dates the base and the period compared."""

    start: int
    end: int
    years: int | None
    """The step back from the period compared, in years; None when only the base's year is
    known ("from 1985" after a figure with no period)."""
    base_year: int | None
    """The base's year when it is written or read from publication."""
    count: bool
    """Written as a count back ("two years ago", "three years earlier")."""
    part: bool
    """The base names a part of a year or "the same period" ("March 1985", "the same 1985
    period"), not a bare year ("from 3.5 pct in 1985")."""
    period: Period | None
    """The period compared, when the sentence names it."""


def steps(text: str, start: int, end: int, published: date) -> Iterator[Step]:
    """The year steps of the comparisons in text[start:end], in no fixed order; not a record
    ("up from the previous record, set in March 1985") nor a step stressed as chosen ("from a
    surplus just two years earlier")."""
    for step in _read(text, start, end, published):
        markers = list(_MARKER.finditer(text, max(start, step.start - REACH - 20), step.start))
        if not (markers and _RECORD.search(text, markers[-1].end(), step.start)) \
                and not _STRESSED.search(text, max(start, step.start - 20), step.start):
            yield step


def _read(text: str, start: int, end: int, published: date) -> Iterator[Step]:
    """The year steps of text[start:end], records and stressed steps included."""
    found = list(periods(text, start, end, published))
    dated = {p.start for p in found for m in _STEP.finditer(text, p.end, min(end, p.end + PART))
             if p.yearless and not _BREAK.search(text, p.end, m.start())}
    found = [p for p in found if p.start not in dated]  # "in February two years ago"
    seen: set[int] = set()
    for current, base, kind in comparisons(text, found, start, end):
        if kind in ("from", "than") and base.start not in seen and _same_part(current, base):
            seen.add(base.start)
            yield _step(text, base, current, published)
    for base in unnamed_bases(text, found, start, end):
        if base.start not in seen and not base.following and (base.same or base.months is None
                                                               or not base.yearless):
            seen.add(base.start)
            yield _step(text, base, None, published)
    for match in _STEP.finditer(text, start, end):
        at = _marker(text, found, start, match.start())
        if at is None:
            continue
        years = 1 if match["one"] else _COUNTS.get(match["n"].lower()) or int(match["n"])
        yield Step(match.start(), match.end(), years, None, bool(match["n"]), True,
                   _compared(text, found, at, seen))
    for word in _MARKER.finditer(text, start, end):
        bare = _BARE_YEAR.match(text, word.end(), end)
        if bare is not None and not any(p.start <= bare.start("year") < p.end for p in found):
            yield Step(bare.start("year"), bare.end("year"), None, int(bare["year"]), False,
                       bool(bare["same"] or bare["part"]),
                       _compared(text, found, word.start(), seen))
            continue
        named = next((p for p in found if p.start >= word.end()), None)
        if named is None or named.start in seen or named.start - word.end() > REACH \
                or _BREAK.search(text, word.end(), named.start):
            continue
        seen.add(named.start)
        if named.yearless or named.following:
            continue  # a step in months ("over January's figure"), or none
        compared = _compared(text, found, word.start(), seen)
        if compared is None or _same_part(compared, named):
            yield _step(text, named, compared, published)


def _step(text: str, base: Period, current: Period | None, published: date) -> Step:
    """The step of a base read as a period, from the period compared when there is one; a
    base naming months with none compared steps from the latest such months begun by
    publication ("compared with December 1985" in March 1987 is one year back)."""
    if current is not None:
        years: int | None = current.year - base.year
    elif base.months is not None:
        latest = published.year if base.months[0] <= published.month else published.year - 1
        years = latest - base.year
    else:
        years = None
    part = base.same or base.months is not None or bool(
        _SAME_BEFORE.search(text, max(0, base.start - 40), base.start)
        or _PART_AFTER.match(text, base.end))
    return Step(base.start, base.end, years, base.year, False, part, current)


def _same_part(current: Period, base: Period) -> bool:
    """Whether the base names the same part of a year as the period compared, so the step is
    in years ("March" from "March 1986", "1986" from "1985", "March" from "last year")."""
    if current.following or base.following:
        return False
    return base.same or base.months is None or base.months == current.months


def _marker(text: str, found: list[Period], start: int, at: int) -> int | None:
    """Where the comparison word that introduces a step at `at` starts: the last one within
    REACH before it, with no clause break between, and no period between but a part of a year
    the step dates ("in March two years ago") or one listed before "and"."""
    markers = list(_MARKER.finditer(text, max(start, at - REACH - 20), at))
    if not markers or _BREAK.search(text, markers[-1].end(), at):
        return None
    inside = [p for p in found if markers[-1].end() <= p.start and p.end <= at]
    if inside and at - inside[-1].end > PART and not _AND.search(text, inside[-1].end, at):
        return None
    if not _DIGIT.search(text, max(start, markers[-1].start() - SPAN), at):
        return None  # a step with no figure compared ("after a meeting a year ago")
    return markers[-1].start()


def _compared(text: str, found: list[Period], marker: int, bases: set[int]) -> Period | None:
    """The period compared: the last period before the comparison word, within SPAN and the
    same clause of the sentence, that is not itself a base."""
    current = next((p for p in reversed(found) if p.end <= marker), None)
    if current is None or marker - current.end > SPAN or current.start in bases \
            or current.following or _CLAUSE.search(text, current.end, marker):
        return None
    return current
