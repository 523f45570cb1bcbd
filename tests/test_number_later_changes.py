"""N102 a change named a sentence or two after its two levels."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect

LEVELS = "Rain cut the wheat harvest to 42 mln tonnes this year, from 50 mln tonnes last year. "


def messages(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f.message for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    "tail", ["hit exporters.", "was the worst since 1990.", "was larger than feared."]
)
def test_a_change_named_after_its_levels_must_fit_them(tail: str) -> None:
    text = LEVELS + "Traders had feared worse. The harvest's decline of 26 percent " + tail
    assert messages(text) == ["The harvest's decline of 26 percent does not fit 50 mln → 42 mln: "
                              "that is a 16.0% fall"]


@pytest.mark.parametrize(
    "text",
    [
        LEVELS + "Traders had feared worse. The harvest's decline of 16 percent hit exporters.",
        LEVELS + "The harvest's decline of about 15 percent hit exporters.",
        LEVELS + "Exports fell 3 percent. The harvest's decline of 26 percent hit exporters.",
        LEVELS + "Since 1990 the harvest's annual decline of 26 percent has hurt exporters.",
        LEVELS + "Coffee prices jumped. Then the slump hit miners: their decline of 26 percent "
        "was the worst.",
        LEVELS + "The harvest's decline of 26 percent from its peak hit exporters.",
        LEVELS + "Stocks went from 9 mln to 7 mln tonnes. The harvest's decline of 26 percent "
        "hit exporters.",
    ],
)
def test_fitting_changes_and_changes_of_another_thing_are_not_flagged(text: str) -> None:
    assert messages(text) == [], text
