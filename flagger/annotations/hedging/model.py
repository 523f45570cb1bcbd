"""The loaded hedge model: scores sentences for speculation and names their cue words."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from flagger.annotations.document import HedgeScore
from flagger.annotations.hedging.tagger import CueTagger
from flagger.artefacts import load_json

ARTEFACT = "hedging"
"""Every genre the tagger was trained on, for training and evaluation (`HedgeModel.load_all`)."""
DEFAULT_GENRE = "recent-news"
RUNTIME_ARTEFACT = f"{ARTEFACT}-{DEFAULT_GENRE}"
"""The genre articles are scored with, alone (`python -m training.hedging_runtime` cuts it from the
full artefact): a cold `flagger check` parses 0.9 MB of weights instead of 5.8 MB."""


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

    @classmethod
    def load_all(cls) -> HedgeModel:
        """Return the shipped model with every genre it was trained on (to evaluate them)."""
        return _shipped_all()

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
    """Load the run-time genre's artefact once, after its pinned hash is verified."""
    data, metadata = load_json(RUNTIME_ARTEFACT)
    return HedgeModel(CueTagger.from_dict(data), metadata)


@cache
def _shipped_all() -> HedgeModel:
    """Load `models/hedging.weights.json`, every genre, once, after its pinned hash is verified."""
    data, metadata = load_json(ARTEFACT)
    return HedgeModel(CueTagger.from_dict(data), metadata)
