"""Print how often the A rules fire per 1,000 words, corpus by corpus and label by label.

Usage: python -m training.attribution_rates [--data ../shared/data] [--limit 2000]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from flagger.article.published import DateError, parse_published
from flagger.detectors.attribution import RULES
from flagger.pipeline import Flagger
from training.news import SHARED_DATA, read_corpus

CORPORA = ("reuters21578", "recovery_covid_news_2020")
CODES = tuple(rule.code for rule in RULES)
WORD = re.compile(r"\w+")


def main() -> None:
    """Run the attribution rules over each corpus and print rates per 1,000 words."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--limit", type=int, default=2000, help="articles per corpus and label")
    args = parser.parse_args()
    checker = Flagger(select="A")
    words: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    flagged: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for corpus in CORPORA:
        for record in read_corpus(corpus, args.data):
            group = (corpus, record.get("label") or "-")
            if articles[group] >= args.limit or not record.get("text"):
                continue
            try:
                published = parse_published(record["date"]) if record.get("date") else None
            except DateError:
                published = None
            report = checker.analyze(record["text"], published=published)
            articles[group] += 1
            words[group] += len(WORD.findall(record["text"]))
            flagged[group].update(f.rule for f in report.findings if not f.quoted)
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


if __name__ == "__main__":
    main()
