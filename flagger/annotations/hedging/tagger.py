"""The shipped cue tagger: sparse linear token weights per genre, scored in plain Python.

Each candidate word gets a cue logit from its features; a sentence's score is its highest cue
logit, calibrated per genre, and its cue spans are the words the tagger reads as cues.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from flagger.annotations.hedging.features import (
    STEM,
    Lexicon,
    is_candidate,
    mark_capitals,
    plain_words,
    token_features,
    token_spans,
)
from flagger.article import Span

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
    warning: float = 1.0
    """From this probability a speculative sentence is a warning (precision on the news dev
    labels at least 0.90); between `threshold` and here it is info."""

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
    plain_forms: frozenset[str] = field(init=False, repr=False, compare=False)
    """The forms without their capital mark: a word is a candidate only if its unmarked form is
    one of these or starts with a stem."""

    def __post_init__(self) -> None:
        """Accept any iterable of forms and stems (the pickle stores them sorted)."""
        object.__setattr__(self, "forms", frozenset(self.forms))
        object.__setattr__(self, "stems", frozenset(self.stems))
        object.__setattr__(self, "plain_forms", frozenset(f.rstrip("^") for f in self.forms))

    def to_dict(self) -> dict[str, Any]:
        """Return the tagger as plain JSON data (sets sorted, so the bytes are reproducible)."""
        return {
            "forms": sorted(self.forms),
            "stems": sorted(self.stems),
            "lexicon": {word: [list(cue) for cue in cues] for word, cues in self.lexicon.items()},
            "genres": {
                name: {
                    "weights": genre.weights,
                    "bias": genre.bias,
                    "slope": genre.slope,
                    "offset": genre.offset,
                    "threshold": genre.threshold,
                    "warning": genre.warning,
                }
                for name, genre in self.genres.items()
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CueTagger:
        """Rebuild a tagger from `to_dict` data: plain numbers and strings, nothing executable."""
        lexicon = {
            str(word): tuple(tuple(str(token) for token in cue) for cue in cues)
            for word, cues in data["lexicon"].items()
        }
        genres = {
            str(name): GenreWeights(
                _weights(genre["weights"]),
                float(genre["bias"]),
                float(genre["slope"]),
                float(genre["offset"]),
                float(genre["threshold"]),
                float(genre.get("warning", genre["threshold"])),
            )
            for name, genre in data["genres"].items()
        }
        return cls(
            frozenset(map(str, data["forms"])), frozenset(map(str, data["stems"])), lexicon, genres
        )

    def score(self, text: str, genre: str) -> tuple[float, tuple[Span, ...]]:
        """Return a sentence's probability of speculation and its cue spans (sentence offsets)."""
        best, logits, tokens = self._scored(text, genre)
        return self.genres[genre].probability(best), _cue_spans(text, tokens, logits)

    def logits(self, text: str, genre: str) -> tuple[float, list[tuple[int, float]]]:
        """Return a sentence's logit (its highest cue logit) and each candidate's cue logit."""
        best, logits, _ = self._scored(text, genre)
        return best, logits

    def _scored(self, text: str, genre: str) -> tuple[float, list[tuple[int, float]], list[str]]:
        """Return `logits` and the sentence's tokens, tokenised once for both."""
        tokens, words = plain_words(text)
        plain, stems = self.plain_forms, self.stems
        maybe = [
            i
            for i, word in enumerate(words)
            if word in plain or (len(word) >= STEM and word[:STEM] in stems)
        ]
        if not maybe:
            return NO_CANDIDATE, [], tokens
        logits = self.token_logits(mark_capitals(tokens, words), maybe, genre)
        return max([NO_CANDIDATE, *(logit for _, logit in logits)]), logits, tokens

    def token_logits(
        self, words: list[str], indices: Iterable[int], genre: str
    ) -> list[tuple[int, float]]:
        """Return (token index, cue logit) for each candidate among the words at `indices`."""
        model = self.genres[genre]
        get, zeros, lexicon = model.weights.get, repeat(0.0), self.lexicon
        return [
            (i, model.bias + sum(map(get, token_features(words, i, lexicon), zeros)))
            for i in indices
            if is_candidate(words[i], self.forms, self.stems)
        ]


def _cue_spans(
    text: str, tokens: list[str], logits: list[tuple[int, float]]
) -> tuple[Span, ...]:
    """Return the likeliest cue words (at most MAX_CUES), neighbouring words joined in one span."""
    cues = sorted((-logit, i) for i, logit in logits if logit >= CUE_MIN_LOGIT)
    if not cues:
        return ()
    runs: list[list[int]] = []
    for i in sorted(i for _, i in cues[:MAX_CUES]):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    places = token_spans(text, tokens, runs[-1][-1] + 1)
    spans = []
    for run in runs:
        start, end = places[run[0]][0], places[run[-1]][1]
        spans.append(Span(start, end, text[start:end], "cue"))
    return tuple(spans)


def _weights(table: dict[Any, Any]) -> dict[str, float]:
    """Return a copy of a genre's token weights, each key a string and each weight a float.

    Weights read from JSON already are: checking them is a third of the cost of converting all
    49,000 (a tenth of loading the model).
    """
    if set(map(type, table)) <= {str} and set(map(type, table.values())) <= {float}:
        return dict(table)
    return {str(k): float(v) for k, v in table.items()}
