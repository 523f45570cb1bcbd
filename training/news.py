"""Read the news corpora in `../shared/data/news` (articles.jsonl per corpus)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
LICENCE_LINE = re.compile(r"\*\*licen[cs]e\*\*:?\s*(.+)", re.IGNORECASE)
EVALUATION_ONLY = frozenset({"fundus_testdata_recent_news", "ukraine_war_news_feb2026_scraped"})
RESERVED_ONE_IN = 10
"""One article in this many is reserved for blind writers (see `reserved`)."""

Pool = Literal["all", "open", "reserved"]


def corpus_path(name: str, data: Path = SHARED_DATA) -> Path:
    """Return the articles.jsonl of corpus `name`."""
    return data / "news" / name / "articles.jsonl"


def reserved(corpus: str, article_id: object) -> bool:
    """Whether an article lies in the reserved pool.

    Blind plant writers, labellers and error hunters draw their articles from this pool alone,
    and every tool that reads untouched articles for the developers skips it, so no developer has
    read an article a held-out set is made from. Membership is a fixed hash of corpus and id.
    """
    digest = hashlib.sha256(f"{corpus}/{article_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % RESERVED_ONE_IN == 0


def read_corpus(
    name: str, data: Path = SHARED_DATA, pool: Pool = "all"
) -> Iterator[dict[str, Any]]:
    """Yield the article records of one news corpus, in file order.

    `pool` keeps every article ("all"), only those outside the reserved pool ("open", for every
    sample the developers read) or only the reserved ones ("reserved", for blind writers).
    """
    with corpus_path(name, data).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if pool == "all" or reserved(name, record["id"]) == (pool == "reserved"):
                    yield record


def licence_of(name: str, data: Path = SHARED_DATA) -> str:
    """Return the licence line of a corpus's SOURCE.md."""
    source = data / "news" / name / "SOURCE.md"
    match = LICENCE_LINE.search(source.read_text(encoding="utf-8"))
    return match.group(1).strip() if match else "unknown"
