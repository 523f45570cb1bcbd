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
    """Return 100 × (1 − (1 − hedged / (sentences + 2)) × 0.85^attributions × 0.7^conflicts).

    0 means nothing to check; each reporter's-voice vague attribution and each date conflict
    takes a fixed share of what is left, so the score rises quickly at first and never passes 100.
    The hedged share counts two notional unhedged sentences, so that a two-line brief with one
    'may' does not reach 100 and outrank a long speculative feature.
    """
    share = hedged / (sentences + PRIOR_SENTENCES)
    clean = (1 - share) * ATTRIBUTION_WEIGHT**attributions * TEMPORAL_WEIGHT**conflicts
    return round(100 * (1 - clean))


def summarise(findings: tuple[Finding, ...], sentences: int) -> Summary:
    """Summarise the findings of one article with `sentences` sentences."""
    active = [f for f in findings if f.suppressed is None]
    own_voice = [f for f in active if not f.quoted]
    hedged = {f.sentence for f in own_voice if f.category == "hedging"}
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
