"""The loaded hedge model: scores sentences for speculation and names their cue words."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from flagger.artefacts import load_joblib
from flagger.document import HedgeScore
from flagger.hedging.linear import LinearHedger

ARTEFACT = "hedging"
DEFAULT_DOMAIN = "news"


class HedgeModel:
    """A verified, read-only hedge classifier; safe to share between threads."""

    def __init__(
        self, hedger: LinearHedger, metadata: dict[str, Any], domain: str = DEFAULT_DOMAIN
    ) -> None:
        """Wrap a trained hedger and its metadata; `domain` picks the genre weights."""
        self._hedger = hedger
        self._domain = domain
        self.name: str = metadata.get("name", ARTEFACT)
        self.version: str = metadata.get("version", "")
        self.sha256: str = metadata.get("sha256", "")
        self.threshold: float = hedger.domains[domain].threshold

    @property
    def hedger(self) -> LinearHedger:
        """Return the underlying weights (read-only by convention)."""
        return self._hedger

    @classmethod
    def load(cls) -> HedgeModel:
        """Return the shipped model, loaded once after its sha256 is verified."""
        return _shipped()

    def score(self, texts: Sequence[str]) -> list[HedgeScore]:
        """Score sentences; each cue Span's offsets are relative to its own sentence text.

        The pipeline shifts cue spans to article offsets before storing them in `Document.hedges`.
        """
        results = []
        for text in texts:
            probability, cues = self._hedger.score(text, self._domain)
            results.append(HedgeScore(probability, cues))
        return results


@cache
def _shipped() -> HedgeModel:
    """Load `models/hedging.joblib` once."""
    hedger, metadata = load_joblib(ARTEFACT)
    return HedgeModel(hedger, metadata)
