"""Analyse a fixed random sample of each news corpus once, for the score and gate scripts.

Each article's findings are kept as plain rows (rule, severity, score, quoted, suppressed) with
its sentence count, so that scores and gate policies can be compared without re-analysing.
The two evaluation-only corpora are never read.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from flagger.article.reading import article_from_record
from flagger.pipeline import Flagger
from training.news import EVALUATION_ONLY, read_corpus

CORPORA = (
    "reuters21578",
    "tempeval3_silver_afp_xinhua_sample",
    "bbc_fulltext_2004_2005",
    "isot_fake_real_subset:true",
    "isot_fake_real_subset:fake",
    "recovery_covid_news_2020",
    "buzzfeed_webis_2016",
    "horne2017_fakenewsdata1",
    "fakenewscorpus_sample",
)
"""Corpora (and ISOT halves) in the tables: wire and mainstream first, then scraped sites."""

CACHE = Path(__file__).resolve().parent / "data" / ".corpus_reports.json"


def _records(name: str) -> list[dict[str, Any]]:
    """Return the articles of a corpus, or of one half of ISOT (`:true` / `:fake`)."""
    corpus, _, half = name.partition(":")
    assert corpus not in EVALUATION_ONLY
    records = [r for r in read_corpus(corpus, pool="open") if r.get("text", "").strip()]
    if half:
        records = [r for r in records if str(r["id"]).startswith(half)]
    return records


def analyse(per_corpus: int = 150, seed: int = 2026, refresh: bool = False) -> dict[str, Any]:
    """Return {corpus: [article rows]} for a seeded sample, cached in training/data."""
    key = f"{per_corpus}:{seed}"
    if CACHE.exists() and not refresh:
        cached = json.loads(CACHE.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return dict(cached["corpora"])
    checker = Flagger()
    corpora: dict[str, list[dict[str, Any]]] = {}
    for name in CORPORA:
        records = _records(name)
        sample = random.Random(f"{seed}:{name}").sample(records, min(per_corpus, len(records)))
        rows = []
        for record in sample:
            try:
                article = article_from_record(record, str(record["id"]))
            except ValueError:
                continue
            report = checker.analyze_article(article)
            rows.append(
                {
                    "id": record["id"],
                    "sentences": report.summary.sentences,
                    "findings": [
                        [f.rule, f.severity, round(f.score, 4), f.quoted, f.field, f.sentence]
                        for f in report.findings
                    ],
                }
            )
        corpora[name] = rows
    CACHE.write_text(json.dumps({"key": key, "corpora": corpora}), encoding="utf-8")
    return corpora
