"""N102 "-fold" multiples against their two levels, and a part "of his" or "out of" a smaller
whole."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2005, 2, 1)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Ferry crossings rose from 9,300 in 2002 to 65,100 in 2011, a five-fold increase.",
         "five-fold"),
        ("Harbour fees increased nearly fourfold from 0.42 to 1.26 dlrs a tonne.",
         "nearly fourfold"),
        ("Cargo volume rose threefold to 4,800 tonnes from 1,200 tonnes.", "threefold"),
        ("The tug fleet grew 10-fold to 500 boats from 20 boats.", "10-fold"),
        ("The skipper won 121 of his 112 races with the crew.", "121"),
        ("Only forty-eight out of forty-five trawlers passed the safety check.", "forty-eight"),
        ("Inspectors cleared 14 out of the 12 berths on Monday.", "14"),
    ],
)
def test_a_fold_or_a_part_its_figures_deny_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry crossings rose from 9,300 in 2002 to 65,100 in 2011, a seven-fold increase.",
        "Harbour fees increased nearly fourfold from 0.42 to 1.62 dlrs a tonne.",
        "Cargo volume rose threefold to 3,400 tonnes from 1,200 tonnes.",
        "The tug fleet grew 10-fold to 230 boats from 20 boats.",
        "Ferry crossings rose fourfold between 1990 and 2010.",
        # a fold down divides
        "The port has slashed its debt threefold - from $12.58 billion to $3.85 billion.",
        "The skipper won 101 of his 112 races with the crew.",
        "Only eight out of forty-five trawlers passed the safety check.",
        "Critics gave the harbour festival 11 out of 10.",  # praise past the top of a scale
        "Inspectors cleared 14 out of the 12,500 berths on Monday.",
        "He sank four of his 3-pointers and 15 of the 12-metre putts.",  # kinds, not counts
    ],
)
def test_a_fold_or_a_part_its_figures_bear_out_is_not_flagged(text: str) -> None:
    assert flagged(text) == []
