"""Choose the news articles the team labels for hedging and vague attribution (`spec`, `vague`).

The sample is fixed by a seed: whole articles from the non-evaluation corpora, spread over
outlets, reliability labels and years, each split into sentences with offsets. Labels are kept
in `training/data/news_labels/` as article ids and offsets; this script writes the texts only to
a work file outside the repository, for annotators to read.

    python -m training.news_sample --out /tmp/news_sample.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from flagger.annotations.sentences import split_sentences
from training.news import EVALUATION_ONLY, SHARED_DATA, read_corpus

SEED = 13
# corpus -> articles to draw; spread over genres, reliability labels and years.
QUOTA = {
    "bbc_fulltext_2004_2005": 34,
    "recovery_covid_news_2020": 36,
    "buzzfeed_webis_2016": 24,
    "fakenewsnet_v1_buzzfeed_politifact": 18,
    "isot_fake_real_subset": 26,
    "tempeval3_silver_afp_xinhua_sample": 20,
    "reuters21578": 26,
    "horne2017_fakenewsdata1": 10,
    "fakenewscorpus_sample": 10,
    "perezrosas2018_fakenewsamt_celebrity": 8,
    "golbeck2018_fake_vs_satire": 6,
    "timebank_aquaint_tbaq": 6,
}
MIN_SENTENCES, MAX_SENTENCES = 6, 40


def sample_articles(data: Path = SHARED_DATA, seed: int = SEED) -> list[dict[str, object]]:
    """Return the sampled articles, each with its sentences' offsets, in a fixed order."""
    assert not EVALUATION_ONLY & QUOTA.keys()
    rng = random.Random(seed)
    chosen: list[dict[str, object]] = []
    for corpus, quota in QUOTA.items():
        rows = sorted(read_corpus(corpus, data), key=lambda row: str(row["id"]))
        rng.shuffle(rows)
        by_label: dict[str, list[dict[str, object]]] = {}
        for row in rows:
            by_label.setdefault(str(row.get("label")), []).append(row)
        labels = sorted(by_label)
        picked = 0
        cursors = dict.fromkeys(labels, 0)
        while picked < quota and any(cursors[k] < len(by_label[k]) for k in labels):
            for label in labels:
                if picked >= quota:
                    break
                pool = by_label[label]
                while cursors[label] < len(pool):
                    row = pool[cursors[label]]
                    cursors[label] += 1
                    text = str(row.get("text") or "")
                    sentences = split_sentences(text)
                    if MIN_SENTENCES <= len(sentences) <= MAX_SENTENCES:
                        chosen.append(
                            {
                                "corpus": corpus,
                                "id": row["id"],
                                "label": row.get("label"),
                                "outlet": row.get("outlet"),
                                "date": row.get("date"),
                                "title": row.get("title"),
                                "text": text,
                                "sentences": [[s.start, s.end] for s in sentences],
                            }
                        )
                        picked += 1
                        break
    rng.shuffle(chosen)
    for number, article in enumerate(chosen):
        article["n"] = number
    return chosen


def main() -> None:
    """Write the sample (with texts) to a work file outside the repository."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    articles = sample_articles(args.data)
    with args.out.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    total = sum(len(a["sentences"]) for a in articles)  # type: ignore[arg-type]
    print(f"{len(articles)} articles, {total} sentences -> {args.out}")


if __name__ == "__main__":
    main()
