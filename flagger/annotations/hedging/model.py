"""The loaded hedge model: scores sentences for speculation and names their cue words."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from flagger.annotations.document import HedgeScore
from flagger.annotations.hedging.tagger import CueTagger
from flagger.artefacts import load_json

ARTEFACT = "hedging"
DEFAULT_GENRE = "recent-news"


class HedgeModel:
    """A verified, read-only hedge classifier; safe to share between threads."""

    def __init__(
        self, tagger: CueTagger, metadata: dict[str, Any], genre: str = DEFAULT_GENRE
    ) -> None:
        """Wrap a trained cue tagger and its metadata; `genre` picks the genre weights."""
        self._tagger = tagger
        self._genre = genre
        self.name: str = metadata.get("name", ARTEFACT)
        self.version: str = metadata.get("version", "")
        self.sha256: str = metadata.get("sha256", "")
        if genre not in tagger.genres:  # a model trained before the recent-news genre
            genre = self._genre = "news"
        self.threshold: float = tagger.genres[genre].threshold
        self.warning_threshold: float = max(tagger.genres[genre].warning, self.threshold)

    @property
    def tagger(self) -> CueTagger:
        """Return the underlying cue tagger (read-only by convention)."""
        return self._tagger

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
            probability, cues = self._tagger.score(text, self._genre)
            results.append(HedgeScore(probability, cues))
        return results


@cache
def _shipped() -> HedgeModel:
    """Load `models/hedging.weights.json` once, after its pinned hash is verified."""
    data, metadata = load_json(ARTEFACT)
    return HedgeModel(CueTagger.from_dict(data), metadata)
