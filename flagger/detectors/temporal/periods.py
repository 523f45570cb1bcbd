"""A period counted back from now against the year it began, in one sentence: "over the past
five years, since the law passed in 1984" (published 1987: three years), "for the past 15
years, from 1.8 billion in 1976" (1987: eleven years).

The count fits when it is within a year of the time from the starting year to publication, or
when it counts the years from the start to the year the sentence closes the period with, the
two ends apart or both included ("over the past four or five years, from 47,000 in 2015 to
27,000 in 2019"; three is too few).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.lazyre import lazy
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal

_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_PAST = lazy(rf"\b(?:over|in|for|during|within)\s+the\s+(?:past|last)\s+"
             rf"(?P<mod>(?:more\s+than|over|nearly|almost|about|some)\s+)?"
             rf"(?P<n>{_NUM})\s+years\b", re.IGNORECASE)
# The year the period began: "since ... 2004", "from ... in 1976", "after ... in 1984".
_WORDS = r"(?:[^.;:]|\.(?=\d))"  # within the clause; "1.80 billion" keeps its point
_START = lazy(
    rf"\b(?:since|from|after)\b{_WORDS}{{0,90}}?\b(?P<year>(?:1[6-9]|20)\d\d)\b",
    re.IGNORECASE)
_END = lazy(rf"\bto\b{_WORDS}{{0,30}}?\b(?P<year>(?:1[6-9]|20)\d\d)\b", re.IGNORECASE)
# "from <figure> to <figure> in 1986": the year after "to" dates the end, not the start.
_ENDS_THERE = lazy(r"from\b.*\bto\b", re.IGNORECASE | re.DOTALL)
SLACK = 1  # years: "the past five years" from a year five or six years back


def count_back(text: str, start: int, end: int,
               published: date) -> Iterator[tuple[re.Match[str], re.Match[str], str]]:
    """(the count, the starting year, the arithmetic) for each "past N years" in text[start:end]
    that its starting year contradicts."""
    for match in _PAST.finditer(text, start, end):
        n = cardinal(match["n"])
        began = _START.search(text, match.end(), min(match.end() + 120, end))
        if n is None or began is None or match["mod"] or _ENDS_THERE.match(
                text, began.start(), began.start("year")):
            continue  # "from 417 mln to 2.3 billion in 1986": 1986 ends the period
        first = int(began["year"])
        closed = _END.search(text, began.end(), min(began.end() + 50, end))
        last = int(closed["year"]) if closed else None
        ends = {published.year} | ({last} if last else set())
        spans = sorted(e - first for e in ends if e > first)
        if not spans or abs(n - (published.year - first)) <= SLACK or (
                last is not None and last - first <= n <= last - first + 1):
            continue
        shown = " or ".join(f"{s}" for s in spans)
        yield match, began, f"{shown} years since {first}, not {n}"

