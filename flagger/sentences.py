"""Sentence splitting with offsets (placeholder until Punkt parameters ship)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its index and 0-based, end-exclusive offsets into the article text."""

    index: int
    start: int
    end: int
    text: str
