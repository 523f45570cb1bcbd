"""The finding record: one thing in an article an editor should look at."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from flagger.article import Article, Field, Span

Category = Literal["hedging", "attribution", "temporal", "place", "number"]
Severity = Literal["info", "warning", "error"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")


@dataclass(frozen=True, slots=True)
class Finding:
    """One flagged span, with the rule that flagged it and why."""

    rule: str
    name: str
    category: Category
    severity: Severity
    start: int
    end: int
    sentence: int
    message: str
    score: float = 1.0
    evidence: tuple[str, ...] = ()
    related: tuple[Span, ...] = ()
    suggestion: str | None = None
    quoted: bool = False
    speaker: str | None = None
    suppressed: str | None = dataclasses.field(default=None, compare=False)
    fingerprint: str | None = dataclasses.field(default=None, compare=False)
    field: Field = "text"
    """Where the offsets point: the article's `text`, or its `title` (the headline)."""

    @property
    def review_key(self) -> tuple[int, bool, int, int, str]:
        """Order findings as an editor reviews them: worst severity first, then as `sort_key`."""
        return (-SEVERITIES.index(self.severity), *self.sort_key)

    @property
    def sort_key(self) -> tuple[bool, int, int, str]:
        """Order findings headline first, then by position, then by rule code."""
        return (self.field != "title", self.start, self.end, self.rule)

    def to_dict(self, article: Article) -> dict[str, Any]:
        """Return the JSON form; the offsets point into `article`'s text or title (`field`)."""
        text = (article.title or "") if self.field == "title" else article.text
        return {
            "rule": self.rule,
            "field": self.field,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "sentence": self.sentence,
            "score": round(self.score, 4),
            "message": self.message,
            "evidence": list(self.evidence),
            "related": [span.to_dict() for span in self.related],
            "suggestion": self.suggestion,
            "quoted": self.quoted,
            "speaker": self.speaker,
            "suppressed": self.suppressed,
            "fingerprint": self.fingerprint,
        }
