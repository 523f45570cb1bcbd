"""A stated duration in days, weeks, months or years against the two dates it spans (T107):
"a five-year contract from March 29, 2021, through March 31, 2024" (three years), "Dec. 30,
ten days after the Dec. 22 meeting" (eight days), "two weeks later, on Jan. 7" after "Dec. 31"
(one week), "the 30-day bills sold tomorrow mature on May 2".

Only dates precise to the day, named by their month, are read, in four shapes of one clause:
the duration before "from/between A to/through/and B"; "X, N days after/before/later than the
Y"; "N days later/earlier, on X" after a date Y of the same sentence, or of the previous one
(its only day) when the duration opens its sentence; "N-day bills issued A (or today or
tomorrow) maturing on B". "For 60 days until May 31" is not counted from publication: such
periods often start later. Years after or later are left to elapsed.py. Counting the ends
apart or both included is accepted; weeks, months and years are rounded to the nearest;
bounds ("about", "more than", "within") widen the check; business, working and trading days
are not counted. A dividend's days named by their labels are read by `record_days`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from math import ceil, floor

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import cardinal
from flagger.detectors.temporal.dates import year_readings
from flagger.detectors.temporal.record_days import record_day_conflicts
from flagger.report.finding import Finding

_VALUE = lazy(r"^P(\d{1,4})([DWMY])$")
_UNIT = {"D": "day", "W": "week", "M": "month", "Y": "year"}
# business days and the like are not calendar days
_NOT_CALENDAR = lazy(r"\b(?:business|working|work|trading|school|market|banking|"
                     r"sitting|session|legislative|court|shopping|sailing)\b",
                     re.IGNORECASE)
# "the five-year contract running from", "12 days, from": at most two words of the phrase
_OPEN = lazy(r"^(?:,?\s+[a-z]+){0,2},?\s+(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
# a second predicate ("a three year term and is convertible from") has its own dates
_PREDICATE = lazy(r"\b(?:and|or|but|which|that|while|is|was|are|were|be|been|has|have|"
                  r"had)\b", re.IGNORECASE)
_JOIN = lazy(r"^,?\s*(?:through|thru|to|until|till|and|[-–])\s*(?:the\s+)?$",
             re.IGNORECASE)
_AFTER = lazy(r"^\s+(?P<way>after|before)\s+(?:the\s+)?$", re.IGNORECASE)
_ON = lazy(r"^\s*,?\s*(?:on\s+|came\s+on\s+|was\s+)?$", re.IGNORECASE)
_LATER = lazy(r"^\s+(?P<way>later|earlier)\s*,?\s*(?:on\s+)?$", re.IGNORECASE)
_MATURE = lazy(r"\b(?:matur(?:e|es|ing)|expir(?:e|es|ing)|(?:fall|falls|come|comes)\s+"
               r"due|due)\s+(?:on\s+)?$", re.IGNORECASE)
_COUNTED = lazy(r"^(?:[a-z]+\s+){0,2}?(?P<n>\w+)\s+(?P<unit>day|week|month|year)s?\s+"
                r"(?P<way>later|earlier)$", re.IGNORECASE)
# the words before the count: "Less than two weeks later", "more than 30 days"
_PREFIX = lazy(r"^(?P<words>(?:[a-z]+\s+){0,3}?)\S+[\s-]+(?:day|week|month|year)s?\b",
               re.IGNORECASE)
_THAN = lazy(r"^\s+than\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE = lazy(r"^(?:[^.;:()\n]|\n(?!\s*\n)){0,120}$")  # one clause, wrapped lines too
_ANOTHER = lazy(r"\b\w+[\s-](?:day|week|month|year)s?\b", re.IGNORECASE)
# a duration that opens its sentence: "Two weeks later, ...", "But less than a week later"
_OPENS = lazy(r"^\W*(?:(?:and|but|then|so|yet)\W+)?$", re.IGNORECASE)
_LAST_TOLD = 5  # undated sentences after which "Three days later" counts from the day last told
_TOLD = 3  # sentences a sale "tomorrow" dates the deals described after it
_TODAY = lazy(r"^(?:today|tomorrow)$", re.IGNORECASE)
_LOWER = lazy(r"\b(?:more\s+than|over|at\s+least|nearly\s+over|upwards\s+of)\s+$",
              re.IGNORECASE)
_UPPER = lazy(r"\b(?:less\s+than|under|within|up\s+to|no\s+more\s+than|at\s+most|"
              r"fewer\s+than)\s+$", re.IGNORECASE)
_ROUGH = lazy(r"\b(?:about|around|some|roughly|nearly|almost|approximately|"
              r"close\s+to|just|an?\s+estimated)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Span:
    """A duration and the two dates it should run between."""

    duration: TimeExpression
    count: int
    unit: str
    first: TimeExpression
    last: TimeExpression
    turn: int = 92  # days: a later day read in the next year only as far as this


_Made = Callable[[TimeExpression, TimeExpression], _Span]


def duration_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a duration that the dates it runs between contradict."""
    text = doc.text
    by_sentence: dict[int, list[TimeExpression]] = {}
    for tx in doc.dates:
        by_sentence.setdefault(doc.sentence_index(tx.start), []).append(tx)
    sale: tuple[int, TimeExpression] | None = None  # the last "today" or "tomorrow" told
    previous: tuple[int, list[TimeExpression]] = (-_LAST_TOLD - 1, [])  # last sentence dated
    for index, found in sorted(by_sentence.items()):
        last, previous = previous, (index, found)
        durations = [tx for tx in found if _measure(tx) is not None]
        told = sale[1] if sale is not None and index - sale[0] <= _TOLD else None
        sale = next(((index, tx) for tx in reversed(found) if _TODAY.match(tx.text)), sale)
        if not durations:
            continue
        days = [tx for tx in found if _day(tx) is not None]
        # "On April 24 ... [undated sentences] ... Three days later, on April 27"
        before = [tx for tx in last[1] if _day(tx) is not None] if (
            index - last[0] <= _LAST_TOLD) else []
        opening = doc.sentences[index].start
        for duration in durations:
            if _NOT_CALENDAR.search(text, duration.start, duration.end + 12):
                continue
            leads = _OPENS.match(text[opening : duration.start]) is not None
            span = _read(text, duration, days, before if leads and len(before) == 1 else [],
                         told)
            if span is not None:
                finding = _check(doc, rule, span)
                if finding is not None:
                    yield finding
    yield from record_day_conflicts(doc, rule)  # "Pay April 24, two months after the record date"


def _measure(tx: TimeExpression) -> tuple[int, str, str | None] | None:
    """(count, unit, "later"/"earlier" or None) of a duration or of "two weeks later"."""
    if tx.type == "DURATION":
        match = _VALUE.match(tx.value)
        return (int(match[1]), match[2], None) if match else None
    later = _COUNTED.match(tx.text)
    if tx.type != "DATE" or later is None:
        return None
    n = 1 if later["n"].lower() in ("a", "an", "one") else cardinal(later["n"])
    return (n, later["unit"][0].upper(), later["way"].lower()) if n else None


def _day(tx: TimeExpression) -> date | None:
    """The day a DATE precise to one day denotes, else None."""
    if tx.type != "DATE" or tx.first is None or tx.first != tx.last or tx.mod:
        return None
    return tx.first


def _read(text: str, duration: TimeExpression, days: list[TimeExpression],
          before: list[TimeExpression], told: TimeExpression | None) -> _Span | None:
    """The two dates `duration` runs between, in one of the shapes read, else None; `before`
    holds the one day of the previous sentence when the duration opens its own sentence, `told`
    a "today" or "tomorrow" of the sentences just before."""
    measure = _measure(duration)
    assert measure is not None
    count, unit, way = measure
    following = [tx for tx in days if tx.start >= duration.end]
    if not following:
        return None
    preceding = [tx for tx in days if tx.end <= duration.start]

    def made(first: TimeExpression, last: TimeExpression) -> _Span:
        return _Span(duration, count, unit, first, last)

    if way is not None:  # "Dec. 31 ... Two weeks later, on Jan. 7"
        if unit == "Y":
            return None  # years later or earlier: elapsed.py reads them
        anchors = preceding or before
        if not anchors or len(preceding) > 1 or not anchors[-1].explicit:
            return None
        x, y = anchors[-1], following[0]
        if not y.explicit:
            return None
        if _THAN.match(text[duration.end : y.start]) and preceding and _ON.match(
                text[x.end : duration.start]):  # "Dec. 30, 10 days later than the Dec. 22"
            return made(y, x) if way == "later" else made(x, y)
        if not _ON.match(text[duration.end : y.start]):
            return None
        return made(x, y) if way == "later" else made(y, x)
    if len(following) >= 2:  # "N days, from A through B"
        a, b = following[0], following[1]
        gap = text[duration.end : a.start]
        if (_OPEN.match(gap) and not _PREDICATE.search(gap) and a.explicit and b.explicit
                and _JOIN.match(text[a.end : b.start])):
            return _Span(duration, count, unit, a, b, turn=366)  # a range runs forward
    y = following[0]
    if y.explicit:  # a date named by its month, not by a weekday
        after = None if unit == "Y" else _AFTER.match(text[duration.end : y.start])
        if (after and preceding and preceding[-1].explicit
                and _ON.match(text[preceding[-1].end : duration.start])):
            x = preceding[-1]  # "Dec. 30, ten days after the Dec. 22 meeting"
            return made(y, x) if after["way"].lower() == "after" else made(x, y)
        later = None if unit == "Y" else _LATER.match(text[duration.end : y.start])
        anchors = preceding or before
        if later and anchors and len(preceding) <= 1 and anchors[-1].explicit:
            x = anchors[-1]  # "Dec. 31 ... Two weeks later, on Jan. 7"
            return made(x, y) if later["way"].lower() == "later" else made(y, x)
    return _maturing(text, duration, days, told, made)


def _maturing(text: str, duration: TimeExpression, days: list[TimeExpression],
              told: TimeExpression | None, made: _Made) -> _Span | None:
    """"N-day bills sold tomorrow mature on May 2", "the 12-day bills will be issued April 7
    and mature April 16": from the day of sale or issue to the due day that follows it; with
    no such day in the sentence, from the "tomorrow" of a sale told just before."""
    following = [tx for tx in days if tx.start >= duration.end]
    due = next((tx for tx in following
                if _MATURE.search(text, max(tx.start - 24, duration.end), tx.start)), None)
    if (due is None or not due.explicit or not _CLAUSE.match(text[duration.end : due.start])
            or _ANOTHER.search(text, duration.end, due.start)):
        return None  # no due day, or one that a nearer duration ("36-day deals maturing") owns
    earlier = [tx for tx in days if tx.end <= due.start]
    sold = earlier[-1] if earlier else told
    if sold is None or sold is due or (sold.start < duration.start and not _TODAY.match(sold.text)):
        return None  # the day of sale comes after the duration, or is today or tomorrow
    if not (sold.explicit or _TODAY.match(sold.text)):
        return None
    return made(sold, due)


def _check(doc: Document, rule: Rule, span: _Span) -> Finding | None:
    """The finding when the count fits neither the span apart nor with both ends included."""
    start, end = _ends(span)
    if start is None or end is None:
        return None
    apart = (end - start).days
    low, high = _allowed(apart, start, end, span.unit)
    n = span.count
    prefix = _PREFIX.match(span.duration.text)
    lead = (doc.text[max(span.duration.start - 24, 0) : span.duration.start]
            + (" " + prefix["words"] if prefix else ""))
    mod = span.duration.mod or ""
    if _LOWER.search(lead) or mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        fits = n <= high
    elif _UPPER.search(lead) or mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        fits = n >= low
    elif _ROUGH.search(lead) or mod == "APPROX":
        fits = low - max(1, n // 4) <= n <= high + max(1, n // 4)
    else:
        fits = low <= n <= high
    if fits:
        return None
    return _finding(doc, rule, span, apart, (start, end))


def _ends(span: _Span) -> tuple[date | None, date | None]:
    """The two days, the later one read in the year that puts it soonest after the first."""
    first, last = span.first, span.last
    a = _day(first)
    b = _day(last)
    if a is None or b is None:
        return None, None
    yearless = not (first.has_year and last.has_year)
    ahead = [r[0] for r in year_readings((b, b), yearless) if r[0] >= a]
    if not ahead or (min(ahead) != b and (min(ahead) - a).days > span.turn):
        return None, None  # "Dec. 31 ... Jan. 7" crosses into the next year, "May ... April" not
    return a, min(ahead)


def _allowed(apart: int, start: date, end: date, unit: str) -> tuple[int, int]:
    """The counts of `unit` the span allows, its ends apart or both included, rounded."""
    if unit == "D":
        return max(apart - 1, 0), apart + 1
    if unit == "W":
        return ceil((apart - 4) / 7), floor((apart + 4) / 7)
    months = (end.year - start.year) * 12 + end.month - start.month + (end.day - start.day) / 31
    if unit == "M":
        return ceil(months - 0.55), floor(months + 0.55)
    return ceil((months - 6.5) / 12), floor((months + 6.5) / 12)


def _finding(doc: Document, rule: Rule, span: _Span, apart: int,
             ends: tuple[date, date]) -> Finding:
    """The finding on the duration, with the arithmetic in the message."""
    tx, first, last = span.duration, span.first, span.last
    unit = _UNIT[span.unit]
    start, end = ends
    measure = {"D": f"{apart} days", "W": f"{apart} days ({apart / 7:.1f} weeks)",
               "M": f"{apart} days (about {apart / 30.44:.1f} months)",
               "Y": f"{apart} days (about {apart / 365.25:.1f} years)"}[span.unit]
    message = (f"“{tx.text}” is {span.count} {unit}{'s' if span.count != 1 else ''}, but from "
               f"{start.isoformat()} (“{first.text}”) to {end.isoformat()} (“{last.text}”) is "
               f"{measure} apart, {apart + 1} days with both included")
    dates = (first, last)
    related = tuple(Span(d.start, d.end, d.text, "date") for d in dates)
    proved = first.explicit and last.explicit
    return rule.finding(doc, tx.start, tx.end, message, score=0.8 if proved else 0.6,
                        evidence=(tx.text, *(d.text for d in dates)), related=related,
                        severity=None if proved else "warning")
