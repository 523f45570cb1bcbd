"""The end of a period named before a date: "the quarter ended March 31" (a past end), "in
the year ending March 31", "Quarter ends January 31" (an end that recurs, as a company's year
does: without its year, the next one)."""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy

_ENDED = lazy(r"\b(?:quarter|year|period|half|week|months?)\s+(?P<verb>ended)\s+$",
              re.IGNORECASE)
# A company's year that ends on a day ends there every year ("Quarter ends January 31"), and
# the year "ending March 31" that a forecast speaks of is the one running; a quarter "ending"
# on a day long past is not the one running.
_ENDING = lazy(r"\b(?:(?:quarter|year)\s+ends|year\s+(?:ending|to\s+end))\s+(?:on\s+)?$",
               re.IGNORECASE)


def period_ended(text: str, start: int) -> tuple[int, int] | None:
    """The span of "ended" when the date at `start` closes a period said to have ended
    ("the quarter ended March 31")."""
    match = _ENDED.search(text, max(start - 30, 0), start)
    return match.span("verb") if match else None


def period_ending(text: str, start: int) -> bool:
    """Whether the date at `start` closes a company's quarter or year said to end then, as it
    does every year ("Quarter ends January 31"), or a year running to it ("the year ending
    March 31")."""
    return _ENDING.search(text, max(start - 30, 0), start) is not None
