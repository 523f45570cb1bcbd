"""Leave one scored round out: does a trained vague-attribution scorer add to the A rules?

    python -m training.attribution_rounds                       # every scored round, ~2 minutes
    python -m training.attribution_rounds --train residual      # only what the rules leave
    python -m training.attribution_rounds --no-rule-features --balanced --c 0.1 --show
    python -m training.attribution_rounds --check                  # train on all nine, score 10-11

For each round left out, a logistic regression over attribution-grammar features
(`training.attribution_features`; by default also which A rules fired in the sentence) is trained
on the team's train split and the other scored rounds; only sentences with a speech, cognition or
hearsay cue word are scored. The threshold of rules OR model is chosen on the team's dev split
(best F1 there with precision at least 85, never on the round scored). The left-out round is
scored three ways: the rules alone, the model alone (at 0.5) and rules OR model. `--show` prints
the sentences the model adds to the rules. `--check` trains on the train split and all nine
rounds instead and scores the check rounds (`CHECK_ROUNDS`), which nothing was built from; only
their scores are printed. Nothing is written to `models/`.
"""

from __future__ import annotations

import argparse
import math
import statistics
from collections.abc import Sequence
from pathlib import Path

from training.attribution_data import CHECK_ROUNDS, ROUNDS, Example, load_groups
from training.evaluate_hedging import prf
from training.news import SHARED_DATA

THRESHOLDS = tuple(t / 100 for t in range(30, 100, 2))
MIN_PRECISION = 85.0
"""The dev precision rules OR model must keep for a threshold to be chosen."""
Weights = tuple[dict[str, float], float]
Row = tuple[tuple[str, ...], int]


def with_rules(example: Example) -> tuple[str, ...]:
    """Return a cued example's features and the codes of the A rules that fired in it."""
    if not example.features:
        return ()
    return example.features + (tuple(f"rule={c}" for c in example.rules) or ("rule=none",))


def fit(rows: Sequence[Row], seed: int, c: float, balanced: bool) -> Weights:
    """Return the weights and intercept of a logistic regression on (features, label) rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([dict.fromkeys(names, 1) for names, _ in rows])
    model = LogisticRegression(
        C=c, max_iter=5000, random_state=seed, class_weight="balanced" if balanced else None
    )
    model.fit(x, [label for _, label in rows])
    names = vectoriser.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True) if w}
    return weights, float(model.intercept_[0])


def probability(names: tuple[str, ...], model: Weights) -> float:
    """Return the model's probability that a sentence is vague (0 without features)."""
    if not names:
        return 0.0
    weights, intercept = model
    z = intercept + sum(weights.get(name, 0.0) for name in set(names))
    return 1 / (1 + math.exp(-z))


def combined(examples: Sequence[Example], probs: Sequence[float], threshold: float) -> list[int]:
    """Return rules OR model-above-threshold, per sentence."""
    return [int(bool(e.rules) or p >= threshold) for e, p in zip(examples, probs, strict=True)]


def choose(dev: Sequence[Example], probs: Sequence[float]) -> float:
    """Return the threshold of best dev F1 for rules OR model at precision >= MIN_PRECISION
    (1.0, the model never firing, when none keeps it)."""
    gold = [e.vague for e in dev]
    best, chosen = -1.0, 1.0
    for t in THRESHOLDS:
        m = prf(gold, combined(dev, probs, t))
        if m["precision"] >= MIN_PRECISION and m["f1"] > best:
            best, chosen = m["f1"], t
    return chosen


def _line(m: dict[str, float]) -> str:
    return f"{m['precision']:5.1f} / {m['recall']:5.1f} / {m['f1']:5.1f}"


def main() -> None:
    """Print one line per round left out, then the means over the rounds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--rounds", nargs="+", default=list(ROUNDS), choices=ROUNDS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--train", choices=("all", "residual"), default="all",
                        help="train on every cued sentence, or only where no A rule fired")
    parser.add_argument("--rule-features", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--balanced", action="store_true", help="class-weighted regression")
    parser.add_argument("--show", action="store_true", help="print the sentences added")
    parser.add_argument("--check", action="store_true",
                        help="train on every round, score the check rounds (scores only)")
    args = parser.parse_args()
    names = with_rules if args.rule_features else (lambda e: e.features)
    groups = load_groups(args.data, ROUNDS + CHECK_ROUNDS if args.check else ROUNDS)
    scored = CHECK_ROUNDS if args.check else args.rounds
    print(f"{'round':9} {'rules P / R / F1':21} {'model P / R / F1':21} "
          f"{'rules OR model P / R / F1':27} threshold  added (right)")
    rows: list[tuple[dict[str, float], ...]] = []
    for name in scored:
        left_out = ("dev", *CHECK_ROUNDS) if args.check else ("dev", name)
        train = [e for g, part in groups.items() if g not in left_out for e in part]
        if args.train == "residual":
            train = [e for e in train if not e.rules]
        model = fit([(names(e), e.vague) for e in train if e.features], args.seed, args.c,
                    args.balanced)
        dev = groups["dev"]
        threshold = choose(dev, [probability(names(e), model) for e in dev])
        test = groups[name]
        probs = [probability(names(e), model) for e in test]
        gold = [e.vague for e in test]
        added = [(e, p) for e, p in zip(test, probs, strict=True) if not e.rules and p >= threshold]
        rules = prf(gold, [int(bool(e.rules)) for e in test])
        alone = prf(gold, [int(p >= 0.5) for p in probs])
        both = prf(gold, combined(test, probs, threshold))
        rows.append((rules, alone, both))
        print(f"{name:9} {_line(rules):21} {_line(alone):21} {_line(both):27} {threshold:9.2f}  "
              f"{len(added)} ({sum(e.vague for e, _ in added)})", flush=True)
        for e, p in added if args.show and not args.check else ():
            print(f"    {'vague' if e.vague else 'not  '} {p:.2f} {' '.join(e.text.split())}")
    means = [
        {k: statistics.fmean(r[i][k] for r in rows) for k in ("precision", "recall", "f1")}
        for i in range(3)
    ]
    print(f"{'mean':9} {_line(means[0]):21} {_line(means[1]):21} {_line(means[2]):27}")


if __name__ == "__main__":
    main()
