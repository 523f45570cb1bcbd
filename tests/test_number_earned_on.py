"""N102 profit on revenue: a profit cannot be larger than the revenue it was earned on."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1990, 3, 4)))
    return [doc.text[f.start : f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In 1989 the toolmaker earned 720 mln dlrs or 2.10 dlrs per share\non revenues of "
         "480 mln dlrs.", "720 mln"),
        ("The chain reported net income of $1.2 billion on sales of $900 million.",
         "$1.2 billion"),
    ],
)
def test_a_profit_larger_than_its_revenue(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "In 1989 the toolmaker earned 72 mln dlrs or 2.10 dlrs per share on revenues of "
        "480 mln dlrs.",
        # a loss may be larger than the revenue
        "The chain reported a net loss of $1.2 billion on sales of $900 million.",
        # a scale on one side only: "300" may be millions
        "The shop earned 5 mln on sales of 300.",
    ],
)
def test_a_profit_within_its_revenue_or_unclear(text: str) -> None:
    assert flagged(text) == []
