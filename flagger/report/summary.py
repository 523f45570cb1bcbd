"""The per-article summary and its 0-100 score, comparable across stories."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from flagger.report.finding import Finding

CATEGORIES = ("hedging", "attribution", "temporal", "place", "number")
ATTRIBUTION_WEIGHT = 0.85
TEMPORAL_WEIGHT = 0.7
PRIOR_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts an editor compares across articles, and the article score."""

    sentences: int
    findings_by_category: dict[str, int]
    findings_by_severity: dict[str, int]
    hedged_share: float
    unnamed_attributions: int
    date_conflicts: int
    suppressed: int
    score: int

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "sentences": self.sentences,
            "findings_by_category": dict(self.findings_by_category),
            "findings_by_severity": dict(self.findings_by_severity),
            "hedged_share": round(self.hedged_share, 4),
            "unnamed_attributions": self.unnamed_attributions,
            "date_conflicts": self.date_conflicts,
            "suppressed": self.suppressed,
            "score": self.score,
        }


def article_score(hedged: int, sentences: int, attributions: int, conflicts: int) -> int:
    """Return 100 × (1 − (1 − hedged/(n+2)) × (1 − min(1, attributions/(n+2))) × 0.7^conflicts).

    `n` is the number of body sentences. Speculation and vague attribution count as shares of
    the article, so a long story is not marked worse for being long: one vague source in a
    40-sentence story weighs 1/42, in a 4-sentence brief 1/6. The two notional clean sentences
    keep a two-line brief with one 'may' from reaching 100. Each date conflict takes a fixed
    30% of what is left, however long the article: a wrong date is wrong at any length.
    """
    share = hedged / (sentences + PRIOR_SENTENCES)
    vague = min(1.0, attributions / (sentences + PRIOR_SENTENCES))
    clean = (1 - share) * (1 - vague) * TEMPORAL_WEIGHT**conflicts
    return round(100 * (1 - clean))


def old_article_score(hedged: int, sentences: int, attributions: int, conflicts: int) -> int:
    """Return the score of flagger 0.2, for comparison (training/score_distribution.py)."""
    share = hedged / (sentences + PRIOR_SENTENCES)
    clean = (1 - share) * ATTRIBUTION_WEIGHT**attributions * TEMPORAL_WEIGHT**conflicts
    return round(100 * (1 - clean))


def summarise(findings: tuple[Finding, ...], sentences: int) -> Summary:
    """Summarise the findings of one article with `sentences` sentences."""
    active = [f for f in findings if f.suppressed is None]
    own_voice = [f for f in active if not f.quoted]
    hedged = {f.sentence for f in own_voice if f.category == "hedging" and f.field == "text"}
    share = len(hedged) / sentences if sentences else 0.0
    attributions = sum(f.category == "attribution" for f in own_voice)
    conflicts = sum(f.category == "temporal" for f in active)
    by_category: Counter[str] = Counter(f.category for f in active)
    by_severity: Counter[str] = Counter(f.severity for f in active)
    return Summary(
        sentences=sentences,
        findings_by_category={c: by_category.get(c, 0) for c in CATEGORIES},
        findings_by_severity={s: by_severity.get(s, 0) for s in ("error", "warning", "info")},
        hedged_share=share,
        unnamed_attributions=attributions,
        date_conflicts=conflicts,
        suppressed=len(findings) - len(active),
        score=article_score(len(hedged), sentences, attributions, conflicts),
    )
