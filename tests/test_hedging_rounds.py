"""Leave-one-round-out hedging runs: which label rounds a run trains on."""

from __future__ import annotations

import pytest

from training.hedging_rounds import training_rounds
from training.news_labels import HELD_OUT, LABELS, SCORED_ROUNDS, TRAINED_ROUNDS, held_out


def test_the_trained_rounds_are_the_first_ones_in_order() -> None:
    assert [p.parent.name for p in held_out(3)] == ["holdout", "holdout2", "holdout3"]
    assert held_out(TRAINED_ROUNDS) == HELD_OUT


def test_a_run_trains_on_every_round_but_the_one_it_scores() -> None:
    rounds = training_rounds("holdout2", 3)
    assert rounds == [LABELS / "holdout" / "gold.jsonl", LABELS / "holdout3" / "gold.jsonl"]


def test_a_round_after_the_trained_ones_is_scored_by_all_of_them() -> None:
    assert training_rounds("holdout4", 3) == list(held_out(3))
    assert training_rounds("holdout5", 3) == training_rounds("holdout4", 3)


def test_the_round_after_the_scored_ones_is_never_trained_on_nor_scored() -> None:
    assert training_rounds("holdout2", SCORED_ROUNDS)[-1].parent.name == f"holdout{SCORED_ROUNDS}"
    with pytest.raises(SystemExit, match=f"round {SCORED_ROUNDS + 1} is written blind"):
        training_rounds("holdout2", SCORED_ROUNDS + 1)
    with pytest.raises(SystemExit, match=f"round {SCORED_ROUNDS + 1} is written blind"):
        training_rounds(f"holdout{SCORED_ROUNDS + 1}", 3)
