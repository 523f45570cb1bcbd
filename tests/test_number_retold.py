"""N101 one figure told twice: a measure given again for the same thing with another value."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def retold(text: str) -> bool:
    doc = annotate(Article(text, published=date(2020, 5, 2)))
    return any("no update between" in f.message for f in detect(doc) if f.rule == "N101")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paraphrase and the quote it sums up
        ("The singer says she lived through an eight-year feud with her label. \"It was a "
         "ten-year feud and I lost,\" she told the crowd.", True),
        ("The baker has lost more than 40 kilos on a diet. \"I lost 30-something kilos "
         "by cutting sugar,\" he said.", True),
        # the opening line against the body
        ("Farm faces 6,000 litres of unsold milk\n\nThe dairy has had a hard month. Its owner "
         "says the herd was healthy. Buyers stopped calling. Neighbours offered help. The "
         "cooperative counted 9,000 litres of unsold milk in its tanks.", True),
        # the same value, a bound or a rounding that reconciles them
        ("The singer says she lived through an eight-year feud with her label. \"It was an "
         "eight-year feud and I lost,\" she told the crowd.", False),
        ("The baker has lost more than 40 kilos on a diet. \"I lost 45 kilos by cutting "
         "sugar,\" he said.", False),
        ("The dairy has about 6,000 litres of unsold milk. The cooperative counted 6,500 "
         "litres of unsold milk in its tanks.", False),
        # an update, two people's figures, a forecast against an outcome, a series
        ("The singer lived through an eight-year feud with her label. It later became a "
         "ten-year feud.", False),
        ("Anna Berg scored 20 points in the first game. Then Maria Holt scored 25 points.",
         False),
        ("Anna Berg scored 20 points in the opener. Coach Maria Holt scored 25 points.", False),
        ("The dairy expects 6,000 litres of unsold milk. The cooperative counted 9,000 litres "
         "of unsold milk in its tanks.", False),
        ("The fund sold a three-year bond. It also sold a five-year bond and a seven-year "
         "bond.", False),
        # figures far apart outside the opening lines and a quote
        ("Intro one. Intro two. Intro three. Intro four. The singer lived an eight-year feud "
         "with her label. A. B. C. D. E. She recalled a ten-year feud with her label.", False),
    ],
)
def test_retold(text: str, expected: bool) -> None:
    assert retold(text) is expected


def test_two_periods_are_two_quantities() -> None:
    assert not retold(
        "Exports in May and June totalled 4,100 tonnes, the board said. Exports totalled "
        "2,300 tonnes in June."
    )
    assert retold(
        "Exports totalled 4,100 tonnes in June, the board said. \"Exports totalled 2,300 "
        "tonnes in June,\" he said."
    )


def test_a_figure_set_beside_another_is_no_retelling() -> None:
    assert not retold(
        "Exports totalled 4,100 tonnes, against 3,900 tonnes a year before. Prices held. "
        "Exports totalled 3,000 tonnes."
    )


def test_two_subjects_are_two_quantities() -> None:
    assert not retold("Exports totalled 4,100 tonnes. Prices held. Imports totalled 3,000 tonnes.")
    assert retold("Exports totalled 4,100 tonnes. Prices held. Exports totalled 3,000 tonnes.")
