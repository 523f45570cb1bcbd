"""Time expressions: found in text and normalised against the publication date."""

from __future__ import annotations

from flagger.timex.expression import TimeExpression
from flagger.timex.extract import extract_dates

__all__ = ["TimeExpression", "extract_dates"]
