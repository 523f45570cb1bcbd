"""Time expressions: found in text and normalised against the publication date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression with its span and TIMEX3-style type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


def extract_dates(text: str, published: date | None) -> tuple[TimeExpression, ...]:
    """Return the time expressions of `text`, resolved against `published`."""
    return ()
