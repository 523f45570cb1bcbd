"""The report: everything flagger found in one article, typed and serialisable."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from flagger.article import Article
from flagger.report.finding import Finding
from flagger.report.summary import Summary, summarise
from flagger.version import __version__

if TYPE_CHECKING:  # field types only: a report can be read without the annotation code
    from flagger.annotations.document import HedgeScore
    from flagger.annotations.furniture import Skipped
    from flagger.annotations.sentences import Sentence
    from flagger.annotations.timex import TimeExpression

SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Which trained model scored the sentences."""

    name: str
    version: str
    sha256: str

    def to_dict(self) -> dict[str, str]:
        """Return the JSON form."""
        return {"name": self.name, "version": self.version, "sha256": self.sha256}


@dataclass(frozen=True)
class Report:
    """The findings, sentences and dates of one article, with its summary."""

    article: Article
    sentences: tuple[Sentence, ...]
    hedges: tuple[HedgeScore, ...]
    findings: tuple[Finding, ...]
    dates: tuple[TimeExpression, ...]
    notes: tuple[str, ...] = ()
    model: ModelInfo | None = None
    headline_hedges: tuple[HedgeScore, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    """Title line, dateline, Source line and page furniture: not analysed, not counted."""

    @cached_property
    def summary(self) -> Summary:
        """Return the counts and score of this article."""
        return summarise(self.findings, len(self.sentences))

    def to_dict(self) -> dict[str, Any]:
        """Return the versioned JSON form documented in the README."""
        article = self.article
        return {
            "schema_version": SCHEMA_VERSION,
            "flagger_version": __version__,
            "article": {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "url": article.url,
                "published": article.published.isoformat() if article.published else None,
            },
            "summary": self.summary.to_dict(),
            "notes": list(self.notes),
            "sentences": [
                {
                    "index": s.index,
                    "start": s.start,
                    "end": s.end,
                    "hedge_score": round(h.score, 4) if h else None,
                }
                for s, h in zip(self.sentences, self.hedges or [None] * len(self.sentences))
            ],
            "skipped": [s.to_dict() for s in self.skipped],
            "findings": [f.to_dict(article) for f in self.findings],
            "dates": [
                {"start": d.start, "end": d.end, "text": d.text, "type": d.type, "value": d.value}
                for d in self.dates
            ],
            "model": self.model.to_dict() if self.model else None,
        }


def error_record(origin: str, message: str, article_id: str | None = None) -> dict[str, Any]:
    """Return the JSON record that stands in a batch for an article that could not be read."""
    return {
        "schema_version": SCHEMA_VERSION,
        "flagger_version": __version__,
        "article": {"id": article_id, "input": origin},
        "error": message,
    }
