"""N102 moves: an amount and a percentage of one change, set against the level it reached."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2004, 5, 2)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The harbour index rose 12.40 points, or 2.2 percent, to 412.90 on Monday.", "2.2"),
        ("The benchmark lost 120.5 points, or 2.1 percent, to end at 10,880.2.", "2.1"),
        ("Ferry shares were down 2.10 dollars, or 6.9 percent, at 40.70 dollars.", "6.9"),
        ("The stock closed up 52 pence, or 9%, at 1088p.", "9"),
        ("The stock gained more than 6%, or 40 pence to 1,020p.", "6"),
        ("The shares rose 50 cents, or 5 percent, to $25.50.", "5"),
        ("Burglaries declined 50 percent (from 30.5 to 18.3 per 1,000 homes).", "50"),
    ],
)
def test_a_move_that_does_not_add_up_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour index rose 12.40 points, or 3.1 percent, to 412.90 on Monday.",
        "The benchmark lost 120.5 points, or 1.1 percent, to end at 10,880.2.",
        "Ferry shares were down 2.10 dollars, or 4.9 percent, at 40.70 dollars.",
        "The stock closed up 52 pence, or 5%, at 1088p.",
        "The stock gained more than 4%, or 40 pence to 1,020p.",
        "The shares rose 50 cents, or 2 percent, to $25.50.",
        "The shares rose 5 cents, or 2 percent, to 2.60.",
        "Burglaries declined 40 percent (from 30.5 to 18.3 per 1,000 homes).",
        "Output rose about 10 percent (from 2003 to 2004), the ministry said.",
    ],
)
def test_a_move_that_adds_up_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Profits slumped almost 68 percent to 85 million, from 202 million a year ago.", True),
        ("Profits slumped almost 60 percent to 85 million, from 202 million a year ago.", False),
        ("Profits fell nearly 20 percent to 82.5 million, from 100 million a year ago.", False),
        ("Volume almost tripled to 53,056 from 24,034 a year ago.", True),
        ("Volume almost tripled to 70,056 from 24,034 a year ago.", False),
    ],
)
def test_almost_and_nearly_allow_a_little_less_not_much_less(text: str, flagged: bool) -> None:
    assert bool(flagged_n102(text)) is flagged


def flagged_n102(text: str) -> list[str]:
    return flagged(text)
