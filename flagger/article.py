"""The article: the text an editor checks and what is known about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read from input; `text` is what every offset points into."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    id: str | None = None
    url: str | None = None
