"""A count of time read as a desk reads it: its number, unit, precision and bound.

"three and a half years" is 3.5 years told to half a year; "half a decade" five years;
"a year and a half" 1.5 years; "2-1/2 years" 2.5; "nearly 50 years" 50 years bounded from
above; "some two years" two years, roughly; "the past decade" one decade. A bare count is
rounded to its unit, a decade to five years either way; a count with a half is told to a
quarter of its unit.

`misfit` tells whether such a count can span from a date (its first and last day) to a
later day: "more than" (over, at least) fails only when the span is shorter, by more than
its rounding or a tenth of it if that is less; "less than" (under) only when it is longer;
"nearly" (almost) when it is longer or more than a sixth short; "about" (some, around,
roughly) allows a quarter more.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.ago_events import ROUGH
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal

_COUNT = lazy(
    rf"\b(?:(?P<rough>{ROUGH})\s+)?"
    rf"(?:(?P<one>(?<=past\s)|(?<=last\s))|(?:(?P<halfa>half\s+an?)|(?P<n>\d{{1,3}}|"
    rf"{NUMBER_WORDS}|an?)(?P<frac>-1/2|\s+1/2|½|\s+and\s+a\s+half)?)[\s-]+)"
    r"(?P<unit>decade|year|month|week|day)s?(?P<more>\s+and\s+a\s+half)?\b",
    re.IGNORECASE)
# months in a unit
SCALE = {"decade": 120.0, "year": 12.0, "month": 1.0, "week": 7 / 30.44, "day": 1 / 30.44}
_HALVES = {"decade": ("year", 5.0), "year": ("month", 6.0)}
_HEDGE = lazy(r"^(?:just|a\s+little|well|slightly)\s+")  # "just over": over
_LOWER = ("more", "over", "at")
_UPPER = ("less", "under")
_NEARLY = ("nearly", "almost")


@dataclass(frozen=True, slots=True)
class Count:
    """A count of `n` units ("year", "month", ...), bounded by `rough` ("nearly", "" if
    bare); `halved` when told to a half ("two and a half years")."""

    start: int
    end: int
    n: float
    unit: str
    rough: str
    halved: bool

    @property
    def months(self) -> float:
        return self.n * SCALE[self.unit]


def counts(text: str, start: int, end: int) -> Iterator[Count]:
    """The counts of time in text[start:end], in order."""
    for match in _COUNT.finditer(text, start, end):
        yield from _read(match)


def count_at(text: str, start: int, end: int) -> Count | None:
    """The count that ends exactly at `end` ("... nearly four years" before " ago")."""
    found = None
    for match in _COUNT.finditer(text, start, end):
        if match.end() == end:
            found = next(_read(match), None)
    return found


def _read(match: re.Match[str]) -> Iterator[Count]:
    unit = match["unit"].lower()
    if match["halfa"]:  # "half a decade": five years; "half a year": six months
        if unit not in _HALVES:
            return
        unit, n, halved = *_HALVES[unit], False
    elif match["one"] is not None:  # "the past decade": one
        n, halved = 1.0, False
    else:
        word = match["n"].lower()
        whole = 1 if word in ("a", "an") else cardinal(word)
        if whole is None:
            return
        halved = bool(match["frac"] or match["more"])
        n = whole + (0.5 if halved else 0.0)
    rough = _HEDGE.sub("", (match["rough"] or "").lower())
    yield Count(match.start(), match.end(), n, unit, rough, halved)


def dated_sentences(doc: Document, dates: list[TimeExpression], gate: re.Pattern[str]
                    ) -> Iterator[tuple[int, int, list[TimeExpression]]]:
    """Each sentence that holds `gate`, as its start, its end and the `dates` (in text order)
    that lie wholly inside it; a sentence without such a date is passed over before its gate
    is searched (two bisections cost less than a scan)."""
    starts = [tx.start for tx in dates]
    for sentence in doc.sentences:
        s_start, s_end = sentence.start, sentence.end
        first = bisect_left(starts, s_start)
        here = [tx for tx in dates[first : bisect_left(starts, s_end)] if tx.end <= s_end]
        if here and gate.search(doc.text, s_start, s_end):
            yield s_start, s_end, here


def misfit(count: Count, first: date, last: date, on: date, until: date | None = None
           ) -> str | None:
    """The span from a date between `first` and `last` to `on` (or to a date between `on`
    and `until`), when `count` cannot be it."""
    said = count.months
    low, high = _months(last, on), _months(first, until or on)
    if high < 0:
        return None  # the date is after the day counted to
    if count.rough.startswith(_LOWER):
        wrong = high < said - _bounded(count)
    elif count.rough.startswith(_UPPER):
        wrong = low > said + _bounded(count)
    elif count.rough.startswith(_NEARLY):
        wrong = low > said + SCALE[count.unit] / 4 or high < said - max(said / 6,
                                                                          _rounding(count))
    else:
        slack = _rounding(count) + (0.25 * said if count.rough else 0.0)
        wrong = not low - slack <= said <= high + slack
    if not wrong:
        return None
    scale = SCALE[count.unit]
    step, shown = ((scale, count.unit) if scale < 1 else (12.0, "year") if high >= 24
                   else (1.0, "month") if high >= 1 else (SCALE["day"], "day"))
    lo, hi = round(low / step), round(high / step)
    return f"{lo} {shown}{'' if lo == 1 else 's'}" if lo == hi else f"{lo}–{hi} {shown}s"


def soonest(count: Count, start: date) -> date | None:
    """The soonest day `count` can reach from `start` as `misfit` reads its bound; None for
    an upper bound ("under five years"), which any day after `start` meets."""
    said = count.months
    if count.rough.startswith(_UPPER):
        return None
    if count.rough.startswith(_LOWER):
        least = said - _bounded(count)
    elif count.rough.startswith(_NEARLY):
        least = said - max(said / 6, _rounding(count))
    else:
        least = said - _rounding(count) - (0.25 * said if count.rough else 0.0)
    return start + timedelta(days=max(least, 0.0) * 30.44)


def _bounded(count: Count) -> float:
    """How far past its bound a bounded count may be, in months: its rounding, or a tenth of
    it when that is less ("more than a year" is not nine months)."""
    return min(_rounding(count), count.months / 10)


def _rounding(count: Count) -> float:
    """How far a count told to its unit (or to half of it) may be from the span, in months."""
    scale = SCALE[count.unit]
    return scale / 4 if count.halved else scale / 2


def _months(a: date, b: date) -> float:
    return (b - a).days / 30.44
