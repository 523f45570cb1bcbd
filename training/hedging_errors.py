"""List the hedge model's false alarms and misses on a file of the team's news labels.

    python -m training.hedging_errors                         # the news dev split
    python -m training.hedging_errors --labels training/data/news_labels/holdout2/gold.jsonl

Each sentence is joined with its corpus text by id and offsets (`training/news_labels.py`) and
scored with the run-time genre; a line shows the score, the model's cue words and, for a miss,
the annotated cue words. Prints to the terminal only: the texts stay in `../shared`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flagger.annotations.hedging.model import HedgeModel
from training.news_labels import GOLD, NewsSentence, load


def errors(
    sentences: list[NewsSentence], model: HedgeModel
) -> tuple[list[tuple[float, NewsSentence, str]], list[tuple[float, NewsSentence, str]]]:
    """Return (false alarms, misses), each as (score, sentence, cue words), by score."""
    alarms, misses = [], []
    for s, score in zip(sentences, model.score([s.text for s in sentences]), strict=True):
        flagged = score.score >= model.threshold
        if flagged and not s.spec:
            alarms.append((score.score, s, "|".join(c.text for c in score.cues)))
        elif s.spec and not flagged:
            misses.append((score.score, s, "|".join(s.text[a:b] for a, b in s.spec_cues)))
    return sorted(alarms, key=lambda e: -e[0]), sorted(misses, key=lambda e: -e[0])


def main(argv: list[str] | None = None) -> None:
    """Print the false alarms and misses of one labels file (the dev split by default)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--labels", type=Path, default=GOLD)
    parser.add_argument("--split", default=None, help="one split (dev for the main file)")
    args = parser.parse_args(argv)
    split = args.split or ("dev" if args.labels == GOLD else None)
    model = HedgeModel.load()
    alarms, misses = errors(load(split, path=args.labels), model)
    for title, rows in (("FALSE ALARMS", alarms), ("MISSES", misses)):
        print(f"\n{title}: {len(rows)}")
        for score, s, cues in rows:
            text = " ".join(s.text.split())
            print(f"{score:.2f} [{cues}] {s.corpus}/{s.article}#{s.index}: {text}")


if __name__ == "__main__":
    main()
