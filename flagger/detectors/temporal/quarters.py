"""Results of a quarter that has not ended: "reported first-quarter 2025 earnings" in a story of
10 February 2025 (the quarter ends on 31 March), or "posted a loss for the third quarter of
2025" before 30 September 2025.

Only a quarter named with its calendar year is read, in a sentence that reports results in the
past tense, with no fiscal year (whose quarters end in other months) and no forecast in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.lazyre import lazy

_RESULTS = r"(?:results|earnings|profits?|loss(?:es)?|net\s+(?:income|profit|loss)|revenues?)"
_QUARTER = (r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\s+of)?\s+"
            r"(?P<year>(?:19|20)\d\d)")
_PATTERNS = (
    lazy(rf"\b{_QUARTER}\s+{_RESULTS}\b", re.IGNORECASE),
    lazy(rf"\b{_RESULTS}\s+(?:for|in)\s+the\s+{_QUARTER}\b", re.IGNORECASE),
)
_REPORTED = lazy(r"\b(?:reported|posted|announced|released|published|booked|recorded)\b")
_AHEAD = lazy(
    r"\b(?:fiscal|expects?|expected|forecasts?|estimates?|estimated|will|would|"
    r"projects?|projected|outlook|guidance|targets?|sees?|could|may|might|"
    r"should|plans?|due|scheduled|to\s+report)\b", re.IGNORECASE)
_ENDS = {"first": (3, 31), "1st": (3, 31), "second": (6, 30), "2nd": (6, 30),
         "third": (9, 30), "3rd": (9, 30), "fourth": (12, 31), "4th": (12, 31)}


def unfinished_quarters(text: str, start: int, end: int,
                        published: date) -> Iterator[tuple[re.Match[str], date]]:
    """(the quarter's words, the day it ends) for results reported, in text[start:end], of a
    quarter that ends after publication."""
    sentence = text[start:end]
    if not _REPORTED.search(sentence) or _AHEAD.search(sentence):
        return
    for match in (m for pattern in _PATTERNS for m in pattern.finditer(text, start, end)):
        month, day = _ENDS[match["q"].lower()]
        ends = date(int(match["year"]), month, day)
        if (ends - published).days > 1:
            yield match, ends
