"""Print the share of untouched articles per corpus that fail the default gate, before and after.

    python -m training.gate_share [--per-corpus 150] [--seed 2026]

Before: flagger 0.2's default `--fail-on warning` (any warning fails). After: the default
`--fail-on confident` (flagger/report/gate.py: errors and date contradictions). Both gates read
the same findings of the same seeded sample (training/corpus_reports.py).
"""

from __future__ import annotations

import argparse

from flagger.report.finding import Finding
from flagger.report.gate import trips
from training.corpus_reports import analyse

CATEGORY = {"H": "hedging", "A": "attribution", "T": "temporal"}


def _findings(rows: list[list[object]]) -> list[Finding]:
    """Rebuild the findings the gate reads (rule, category, severity) from stored rows."""
    return [
        Finding(str(r[0]), "", CATEGORY[str(r[0])[0]], r[1], 0, 0, 0, "")  # type: ignore[arg-type]
        for r in rows
    ]


def main() -> None:
    """Print the table (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-corpus", type=int, default=150)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    corpora = analyse(args.per_corpus, args.seed)
    print("| corpus | articles | fail `--fail-on warning` (before) | fail `confident` (after) |")
    print("|---|---:|---:|---:|")
    for name, rows in corpora.items():
        before = sum(trips(_findings(r["findings"]), "warning") for r in rows)
        after = sum(trips(_findings(r["findings"]), "confident") for r in rows)
        n = len(rows)
        print(f"| {name} | {n} | {before / n:.0%} ({before}) | {after / n:.0%} ({after}) |")


if __name__ == "__main__":
    main()
