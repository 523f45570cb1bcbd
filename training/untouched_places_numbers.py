"""Run the F and N rules on untouched articles and list every finding for reading.

2,000 articles across the non-evaluation corpora, none of them an article the plants, the hard
negatives or the real errors use. Prints one line per finding (corpus, id, rule, offsets,
message) so each can be labelled; the labels live in
`training/data/places_numbers_untouched_verdicts.jsonl` (ids, offsets, verdict: no article text).
Usage: python -m training.untouched_places_numbers [--per-corpus 200] [--total 2000]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from flagger import Flagger
from training.evaluate_places_numbers import HERE, compose, load_jsonl, run
from training.news import EVALUATION_ONLY, SHARED_DATA, read_corpus

CORPORA = (
    "reuters21578", "bbc_fulltext_2004_2005", "recovery_covid_news_2020", "isot_fake_real_subset",
    "tempeval3_silver_afp_xinhua_sample", "buzzfeed_webis_2016", "fakenewscorpus_sample",
    "golbeck2018_fake_vs_satire", "horne2017_fakenewsdata1", "fakenewsnet_v1_buzzfeed_politifact",
    "perezrosas2018_fakenewsamt_celebrity", "timebank_aquaint_tbaq",
)


def main() -> None:
    """Print every F/N finding on the untouched sample, as JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-corpus", type=int, default=250)
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    used = set()
    for name in ("plants/places_numbers.jsonl", "plants/place_number_negatives.jsonl",
                 "real_errors.jsonl"):
        used |= {(r["corpus"], r["article"]) for r in load_jsonl(HERE / name)}
    checker = Flagger(select="F,N")
    checked = 0
    for corpus in CORPORA:
        assert corpus not in EVALUATION_ONLY
        taken = 0
        for article in read_corpus(corpus, args.data, pool="open"):
            if checked >= args.total or taken >= args.per_corpus:
                break
            if (corpus, article["id"]) in used or not article.get("text"):
                continue
            taken += 1
            checked += 1
            text, _ = compose(article)
            for f in run(checker, text, article.get("date")):
                print(json.dumps({
                    "corpus": corpus, "article": article["id"], "rule": f.rule,
                    "start": f.start, "end": f.end, "message": f.message,
                    "context": text[max(0, f.start - 120) : f.end + 80].replace("\n", " "),
                }, ensure_ascii=False))
    print(json.dumps({"checked": checked}))


if __name__ == "__main__":
    main()
