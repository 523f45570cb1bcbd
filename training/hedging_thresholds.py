"""How H101's threshold and warning split hold across label rounds, read out of fold.

    python -m training.hedging_thresholds          # rounds 1-9, ~20 min (one build)

The tagger is built as `training.train_hedging` builds it, on every scored label round
(`SCORED_ROUNDS`); grouped cross-validation gives each sentence of a round a logit from a model
that did not train on its article. The recent-news genre is then calibrated two ways: on the news
dev split alone (what ships) and on every held-out news sentence at once (the out-of-fold train
split and rounds, plus the dev split). For each, the table gives the report and warning thresholds
and precision / recall / F1 per round; a sweep then shows per-round precision and F1 as the
threshold moves. An invented reading: if round 3 scores P 75 where round 1 scores 90 at one
threshold, no threshold chosen on a single split makes precision hold on the next round. Nothing
is written to `models/`; sentences are never printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from training.hedging_data import DEFAULT_DATA, RECENT_NEWS, news_labels, training_sentences
from training.news_labels import SCORED_ROUNDS, held_out
from training.train_hedging import build, calibrate_news

SWEEP = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9)


def prf(labels: np.ndarray, flagged: np.ndarray) -> tuple[float, float, float]:
    """Return precision, recall and F1 (in %) of the speculative class."""
    hits = int((labels & flagged).sum())
    precision = hits / max(int(flagged.sum()), 1)
    recall = hits / max(int(labels.sum()), 1)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return 100 * precision, 100 * recall, 100 * f1


def logit_at(probability: float, slope: float, offset: float) -> float:
    """Return the sentence logit whose calibrated probability is `probability`."""
    return float((np.log(probability / (1 - probability)) - offset) / slope)


def round_rows(
    labels: np.ndarray, logits: np.ndarray, rounds: dict[str, np.ndarray], cut: float
) -> list[tuple[str, float, float, float]]:
    """Return (round, P, R, F1) of the sentences of each round flagged from logit `cut` up."""
    return [(name, *prf(labels[mask], logits[mask] >= cut)) for name, mask in rounds.items()]


def pooled(
    labels: Sequence[np.ndarray], logits: Sequence[np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Return the labels and logits of several sets joined."""
    return np.concatenate(labels), np.concatenate(logits)


def main() -> None:
    """Build once, calibrate two ways and print the per-round tables (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = held_out(SCORED_ROUNDS)
    sentences = training_sentences(args.data, paths)
    tagger, _, oof = build(sentences, args.seed)
    dev = news_labels(args.data, "dev")
    dev_labels = np.array([s.label for s in dev]) == 1
    dev_logits = np.array([tagger.logits(s.text, RECENT_NEWS)[0] for s in dev])
    news = np.array([s.genre == RECENT_NEWS for s in sentences])
    labels = np.array([s.label for s in sentences]) == 1
    docs = {p.parent.name: {s.doc_id for s in news_labels(args.data, None, p)} for p in paths}
    rounds = {name: news & np.array([s.doc_id in ids for s in sentences])
              for name, ids in docs.items()}
    genre = tagger.genres[RECENT_NEWS]
    choices = {
        "dev split": calibrate_news(genre, dev_labels, dev_logits, args.seed)[0],
        "pooled": calibrate_news(genre, *pooled([labels[news], dev_labels],
                                                [oof[news], dev_logits]), args.seed)[0],
    }
    for name, weights in choices.items():
        report = logit_at(weights.threshold, weights.slope, weights.offset)
        warning = logit_at(weights.warning, weights.slope, weights.offset)
        print(f"\n{name}: report {weights.threshold:.2f}, warning {weights.warning:.2f}\n"
              "| round | P | R | F1 | warnings P | warnings R |\n|---|---:|---:|---:|---:|---:|")
        for (r, p, rec, f1), (_, wp, wr, _) in zip(
            round_rows(labels, oof, rounds, report), round_rows(labels, oof, rounds, warning),
            strict=True,
        ):
            print(f"| {r} | {p:.1f} | {rec:.1f} | {f1:.1f} | {wp:.1f} | {wr:.1f} |")
        p, rec, f1 = prf(dev_labels, dev_logits >= report)
        print(f"| dev split | {p:.1f} | {rec:.1f} | {f1:.1f} | - | - |")
    weights = choices["pooled"]
    print("\nsweep (pooled calibration): P / F1 per round\n| threshold | "
          + " | ".join(rounds) + " |\n|---:|" + "---:|" * len(rounds))
    for probability in SWEEP:
        cut = logit_at(probability, weights.slope, weights.offset)
        cells = [f"{p:.0f} / {f1:.0f}" for _, p, _, f1 in round_rows(labels, oof, rounds, cut)]
        print(f"| {probability:.2f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
