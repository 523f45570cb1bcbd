"""The shipped hedge classifier: sparse linear weights per domain, scored in plain Python."""

from __future__ import annotations

import math
from dataclasses import dataclass

from flagger.finding import Span
from flagger.hedging.features import Token, features, tokenize

CUE_MIN_WEIGHT = 0.5
MAX_CUES = 4
MAX_WORDS = 2


@dataclass(frozen=True, slots=True)
class DomainWeights:
    """One genre's folded feature weights, bias, Platt calibration and decision threshold."""

    weights: dict[str, float]
    bias: float
    slope: float
    offset: float
    threshold: float

    def probability(self, logit: float) -> float:
        """Return the calibrated probability for a raw logit."""
        z = self.slope * logit + self.offset
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


@dataclass(frozen=True, slots=True)
class LinearHedger:
    """A cue lexicon plus per-domain weights; `score` reads them and never writes."""

    cues: dict[str, tuple[tuple[str, ...], ...]]
    domains: dict[str, DomainWeights]

    def logit(self, text: str, domain: str) -> float:
        """Return the raw (uncalibrated) logit of one sentence."""
        model = self.domains[domain]
        get = model.weights.get
        return model.bias + sum(get(f[2], 0.0) for f in features(tokenize(text), self.cues))

    def score(self, text: str, domain: str) -> tuple[float, tuple[Span, ...]]:
        """Return a sentence's probability of speculation and its cue spans (sentence offsets)."""
        model = self.domains[domain]
        get = model.weights.get
        tokens = tokenize(text)
        logit = model.bias
        anchored: dict[tuple[int, int], float] = {}
        lexical: set[tuple[int, int]] = set()
        for first, last, name in features(tokens, self.cues):
            weight = get(name, 0.0)
            if weight:
                logit += weight
                anchored[first, last] = anchored.get((first, last), 0.0) + weight
            if name == "cue":
                lexical.add((first, last))
        return model.probability(logit), _cue_spans(text, tokens, anchored, lexical)


def _cue_spans(
    text: str,
    tokens: list[Token],
    anchored: dict[tuple[int, int], float],
    lexical: set[tuple[int, int]],
) -> tuple[Span, ...]:
    """Return the cue spans: lexicon cues that push towards speculation, else the top words."""
    cues = [(w, key) for key, w in anchored.items() if key in lexical and w > 0]
    limit = MAX_CUES
    if not cues:
        cues = [(w, key) for key, w in anchored.items() if w >= CUE_MIN_WEIGHT]
        limit = MAX_WORDS
    chosen: list[tuple[int, int]] = []
    for _, (first, last) in sorted(cues, key=lambda item: (-item[0], item[1])):
        if len(chosen) == limit:
            break
        if all(last < a or first > b for a, b in chosen):
            chosen.append((first, last))
    spans = []
    for first, last in sorted(chosen):
        start, end = tokens[first][0], tokens[last][1]
        spans.append(Span(start, end, text[start:end], "cue"))
    return tuple(spans)
