"""The recent-news genre is calibrated on pooled held-out news logits: Platt, report, warning."""

from __future__ import annotations

import numpy as np

from flagger.annotations.hedging.tagger import GenreWeights
from training.train_hedging import calibrate_news


def test_the_pooled_thresholds_rise_with_the_precision_asked() -> None:
    rng = np.random.default_rng(0)
    labels = np.array([0] * 300 + [1] * 100)
    logits = np.concatenate([rng.normal(-2.0, 1.5, 300), rng.normal(1.5, 1.5, 100)])
    genre = GenreWeights({"t may": 1.0}, bias=-1.0, slope=1.0, offset=0.0, threshold=0.5)
    calibrated, info = calibrate_news(genre, labels, logits, seed=0)
    assert calibrated.weights == genre.weights and calibrated.bias == genre.bias
    assert calibrated.slope > 0
    assert info["best_f1_threshold"] <= calibrated.threshold <= calibrated.warning < 1.0
    assert (info["sentences"], info["speculative"]) == (400, 100)
    flagged = calibrated.slope * logits + calibrated.offset >= np.log(
        calibrated.warning / (1 - calibrated.warning)
    )
    assert labels[flagged].mean() >= 0.90
