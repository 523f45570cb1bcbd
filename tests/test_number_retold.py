"""N101 one figure told twice: a paraphrase and the quote it sums up give a measure two values."""

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
        # the reporter's words about a speaker, and the speaker's quote
        ("Singer Ana Lind says she lived through an eight-year feud with her label. \"It was "
         "a ten-year feud and I lost,\" Lind told the crowd.", True),
        ("The baker, Tom Ekberg, has lost more than 40 kilos on a diet. \"I lost 30-something "
         "kilos by cutting sugar,\" Ekberg said.", True),
        ("Farmer Jo Beck counted 9,000 litres of unsold milk in her tanks. The dairy has had "
         "a hard month. \"We have 6,000 litres of unsold milk,\" Beck said.", True),
        # the same value, a bound or a rounding that reconciles them
        ("Singer Ana Lind says she lived through an eight-year feud with her label. \"It was "
         "an eight-year feud and I lost,\" Lind told the crowd.", False),
        ("The baker, Tom Ekberg, has lost more than 40 kilos on a diet. \"I lost 45 kilos by "
         "cutting sugar,\" Ekberg said.", False),
        ("Farmer Jo Beck counted about 6,000 litres of unsold milk in her tanks. \"We have "
         "6,500 litres of unsold milk,\" Beck said.", False),
        # the quote of someone else, no quote at all, a headline, an update, a forecast
        ("Singer Ana Lind says she lived through an eight-year feud with her label. \"It was "
         "a ten-year feud and she lost,\" her manager Eva Roos said.", False),
        ("Singer Ana Lind says she lived through an eight-year feud with her label. Her "
         "manager recalls a ten-year feud with the label.", False),
        ("Lind recalls eight-year feud with label\n\nThe singer spoke on Monday. \"It was a "
         "ten-year feud and I lost,\" Lind told the crowd.", False),
        ("Singer Ana Lind says she lived through an eight-year feud with her label. \"Now it "
         "is a ten-year feud and I lost,\" Lind told the crowd.", False),
        ("Farmer Jo Beck expects 9,000 litres of unsold milk in her tanks. \"We have 6,000 "
         "litres of unsold milk,\" Beck said.", False),
        # far apart
        ("Singer Ana Lind says she lived through an eight-year feud with her label. "
         + "The band toured Spain. " * 9
         + "\"It was a ten-year feud and I lost,\" Lind told the crowd.", False),
    ],
)
def test_retold(text: str, expected: bool) -> None:
    assert retold(text) is expected


def test_two_periods_are_two_quantities() -> None:
    assert not retold(
        "Exports in May and June totalled 4,100 tonnes, minister Ola Dahl said. \"Exports "
        "totalled 2,300 tonnes in June,\" Dahl said."
    )
    assert retold(
        "Exports totalled 4,100 tonnes in June, minister Ola Dahl said. \"Exports totalled "
        "2,300 tonnes in June,\" Dahl said."
    )


def test_a_figure_set_beside_another_is_no_retelling() -> None:
    assert not retold(
        "Exports totalled 4,100 tonnes, against 3,900 tonnes a year before, minister Ola Dahl "
        "said. Prices held. \"Exports totalled 3,000 tonnes,\" Dahl said."
    )


def test_two_subjects_are_two_quantities() -> None:
    assert not retold(
        "Exports totalled 4,100 tonnes, minister Ola Dahl said. Prices held. \"Imports "
        "totalled 3,000 tonnes,\" Dahl said."
    )


def test_two_values_side_by_side_are_two_things() -> None:
    assert not retold(
        "Dealer Per Holm said the bank sold nine-month bills and 12-month bills. \"The "
        "12-month bills went fast,\" Holm said. He added that the nine-month bills were slower."
    )
