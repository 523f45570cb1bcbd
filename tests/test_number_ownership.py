"""N102 ownership: the stakes given in one company must fit in all of it."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2021, 3, 4)))
    return [doc.text[f.start : f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Blue Lake Ferries, which is 40% owned by Anna Berg, lost money. Its main shareholder, "
         "Harbor Holdings - which owns 70% of Blue Lake Ferries - fell 3%.", "70%"),
        ("Dorn Corp said its 70 pct owned Dorn Optics Ltd unit opened a lab. It said other "
         "investors own the remaining 20 pct in Dorn Optics Ltd.", "20 pct"),
        # a name across a wire line break; a sentence before with a deal in it
        ("DORN UNIT BUYS LAB\n\nDorn Corp said its 70 pct owned Dorn\nOptics Ltd unit opened a "
         "lab. It said other investors own the remaining\n20 pct in Dorn Optics Ltd. Optics "
         "develops lenses.", "20 pct"),
        ("The two groups will each hold a 55 pct interest in the new terminal.", "55 pct"),
    ],
)
def test_stakes_that_do_not_fit_in_one_company(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "Blue Lake Ferries, which is 40% owned by Anna Berg, lost money. Its main shareholder, "
        "Harbor Holdings - which owns 55% of Blue Lake Ferries - fell 3%.",
        "Dorn Corp said its 70 pct owned Dorn Optics Ltd unit opened a lab. It said other "
        "investors own the remaining 30 pct in Dorn Optics Ltd.",
        # a bid for the rest of a stake that changes: no split to check
        "Dorn Corp said it raised its stake to 70 pct owned Dorn Optics Ltd. It will offer to "
        "buy the remaining 20 pct of Dorn Optics Ltd.",
        "The two groups will each hold a 50 pct interest in the new terminal.",
    ],
)
def test_stakes_that_fit_or_change_are_left_alone(text: str) -> None:
    assert flagged(text) == []
