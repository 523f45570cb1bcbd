"""The article: the text an editor checks, what is known about it, and spans of its text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

Field = Literal["title", "text"]
"""Which part of an article offsets point into: the headline or the body text."""


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read from input: offsets point into `text`, or into `title` (field title)."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    id: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: 0-based, end-exclusive code-point offsets into `field`."""

    start: int
    end: int
    text: str
    role: str = ""
    field: Field = "text"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "role": self.role,
            "field": self.field,
        }
