"""A tiny run of training/load_test.py: 20 real articles, 20 concurrent clients, a live
`python -m flagger.serve` on localhost, zero errors (no wall-clock assertions)."""

from __future__ import annotations

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed")
pytest.importorskip("httpx", reason="the test extra is not installed")

from tests.conftest import needs_shared
from training import load_test


@needs_shared("data/news/reuters21578/articles.jsonl")
@needs_shared("data/news/recovery_covid_news_2020/articles.jsonl")
@needs_shared("data/news/bbc_fulltext_2004_2005/articles.jsonl")
def test_twenty_real_articles_from_twenty_clients_without_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = load_test.main(["--articles", "20", "--clients", "20"])
    assert result["errors"] == 0, result["error_examples"]
    assert result["articles"] == 20
    assert result["p99_ms"] >= result["p50_ms"] > 0
    assert "service / in-process" in capsys.readouterr().out


def test_evaluation_only_corpora_are_refused(tmp_path: object) -> None:
    with pytest.raises(SystemExit, match="evaluation only"):
        load_test.load_articles(load_test.DEFAULT_DATA, ("ukraine_war_news_feb2026_scraped",), 5)
