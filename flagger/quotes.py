"""Direct-quote spans (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: offsets of the quoted words (marks included) and the speaker if found."""

    start: int
    end: int
    speaker: str | None = None
