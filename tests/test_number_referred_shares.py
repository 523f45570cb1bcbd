"""N102 a share whose part a definite noun refers back to."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2005, 2, 1)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


def test_a_share_of_a_noun_named_before() -> None:
    text = ("Harbour Bank said it will add a special provision of 75 mln dlrs to its reserve. "
            "It expects a loss. The provision represents 38.5 pct of Harbour Bank's 263 mln "
            "dlrs in loans to ferry companies.")
    assert flagged(text) == ["38.5"]


@pytest.mark.parametrize(
    "text",
    [
        # 75 of 263 is 28.5 pct
        "Harbour Bank will add a provision of 75 mln dlrs. The provision represents 28.5 pct "
        "of its 263 mln dlrs in loans.",
        # the noun was given two figures: which one is meant is unclear
        "Harbour Bank will add a provision of 75 mln dlrs after a provision of 20 mln dlrs in "
        "May. The provision represents 38.5 pct of its 263 mln dlrs in loans.",
        # another unit: tonnes against dlrs
        "The port handled a cargo of 75 mln tonnes. The cargo was 38.5 pct of the 263 mln dlrs "
        "of trade.",
        # "about" allows the rounding of a loose share
        "Harbour Bank will add a provision of 75 mln dlrs. The provision represents about 30 "
        "pct of its 263 mln dlrs in loans.",
    ],
)
def test_no_conflict(text: str) -> None:
    assert flagged(text) == []
