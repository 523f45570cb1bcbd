"""Run the T rules on 2,000 untouched dated articles and score the findings by hand.

    python -m training.untouched_dates --show     # print every T finding with its context
    python -m training.untouched_dates            # precision from the stored verdicts

The articles come from the dated non-evaluation corpora (never the evaluation-only ones) and
the open pool (never the reserved one blind writers draw from), leaving out every article any
plant, negative, real-error or label file of any round names; a fixed seed picks them.
Verdicts are stored in `data/date_precision.jsonl` as corpus, article id, rule,
field, offsets and verdict ("correct" or "wrong"), never the article text.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import flagger
from training.news import SHARED_DATA, read_corpus

DATA = Path(__file__).resolve().parent / "data"
VERDICTS = DATA / "date_precision.jsonl"
SAMPLE = {"reuters21578": 900, "isot_fake_real_subset": 500, "recovery_covid_news_2020": 400,
          "tempeval3_silver_afp_xinhua_sample": 100, "fakenewsnet_v1_buzzfeed_politifact": 200,
          "timebank_aquaint_tbaq": 200}
"""Articles drawn per corpus (all of a corpus that has fewer untouched dated articles)."""
SEED = 13


def _used() -> set[tuple[str, str]]:
    """Every (corpus, article) a file under training/data names: plants, negatives, real errors
    and labels of every round, but no verdict file (recording one never redraws the sample)."""
    used = set()
    files = [p for p in DATA.rglob("*.jsonl") if p != VERDICTS and "verdicts" not in p.name]
    for path in sorted(files):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line) if line.strip() else None
                if isinstance(row, dict) and "corpus" in row and "article" in row:
                    used.add((row["corpus"], str(row["article"])))
    return used


def sample(data: Path = SHARED_DATA) -> list[dict[str, Any]]:
    """The untouched dated articles, in corpus order."""
    used = _used()
    picked: list[dict[str, Any]] = []
    for corpus, n in SAMPLE.items():
        records = [r for r in read_corpus(corpus, data, pool="open")
                   if r.get("date") and (corpus, r["id"]) not in used]
        picked.extend(random.Random(SEED).sample(records, min(n, len(records))))
    return picked


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each finding in context")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args(argv)
    checker = flagger.Flagger(select="T")
    verdicts: dict[tuple[str, str, str, str, int, int], str] = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            v = json.loads(line)
            verdicts[(v["corpus"], v["article"], v["rule"], v["field"], v["start"],
                      v["end"])] = v["verdict"]
    articles = sample(args.data)
    by_rule: Counter[str] = Counter()
    scored: Counter[tuple[str, str]] = Counter()
    unscored = 0
    for record in articles:
        report = checker.analyze(record["text"], published=record["date"],
                                 title=record.get("title") or None)
        for f in report.findings:
            if not f.rule.startswith("T"):
                continue
            by_rule[f.rule] += 1
            key = (record.get("dataset", ""), record["id"], f.rule,
                   f.field, f.start, f.end)
            verdict = verdicts.get(key)
            if verdict is None:
                unscored += 1
            else:
                scored[(f.rule, verdict)] += 1
            if args.show:
                source = report.article.text if f.field == "text" else report.article.title or ""
                print(json.dumps({"corpus": key[0], "article": key[1], "rule": f.rule,
                                  "field": f.field, "start": f.start, "end": f.end,
                                  "verdict": verdict}))
                print("   ", repr(source[max(f.start - 200, 0) : f.end + 120]))
                print("   ", f.message)
    total = sum(by_rule.values())
    correct = sum(n for (_, v), n in scored.items() if v == "correct")
    judged = sum(scored.values())
    print(f"untouched articles: {len(articles)}; T findings: {total} "
          f"({100 * total / len(articles):.2f} per 100 articles); unscored: {unscored}")
    print(f"{'rule':<6} {'findings':>8} {'correct':>8} {'wrong':>6}")
    for rule in sorted(by_rule):
        print(f"{rule:<6} {by_rule[rule]:>8} {scored[(rule, 'correct')]:>8} "
              f"{scored[(rule, 'wrong')]:>6}")
    if judged:
        print(f"precision: {correct}/{judged} = {100 * correct / judged:.1f}%")


if __name__ == "__main__":
    main()
