"""T107: a count of decades' grain back from publication beside the year it reaches: "in 1983,
a quarter-century ago" (published 2017: 34 years), "back in 1990, half a century ago", "in
1957, a century ago". Read as `elapsed` reads "N years ago" beside a year, with a tenth of the
count for rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.lazyre import lazy
from flagger.detectors.temporal.ago_events import ROUGH, misfit
from flagger.detectors.temporal.counts import NUMBER_WORDS, count

Dated = tuple[int, int, date, date]
"""A written year in the sentence: its start, end, first and last day."""
# "a quarter-century ago", "half a century ago", "two centuries ago": a count in decades' grain
_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_LONG_AGO = lazy(
    rf"\b(?:(?P<rough>{ROUGH})\s+)?(?P<long>half\s+a[\s-]+(?P<half>decade|century)"
    rf"|a[\s-]+quarter[\s-]+century|a[\s-]+century|(?P<n>{_COUNT})[\s-]+centuries)\s+ago\b",
    re.IGNORECASE)


def long_ago(text: str, start: int, end: int, years: list[Dated],
             published: date) -> Iterator[tuple[re.Match[str], Dated, str]]:
    """The counts of decades' grain "ago" in text[start:end] that the year beside them rules
    out: (the count, the year, the arithmetic)."""
    if "ago" not in text[start:end].lower():
        return
    for match in _LONG_AGO.finditer(text, start, end):
        found = _misfit(match, years, published)
        if found:
            yield match, *found


def _misfit(match: re.Match[str], years: list[Dated], published: date) -> tuple[Dated, str] | None:
    """The year beside a count of decades' grain ("in 1983, a quarter-century ago") and the
    arithmetic when the count cannot reach it: a tenth of the count either way (at least two
    and a half years), a bound read as `misfit` reads it."""
    beside = [y for y in years if 0 <= match.start() - y[1] <= 12 or 0 <= y[0] - match.end() <= 6]
    words = match["long"].lower()
    if match["n"]:
        n = count(match["n"])
        said = None if n is None else 100 * n
    else:
        said = 5 if match["half"] == "decade" else 50 if match["half"] else (
            25 if "quarter" in words else 100)
    if said is None or len(beside) != 1:
        return None
    y = beside[0]
    if match["rough"]:
        found = misfit(said, "year", match["rough"].lower(), y[2], y[3], published)
    else:
        low, high = published.year - y[3].year - 1, published.year - y[2].year
        slack = max(2.5, said / 10)
        found = None if low - slack <= said <= high + slack else (
            f"{max(low, 0)}–{high} years" if low != high else f"{low} years")
    return (y, f"{found}, not {match['long']}") if found else None
