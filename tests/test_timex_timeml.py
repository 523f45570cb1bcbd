"""The TempEval-3 style scorer on the shared TimeML corpora (skipped when they are absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.evaluate_timex import evaluate
from training.timeml import read_corpus

TIMEML = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeml"


@pytest.mark.skipif(
    not (TIMEML / "te3-platinum").is_dir(),
    reason="../shared/data/timeml (third-party TimeML corpora) is not available",
)
def test_platinum_scores_stay_above_the_floor() -> None:
    docs = read_corpus(TIMEML / "te3-platinum")
    scores, _, _ = evaluate(docs)
    assert scores.gold == 138
    assert scores.prf(scores.relaxed)[2] > 85
    assert scores.prf(scores.value)[2] > 70
