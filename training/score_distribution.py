"""Print the article score's percentiles per corpus, old and new formula, and by article length.

    python -m training.score_distribution [--per-corpus 150] [--seed 2026]

The score should compare short and long stories: under the new formula the median score of the
longest third of a corpus should be close to that of the shortest third (the old formula counted
every vague attribution at a fixed weight, so long stories scored higher for being long).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from statistics import quantiles
from typing import Any

from flagger.report.summary import article_score, old_article_score
from training.corpus_reports import analyse

Score = Callable[[int, int, int, int], int]


def score_of(row: dict[str, Any], formula: Score) -> int:
    """Return an article's score from its finding rows, as `summarise` counts them."""
    own = [f for f in row["findings"] if not f[3]]
    hedged = {f[5] for f in own if f[0].startswith("H") and f[4] == "text"}
    attributions = sum(f[0].startswith("A") for f in own)
    conflicts = sum(f[0].startswith("T") for f in row["findings"])
    return formula(len(hedged), row["sentences"], attributions, conflicts)


def _median(values: list[int]) -> float:
    values = sorted(values)
    middle = len(values) // 2
    return float(values[middle]) if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def main() -> None:
    """Print the tables (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-corpus", type=int, default=150)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    corpora = analyse(args.per_corpus, args.seed)
    print("| corpus | articles | p10 | p25 | p50 | p75 | p90 | max | median short / long third "
          "(new) | (old) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for name, rows in corpora.items():
        new = [score_of(r, article_score) for r in rows]
        cuts = quantiles(new, n=20, method="inclusive")
        by_length = sorted(rows, key=lambda r: r["sentences"])
        third = len(rows) // 3
        short, long = by_length[:third], by_length[-third:]
        spread = []
        for formula in (article_score, old_article_score):
            spread.append(
                f"{_median([score_of(r, formula) for r in short]):.0f} / "
                f"{_median([score_of(r, formula) for r in long]):.0f}"
            )
        print(
            f"| {name} | {len(rows)} | {cuts[1]:.0f} | {cuts[4]:.0f} | {cuts[9]:.0f} | "
            f"{cuts[14]:.0f} | {cuts[17]:.0f} | {max(new)} | {spread[0]} | {spread[1]} |"
        )


if __name__ == "__main__":
    main()
