"""The last day of a span of days written from its first: "Nov. 14-15", "Nov. 14/15", "from
Oct. 15 to 26", "on May 7 and 8", "between June 2 and June 9". An event told over such a span
is over only after its last day, and has begun on its first."""

from __future__ import annotations

from datetime import date

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS

# The join and the last day: "-15", " to 26", " and June 9" (no year of its own after it, and
# no unit: "from 3 pct on May 2 to 5 pct" ends at a figure). A day without its month must end
# its phrase: "on May 7 and 12 envoys will attend" counts envoys.
_CLOSE = lazy(r"\s*(?:[–/-]|to|through|until|till|and)\s*(?:(?P<month>[A-Z][a-z]{2,8})"
                         r"\.?\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![–/.,-]?\d|,?\s+\d{4})"
                         r"(?!\s*(?:%|pct|per\b|percent|[mb]illion|mln|bln|dlrs|dollars|points?|"
                         r"cents?|shares?|years?|months?|weeks?|days?|hours?))"
                         r"(?(month)|(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|for|before|after|"
                         r"when|while|and|or|but|to|from|on|with|as|by)\b))")


def range_end(text: str, end: int, first: date) -> tuple[int, date] | None:
    """Where the span whose first day `first` is written up to `end` closes, and its last
    day: later in the same month, or in a later month of the same year; None when no span
    follows, or when what follows is not a later day of that year."""
    match = _CLOSE.match(text, end)
    if match is None:
        return None
    month = MONTHS.get(match["month"].lower()) if match["month"] else first.month
    if month is None:
        return None
    try:
        last = first.replace(month=month, day=int(match["day"]))
    except ValueError:
        return None
    return (match.end(), last) if last > first else None
