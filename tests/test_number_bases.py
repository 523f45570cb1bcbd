"""N102 a change whose base the next sentence tells, opening with the base's period."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2005, 2, 1)))
    return [doc.text[f.start : f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The harbour handled 8.40 million tonnes in 2004, 12% higher than in 2003, the port "
         "said. In 2003, it handled 6.00 million tonnes.", "12%"),
        ("The ferry firm said quarterly profit rose 45% to $3.6 million, or 40 cents a share.\n\n"
         "In the year-earlier quarter, it earned $1.8 million, or 20 cents a share.", "45%"),
        ("Bookings fell 10 pct to 450 dlrs a head. A year earlier, bookings stood at 900 dlrs a "
         "head.", "10 pct"),
    ],
)
def test_a_change_its_next_sentence_base_contradicts(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # the base fits the change
        "The harbour handled 8.40 million tonnes in 2004, 40% higher than in 2003, the port "
        "said. In 2003, it handled 6.00 million tonnes.",
        "The ferry firm said quarterly profit rose 100% to $3.6 million, or 40 cents a share.\n\n"
        "In the year-earlier quarter, it earned $1.8 million, or 20 cents a share.",
        # the period opening names another year than the change's base
        "The harbour handled 8.40 million tonnes in 2004, 12% higher than in 2003. In 2001, it "
        "handled 6.00 million tonnes.",
        # the change gives its own base, or its sentence another level
        "Profit rose 45% to $3.6 million from $2.5 million. In the year-earlier quarter, it "
        "earned $1.8 million.",
        "Profit rose 45% to $3.6 million and sales reached $9 million. In the year-earlier "
        "quarter, it earned $1.8 million.",
        # the next sentence's first figure is of another kind, or moves the other way
        "Profit rose 45% to $3.6 million. In the year-earlier quarter, it had 12 stores and "
        "earned $1.8 million.",
        "Profit fell 45% to $3.6 million. In the year-earlier quarter, it earned $1.8 million.",
        # no period opens the next sentence
        "Profit rose 45% to $3.6 million. The firm earned $1.8 million in its first year.",
    ],
)
def test_bases_that_fit_or_are_not_the_changes_are_not_flagged(text: str) -> None:
    assert flagged(text) == []
