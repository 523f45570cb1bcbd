"""Print how often the A rules fire per 1,000 words, corpus by corpus and label by label.

Usage: python -m training.attribution_rates [--data ../shared/data] [--limit 2000]
       python -m training.attribution_rates --all-corpora --limit 60 --read 80 --seed 0

`--read N` prints N findings drawn at random (fixed seed) from the run, each with its sentence,
for a reader to mark right or wrong; labelled articles are left out. The text is shown, never
stored.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from flagger.article.published import DateError, parse_published
from flagger.detectors.attribution import RULES
from flagger.pipeline import Flagger
from flagger.report.finding import Finding
from training.news import EVALUATION_ONLY, SHARED_DATA, read_corpus
from training.news_labels import GOLD

HELD_OUT = sorted(GOLD.parent.glob("holdout*/gold.jsonl"))  # every held-out round's labels

CORPORA = ("reuters21578", "recovery_covid_news_2020")
CODES = tuple(rule.code for rule in RULES)
WORD = re.compile(r"\w+")


def main() -> None:
    """Run the attribution rules over each corpus and print rates per 1,000 words."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--limit", type=int, default=2000, help="articles per corpus and label")
    parser.add_argument("--read", type=int, default=0, help="print this many random findings")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--all-corpora", action="store_true", help="every non-evaluation corpus")
    args = parser.parse_args()
    labelled = _labelled()
    drawn: list[tuple[str, str, str, Finding]] = []
    checker = Flagger(select="A")
    words: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    flagged: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    names = CORPORA
    if args.all_corpora:
        folders = (p for p in (args.data / "news").iterdir() if (p / "articles.jsonl").is_file())
        names = tuple(sorted(p.name for p in folders if p.name not in EVALUATION_ONLY))
    for corpus in names:
        for record in read_corpus(corpus, args.data):
            group = (corpus, record.get("label") or "-")
            if articles[group] >= args.limit or not record.get("text"):
                continue
            if (corpus, str(record["id"])) in labelled:
                continue
            try:
                published = parse_published(record["date"]) if record.get("date") else None
            except DateError:
                published = None
            report = checker.analyze(record["text"], published=published)
            articles[group] += 1
            words[group] += len(WORD.findall(record["text"]))
            flagged[group].update(f.rule for f in report.findings if not f.quoted)
            drawn.extend((corpus, str(record["id"]), record["text"], f) for f in report.findings)
    print(f"| corpus | label | articles | words | {' | '.join(CODES)} | all A per 1,000 words |")
    print("|---|---|---:|---:|" + "---:|" * len(CODES) + "---:|")
    for group in sorted(articles):
        per_k = {code: 1000 * flagged[group][code] / words[group] for code in CODES}
        total = sum(per_k.values())
        print(
            f"| {group[0]} | {group[1]} | {articles[group]} | {words[group]} | "
            + " | ".join(f"{rate:.2f}" for rate in per_k.values())
            + f" | {total:.2f} |"
        )
    if args.read:
        _print_sample(drawn, args.read, args.seed)


def _labelled() -> set[tuple[str, str]]:
    """Return the (corpus, id) of the articles of the team's and the held-out labels."""
    keys = set()
    for path in (GOLD, *HELD_OUT):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                keys.add((row["corpus"], str(row["article"])))
    return keys


def _print_sample(drawn: list[tuple[str, str, str, Finding]], count: int, seed: int) -> None:
    """Print `count` findings drawn at random, each with its sentence, to be read."""
    for corpus, ident, text, finding in random.Random(seed).sample(drawn, min(count, len(drawn))):
        start = max(text.rfind(".", 0, finding.start) + 1, finding.start - 200)
        end = text.find(".", finding.end)
        end = len(text) if end < 0 else min(end + 1, finding.end + 160)
        cue = text[finding.start : finding.end]
        shown = " ".join(f"{text[start : finding.start]}[[{cue}]]{text[finding.end : end]}".split())
        print(f"{finding.rule} {corpus}/{ident} {finding.start}-{finding.end}: {shown}")


if __name__ == "__main__":
    main()
