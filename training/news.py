"""Read the news corpora in `../shared/data/news` (articles.jsonl per corpus)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
LICENCE_LINE = re.compile(r"\*\*licen[cs]e\*\*:?\s*(.+)", re.IGNORECASE)
EVALUATION_ONLY = frozenset({"fundus_testdata_recent_news", "ukraine_war_news_feb2026_scraped"})


def corpus_path(name: str, data: Path = SHARED_DATA) -> Path:
    """Return the articles.jsonl of corpus `name`."""
    return data / "news" / name / "articles.jsonl"


def read_corpus(name: str, data: Path = SHARED_DATA) -> Iterator[dict[str, Any]]:
    """Yield the article records of one news corpus, in file order."""
    with corpus_path(name, data).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def licence_of(name: str, data: Path = SHARED_DATA) -> str:
    """Return the licence line of a corpus's SOURCE.md."""
    source = data / "news" / name / "SOURCE.md"
    match = LICENCE_LINE.search(source.read_text(encoding="utf-8"))
    return match.group(1).strip() if match else "unknown"
