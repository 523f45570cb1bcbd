"""H101 on untouched articles: warnings per article, the gate share and the hedge scoring time.

    python -m training.hedging_untouched [--articles 500] [--seed 2026] [--show 40]

Articles are drawn evenly from the non-evaluation corpora of `training/corpus_reports.py`,
leaving out every article of the news labels the model trains on. Prints H101 warnings and infos
per article, the share of articles that trip `--fail-on warning` (any rule) and that hold an H101
warning, the per-article hedge scoring time (process time, median of 3 runs, over the first 200
articles) and, with `--show`, a seeded sample of H101 warnings to read.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from typing import Any

from flagger.annotations.hedging.model import HedgeModel
from flagger.article.reading import article_from_record
from flagger.pipeline import Flagger
from flagger.report import Report
from flagger.report.gate import trips as trips_gate
from training.corpus_reports import CORPORA, _records
from training.news_labels import HELD_OUT, load

TIMED = 200


def sample(articles: int, seed: int) -> list[dict[str, Any]]:
    """Return a seeded sample of unlabelled articles, an equal share from each corpus."""
    rows = load() + [s for path in HELD_OUT for s in load(None, path=path)]
    labelled = {(s.corpus, s.article) for s in rows}
    per_corpus = -(-articles // len(CORPORA))
    chosen: list[dict[str, Any]] = []
    for name in CORPORA:
        corpus = name.partition(":")[0]
        records = [r for r in _records(name) if (corpus, str(r["id"])) not in labelled]
        chosen += random.Random(f"{seed}:{name}").sample(records, min(per_corpus, len(records)))
    return random.Random(seed).sample(chosen, min(articles, len(chosen)))


def scoring_ms(model: HedgeModel, report: Report) -> float:
    """Return the median process time (ms) of scoring an article's sentences, over 3 runs."""
    texts = [s.text for s in report.sentences]
    runs = []
    for _ in range(3):
        start = time.process_time()
        model.score(texts)
        runs.append(time.process_time() - start)
    return 1000 * statistics.median(runs)


def main() -> None:
    """Analyse the sample and print the counts (Markdown) and the warnings to read."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    checker, model = Flagger(), HedgeModel.load()
    warnings = infos = trips = hedge_trips = 0
    reports, timings, shown = [], [], []
    for record in sample(args.articles, args.seed):
        try:
            report = checker.analyze_article(article_from_record(record, str(record["id"])))
        except ValueError:
            continue
        reports.append(report)
        h101 = [f for f in report.findings if f.rule == "H101"]
        warnings += sum(f.severity == "warning" for f in h101)
        infos += sum(f.severity == "info" for f in h101)
        trips += trips_gate(report.findings, "warning")
        hedge_trips += any(f.severity == "warning" for f in h101)
        text = [s.text for s in report.sentences]
        shown += [
            f"{f.message} | {text[f.sentence]}"
            for f in h101
            if f.severity == "warning" and f.field == "text"
        ]
        if len(timings) < TIMED:
            timings.append(scoring_ms(model, report))
    n = max(len(reports), 1)
    print(f"| articles | H101 warnings / article | H101 infos / article | trip `--fail-on "
          f"warning` | hold an H101 warning | hedge scoring ms / article (median, mean) |\n"
          f"|---:|---:|---:|---:|---:|---:|\n| {len(reports)} | {warnings / n:.2f} | "
          f"{infos / n:.2f} | {trips / n:.0%} | {hedge_trips / n:.0%} | "
          f"{statistics.median(timings):.3f}, {statistics.mean(timings):.3f} |")  # fmt: skip
    for line in random.Random(args.seed).sample(shown, min(args.show, len(shown))):
        print(line)


if __name__ == "__main__":
    main()
