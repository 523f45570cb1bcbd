"""Print a random sample of scraped articles' skipped spans and short kept lines, for reading.

    python -m training.furniture_sample [--per-corpus 20] [--seed 7] > sample.txt

Each skipped span is printed with its reason (to judge precision: is it really furniture?), and
every kept line of at most 200 characters (to judge recall: furniture lives in short lines).
The judgements from one reading are in `training/data/furniture_judgements.json`.
"""

from __future__ import annotations

import argparse
import random
import re

from flagger.annotations.furniture import find_furniture
from flagger.article import Article
from training.news import EVALUATION_ONLY, read_corpus

SCRAPED = (
    "buzzfeed_webis_2016",
    "fakenewscorpus_sample",
    "horne2017_fakenewsdata1",
    "isot_fake_real_subset",
    "recovery_covid_news_2020",
)
LINE = re.compile(r"[^\n]+")


def main() -> None:
    """Print the sample."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-corpus", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for corpus in SCRAPED:
        assert corpus not in EVALUATION_ONLY
        records = list(read_corpus(corpus))
        rng = random.Random(f"{args.seed}:{corpus}")
        for record in rng.sample(records, args.per_corpus):
            text = record["text"]
            article = Article(text, record.get("title"))
            skipped = find_furniture(article)
            print(f"=== {corpus} {record['id']}")
            for s in skipped:
                print(f"  SKIP {s.reason:13} {s.start}:{s.end} {text[s.start:s.end][:150]!r}")
            for match in LINE.finditer(text):
                start, end = match.span()
                line = text[start:end].strip()
                inside = any(s.start <= start + 1 and end - 1 <= s.end for s in skipped)
                if line and len(line) <= 200 and not inside:
                    print(f"  keep {start}:{end} {line[:150]!r}")
            if "\n" not in text:
                print(f"  flat tail {text[-160:]!r}")


if __name__ == "__main__":
    main()
