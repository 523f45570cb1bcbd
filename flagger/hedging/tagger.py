"""The shipped cue tagger: sparse linear token weights per genre, scored in plain Python.

Each candidate word gets a cue logit from its features; a sentence's score is its highest cue
logit, calibrated per genre, and its cue spans are the words the tagger reads as cues.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from flagger.finding import Span
from flagger.hedging.features import Lexicon, Token, is_candidate, token_features, tokenize

NO_CANDIDATE = -8.0
"""The sentence logit when no word is a cue candidate (also the floor of every sentence logit)."""
MAX_CUES = 4
CUE_MIN_LOGIT = -1.0
"""A word is reported as a cue from this cue logit (probability 0.27) up; every genre's threshold
lies above it, so each flagged sentence names at least one cue."""


@dataclass(frozen=True, slots=True)
class GenreWeights:
    """One genre's folded token weights, bias, Platt calibration and decision threshold."""

    weights: dict[str, float]
    bias: float
    slope: float
    offset: float
    threshold: float

    def probability(self, logit: float) -> float:
        """Return the calibrated sentence probability for a sentence logit."""
        z = self.slope * logit + self.offset
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


@dataclass(frozen=True, slots=True)
class CueTagger:
    """Candidate words, a cue lexicon and per-genre weights; `score` reads them, never writes."""

    forms: frozenset[str]
    stems: frozenset[str]
    lexicon: Lexicon
    genres: dict[str, GenreWeights]

    def __post_init__(self) -> None:
        """Accept any iterable of forms and stems (the pickle stores them sorted)."""
        object.__setattr__(self, "forms", frozenset(self.forms))
        object.__setattr__(self, "stems", frozenset(self.stems))

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        """Pickle the sets sorted, so the artefact's bytes never depend on hash order."""
        return CueTagger, (sorted(self.forms), sorted(self.stems), self.lexicon, self.genres)

    def token_logits(self, tokens: list[Token], genre: str) -> list[tuple[int, float]]:
        """Return (token index, cue logit) for every candidate token."""
        model = self.genres[genre]
        get = model.weights.get
        words = [token[2] for token in tokens]
        return [
            (i, model.bias + sum(get(name, 0.0) for name in token_features(words, i, self.lexicon)))
            for i, word in enumerate(words)
            if is_candidate(word, self.forms, self.stems)
        ]

    def score(self, text: str, genre: str) -> tuple[float, tuple[Span, ...]]:
        """Return a sentence's probability of speculation and its cue spans (sentence offsets)."""
        tokens = tokenize(text)
        logits = self.token_logits(tokens, genre)
        best = max([NO_CANDIDATE, *(logit for _, logit in logits)])
        return self.genres[genre].probability(best), _cue_spans(text, tokens, logits)


def _cue_spans(text: str, tokens: list[Token], logits: list[tuple[int, float]]) -> tuple[Span, ...]:
    """Return the likeliest cue words (at most MAX_CUES), neighbouring words joined in one span."""
    cues = sorted((-logit, i) for i, logit in logits if logit >= CUE_MIN_LOGIT)
    runs: list[list[int]] = []
    for i in sorted(i for _, i in cues[:MAX_CUES]):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        start, end = tokens[run[0]][0], tokens[run[-1]][1]
        spans.append(Span(start, end, text[start:end], "cue"))
    return tuple(spans)
