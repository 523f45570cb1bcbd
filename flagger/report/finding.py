"""The finding record: one thing in an article an editor should look at."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from flagger.article import Span

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
    suppressed: str | None = field(default=None, compare=False)
    fingerprint: str | None = field(default=None, compare=False)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """Order findings by position, then by rule code."""
        return (self.start, self.end, self.rule)

    def to_dict(self, text: str) -> dict[str, Any]:
        """Return the JSON form; `text` is the article text the offsets point into."""
        return {
            "rule": self.rule,
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
