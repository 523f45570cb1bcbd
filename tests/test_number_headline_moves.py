"""N101 a headline's move against the lede's move of the same kind, on texts written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import N101, N102
from flagger.detectors.numbers.headline_moves import headline_moves


def flagged(title: str, text: str) -> list[str]:
    doc = annotate(Article(text, title=title, published=date(1987, 4, 2)))
    assert doc.headline is not None
    return [doc.headline.text[f.start : f.end] for f in headline_moves(doc, N101, N102)]


@pytest.mark.parametrize(
    ("title", "text", "wrong"),
    [
        ("OMAHA LAMBS UP 2.00 DLRS - USDA",
         "Slaughter lambs rose 1.00 dlr in active trade, the usda said. Top 62.00 dlrs.",
         "2.00 DLRS"),
        ("MALTESE RETAIL PRICES FALL 3.4 PCT IN MAY",
         "Maltese retail prices fell 4.3 pct in the year to May, the statistics office said.",
         "3.4 PCT"),
        ("Ticket sales at Lindell fairs drop by 40 percent",
         "Ticket sales at the Lindell fairs are down by about 25 percent, organisers said.",
         "40 percent"),
        ("Pellor shares up 4% after the merger",
         "Shares in Pellor surged more than 9% on Monday after it agreed the merger.",
         "4%"),
        ("ELGIN STEERS SEEN UP 1.00 DLR - PRIVATE",
         "Steers are expected 0.50 dlr higher on light receipts, private sources said.",
         "1.00 DLR"),
    ],
)
def test_a_headline_move_the_lede_sizes_otherwise(title: str, text: str, wrong: str) -> None:
    assert flagged(title, text) == [wrong]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("OMAHA LAMBS UP 1.00 DLR - USDA",
         "Slaughter lambs rose 1.00 dlr in active trade, the usda said."),
        # the headline's figure is one end of the lede's spread
        ("OMAHA LAMBS UP 1.50 DLR - USDA",
         "Slaughter lambs were mostly 1.00 dlr higher, instances up 1.50, the usda said."),
        ("OMAHA LAMBS STEADY/UP 1.50 DLR - USDA",
         "Slaughter lambs were 1.00 dlr higher in active trade, the usda said."),
        # rounding and bounds the lede writes
        ("Pellor shares up 10% after the merger",
         "Shares in Pellor surged more than 9% on Monday after it agreed the merger."),
        ("Ticket sales at Lindell fairs drop by 30 percent",
         "Ticket sales at the Lindell fairs are down by about 25 percent, organisers said."),
        # another direction is another move
        ("MALTESE RETAIL PRICES FALL 3.4 PCT IN MAY",
         "Maltese retail prices rose 0.2 pct in May and fell 3.4 pct in the year, the office "
         "said."),
        # no content word shared: not the headline's move
        ("MALTESE RETAIL PRICES FALL 3.4 PCT IN MAY",
         "Wholesale costs dropped 1.1 pct, the statistics office said."),
    ],
)
def test_a_headline_move_the_lede_bears_out(title: str, text: str) -> None:
    assert flagged(title, text) == []


def test_a_headline_percentage_the_ledes_levels_deny() -> None:
    doc = annotate(Article(
        "Mills in Corran produced 42.6 mln tonnes of flour in March, up 6.5 pct from 40.0 mln "
        "a year before, the board said.",
        title="CORRAN FLOUR OUTPUT UP 5.6 PCT IN MARCH", published=date(1987, 4, 2)))
    assert doc.headline is not None
    assert [(f.rule, doc.headline.text[f.start : f.end])
            for f in headline_moves(doc, N101, N102)] == [("N102", "5.6 PCT")]
