"""The service's plain records: an article as a request gives it, rule options, a finding for
LanguageTool, and the error that names a bad request field."""

from __future__ import annotations

from dataclasses import dataclass


class FieldError(ValueError):
    """A request field that is missing, of the wrong type, or has an impossible value."""

    def __init__(self, field: str, message: str) -> None:
        """Name the field and say what is wrong with it."""
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class Article:
    """One article as a request gives it; `published` is already checked."""

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    """One finding as the LanguageTool protocol needs it (code-point offsets)."""

    rule: str
    name: str
    category: str
    severity: str
    start: int
    end: int
    message: str
    replacement: str | None
    advice: str | None
    sentence: str
