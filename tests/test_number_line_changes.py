"""N102 a table line's own stated change against its two columns, on lines written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import N102
from flagger.detectors.numbers.line_changes import line_changes


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1987, 4, 2)))
    return [doc.text[f.start : f.end] for f in line_changes(doc, N102)]


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("Net 24.6 mln vs 20.5 mln, up 30 pct", "30"),
        ("Turnover 3.10 billion vs 3.60 billion, down 24 pct", "24"),
        ("Sales 2,450,120 vs 1,960,400, up 15 pct", "15"),
        # a rise stated as a fall
        ("Net 5,300,000 vs 4,800,000, down 10 pct", "10"),
    ],
)
def test_a_stated_change_the_columns_deny(line: str, wrong: str) -> None:
    assert flagged(f"Shr 40 cts vs 35 cts\n    {line}\n") == [wrong]


@pytest.mark.parametrize(
    "line",
    [
        "Net 24.6 mln vs 20.5 mln, up 20 pct",
        "Net 24.6 mln vs 20.5 mln, up 20.0 pct",
        "Turnover 3.10 billion vs 3.60 billion, down 14 pct",
        "Sales 2,450,120 vs 1,960,400, up 25 pct",
        # a change of a loss has no agreed sign
        "Net loss 5,300,000 vs loss 4,800,000, down 10 pct",
        "Net 24.6 mln vs 20.5 mln",
    ],
)
def test_a_stated_change_the_columns_bear_out(line: str) -> None:
    assert flagged(f"Shr 40 cts vs 35 cts\n    {line}\n") == []
