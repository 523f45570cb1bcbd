"""N102 swapped digits: a per-share figure that net over shares gives with two digits swapped."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1987, 3, 4)))
    return [doc.text[f.start : f.end] for f in detect(doc) if f.rule == "N102"]


STATED = """ACME TOOLS INC 4TH QTR NET

Shr 21 cts vs 18 cts
    Net 840,000 vs 720,000
    Avg shrs 4,000,000 vs 4,000,000
    Year
    Shr {year} vs 62 cts
    Net 3,000,000 vs 2,480,000
    Avg shrs 4,000,000 vs 4,000,000
"""
IMPLIED = """ACME TOOLS INC 3RD QTR NET

Shr 18 cts vs 14 cts
    Net 1,800,000 vs 1,400,000
    Nine mths
    Shr {nine} vs 34 cts
    Net 4,100,000 vs 3,400,000
"""


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (STATED.format(year="57 cts"), "57 cts"),  # 3,000,000 / 4,000,000 = 75 cts
        (IMPLIED.format(nine="14 cts"), "14 cts"),  # about 10 mln shares: 41 cts
    ],
)
def test_a_per_share_figure_with_two_digits_swapped(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        STATED.format(year="75 cts"),
        IMPLIED.format(nine="41 cts"),
        # off, but no swap of its digits gives net over shares: preferred dividends or the like
        STATED.format(year="66 cts"),
        # the other column is off too: the table does not divide plainly
        STATED.format(year="57 cts").replace("62 cts", "51 cts"),
    ],
)
def test_a_figure_that_fits_or_is_off_for_other_reasons_is_left_alone(text: str) -> None:
    assert flagged(text) == []
