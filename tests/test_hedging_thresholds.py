"""The per-round threshold view: scores per round and the logit of a calibrated probability."""

from __future__ import annotations

import numpy as np

from training.hedging_thresholds import logit_at, prf, round_rows


def test_a_probability_maps_back_to_its_logit() -> None:
    logit = logit_at(0.75, slope=2.0, offset=-1.0)
    assert abs(1 / (1 + np.exp(-(2.0 * logit - 1.0))) - 0.75) < 1e-9


def test_each_round_is_scored_on_its_own_sentences() -> None:
    labels = np.array([True, True, False, True, False, False])
    logits = np.array([2.0, -1.0, 1.5, 3.0, -2.0, 0.5])
    rounds = {"one": np.array([1, 1, 1, 0, 0, 0], bool), "two": np.array([0, 0, 0, 1, 1, 1], bool)}
    one, two = round_rows(labels, logits, rounds, cut=1.0)
    assert one[0] == "one" and one[1:] == prf(labels[:3], logits[:3] >= 1.0)
    assert [round(v, 1) for v in one[1:]] == [50.0, 50.0, 50.0]
    assert [round(v, 1) for v in two[1:]] == [100.0, 100.0, 100.0]
