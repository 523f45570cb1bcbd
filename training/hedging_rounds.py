"""Leave one held-out label round out, train on the rest, score the round left out.

    python -m training.hedging_rounds                       # rounds four to seven, ~1 hour
    python -m training.hedging_rounds --rounds holdout7     # one round

The honest measure of what training on more rounds does: each round named is removed from the
training rounds (`training.news_labels.HELD_OUT`), the tagger is built and calibrated as
`training.train_hedging` builds it, and the sentences of that round are scored at the
recent-news report threshold and at the warning threshold. Nothing is written to `models/`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flagger.annotations.hedging.tagger import CueTagger
from training.evaluate_hedging import prf
from training.hedging_data import DEFAULT_DATA, RECENT_NEWS, news_labels, training_sentences
from training.news_labels import HELD_OUT, LABELS
from training.train_hedging import build_calibrated

ROUNDS = ("holdout4", "holdout5", "holdout6", "holdout7")


def score_round(tagger: CueTagger, data: Path, name: str) -> str:
    """Return "P / R / F1 | warnings P / R" of `tagger` on the sentences of round `name`."""
    sentences = news_labels(data, None, LABELS / name / "gold.jsonl")
    genre = tagger.genres[RECENT_NEWS]
    scores = [tagger.score(s.text, RECENT_NEWS)[0] for s in sentences]
    gold = [s.label for s in sentences]
    report = prf(gold, [int(p >= genre.threshold) for p in scores])
    warning = prf(gold, [int(p >= max(genre.warning, genre.threshold)) for p in scores])
    return (f"{report['precision']:.1f} / {report['recall']:.1f} / {report['f1']:.1f} | "
            f"warnings {warning['precision']:.1f} / {warning['recall']:.1f}")


def main() -> None:
    """Print one line per round left out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", nargs="+", default=list(ROUNDS))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for name in args.rounds:
        left_out = LABELS / name / "gold.jsonl"
        if left_out not in HELD_OUT:
            raise SystemExit(f"{name} is not a training round: {[p.parent.name for p in HELD_OUT]}")
        rounds = [path for path in HELD_OUT if path != left_out]
        tagger, _ = build_calibrated(training_sentences(args.data, rounds),
                                     news_labels(args.data, "dev"), args.seed)
        print(f"{name} left out: {score_round(tagger, args.data, name)}", flush=True)


if __name__ == "__main__":
    main()
