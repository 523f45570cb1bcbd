"""A results headline that dates its quarter by the day it ends ("ACME CORP 2ND QTR MARCH 31
NET"): the figures are out, so the quarter has ended. The day carries no year; the quarter
is the last one to end on that day, and results come out within months of its end. A
headline of 2 March with "MARCH 31" names a quarter that either has not ended or ended eleven
months back: no reading fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS

RESULTS_REACH = 183  # days: results of a quarter come out within half a year of its end
_HEADLINE_QUARTER = lazy(
    r"\b(?:1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)\s+(?:QTR|QUARTER)\s+"
    r"(?P<month>[A-Z]{3,9})\.?\s+(?P<day>[0-3]?\d)\s+(?:NET|LOSS|PROFIT|SHR|EARNINGS|RESULTS)\b")
_AHEAD = lazy(r"\b(?:SEES?|EXPECTS?|FORECASTS?|PROJECTS?|ESTIMATES?|PREDICTS?|TO\s+REPORT|"
              r"WILL|COULD)\b")  # not "MAY", the month


def headline_quarters(title: str, published: date) -> Iterator[tuple[re.Match[str], date]]:
    """(the quarter's words, the day it ends) for quarterly results in the headline `title`
    whose quarter ends after publication, or ended more than `RESULTS_REACH` days before it
    a year back ("2ND QTR MARCH 31 NET" on 2 March)."""
    if _AHEAD.search(title):
        return  # "ACME SEES 2ND QTR JUNE 30 NET UP": a forecast
    for match in _HEADLINE_QUARTER.finditer(title):
        month = MONTHS.get(match["month"].lower())
        if month is None:
            continue
        try:
            ends = date(published.year, month, int(match["day"]))
            before = ends.replace(year=published.year - 1)
        except ValueError:
            continue  # "FEB 29", "APRIL 31"
        if (ends - published).days > 1 and (published - before).days > RESULTS_REACH:
            yield match, ends
