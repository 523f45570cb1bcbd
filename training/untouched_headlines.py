"""Run N101's headline counts on every untouched article with a title and list each finding.

    python -m training.untouched_headlines            # all titled untouched articles
    python -m training.untouched_headlines --per-corpus 1500

Untouched: the non-evaluation corpora, without any article a JSONL file under `training/data/`
names. Each finding is printed with the headline and the lede count it is set against, for
reading; the last line counts articles and findings.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from flagger import Flagger
from flagger.article import Article
from training.news import SHARED_DATA, read_corpus
from training.untouched_places_numbers import CORPORA

DATA = Path(__file__).resolve().parent / "data"


def named_articles() -> set[str]:
    """Every article id a JSONL file under training/data names."""
    ids: set[str] = set()
    for path in sorted(DATA.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict) and "article" in row:
                ids.add(str(row["article"]))
    return ids


def main() -> None:
    """Print every headline N101 finding on the untouched titled articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--per-corpus", type=int, default=100_000)
    args = parser.parse_args()
    used = named_articles()
    checker = Flagger(select="N101")
    articles = findings = 0
    for corpus in CORPORA:
        taken = 0
        for row in read_corpus(corpus, args.data, pool="open"):
            if str(row["id"]) in used or not row.get("title") or not row.get("text"):
                continue
            if taken == args.per_corpus:
                break
            taken += 1
            report = checker.analyze_article(Article(text=row["text"], title=row["title"]))
            for finding in report.findings:
                if finding.field != "title":
                    continue
                findings += 1
                lede = finding.related[0]
                print(f"{corpus} {row['id']} | {row['title']} | {lede.text!r} at "
                      f"{lede.start}-{lede.end} | {finding.message}")
            articles += 1
    print(f"untouched titled articles: {articles}; headline count findings: {findings}")


if __name__ == "__main__":
    main()
