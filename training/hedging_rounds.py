"""Leave one held-out label round out, train on the rest, score the round left out.

    python -m training.hedging_rounds                       # rounds four to seven, ~1 hour
    python -m training.hedging_rounds --rounds holdout7     # one round
    python -m training.hedging_rounds --trained-rounds 9 --rounds holdout8 holdout9
    python -m training.hedging_rounds --trained-rounds 7 --rounds holdout8 holdout9  # one build

The honest measure of what training on more rounds does: each round named is removed from the
training rounds (`training.news_labels.HELD_OUT`), the tagger is built and calibrated as
`training.train_hedging` builds it, and the sentences of that round are scored at the
recent-news report threshold and at the warning threshold; FactBank's test documents are scored
at the news genre's threshold, which grouped cross-validation on FactBank's 2,181 training
sentences chooses (one recipe trained on different rounds got 0.37 to 0.52, about 2 points of
F1 between them). `--trained-rounds` measures training on more rounds than `TRAINED_ROUNDS`
before the constant is raised; a round after the trained ones (round 8 with `--trained-rounds 7`)
is scored by the tagger trained on all of them, built once for every such round, so training on 7
and on 12 rounds are compared on rounds 8 to 12 that neither saw. The newest round, written blind
for the next run, is refused. Nothing is written to `models/`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flagger.annotations.hedging.tagger import CueTagger
from training.evaluate_hedging import ours, prf
from training.hedging_data import (
    DEFAULT_DATA,
    RECENT_NEWS,
    news_labels,
    test_sets,
    training_sentences,
)
from training.news_labels import LABELS, SCORED_ROUNDS, TRAINED_ROUNDS, held_out
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


def score_factbank(tagger: CueTagger, data: Path) -> str:
    """Return "FactBank F1 x at news threshold t" for `tagger` on FactBank's test documents."""
    factbank = test_sets(data)[0]
    predicted = ours(tagger)([s.text for s in factbank.sentences], factbank.genre)
    f1 = prf([s.label for s in factbank.sentences], predicted)["f1"]
    return f"FactBank F1 {f1:.1f} at news threshold {tagger.genres[factbank.genre].threshold:.2f}"


def training_rounds(name: str, trained: int) -> list[Path]:
    """Return the label files of the first `trained` rounds but round `name` ("holdout8"): all
    of them when `name` comes after them (holdout8 with 7 trained)."""
    left_out = LABELS / name / "gold.jsonl"
    if trained > SCORED_ROUNDS or left_out not in held_out(SCORED_ROUNDS):
        raise SystemExit(f"round {SCORED_ROUNDS + 1} is written blind for the next run: never "
                         f"trained on; {name} must be one of the first {SCORED_ROUNDS}")
    return [path for path in held_out(trained) if path != left_out]


def main() -> None:
    """Print one line per round left out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", nargs="+", default=list(ROUNDS))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--trained-rounds", type=int, default=TRAINED_ROUNDS)
    args = parser.parse_args()
    built: dict[tuple[Path, ...], CueTagger] = {}
    for name in args.rounds:
        rounds = tuple(training_rounds(name, args.trained_rounds))
        if rounds not in built:
            built[rounds], _ = build_calibrated(training_sentences(args.data, list(rounds)),
                                                news_labels(args.data, "dev"), args.seed)
        tagger = built[rounds]
        print(f"{name} left out: {score_round(tagger, args.data, name)}; "
              f"{score_factbank(tagger, args.data)}", flush=True)


if __name__ == "__main__":
    main()
