"""N102 changes measured on another basis than the levels beside them are not contradicted by
those levels; the same changes without that basis are."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1999, 6, 20)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Stores said May sales rose 2.1 pct on a comparable store basis to 88.4 mln dlrs "
        "from 84.0 mln dlrs a year ago.",
        "On a same-store basis, ferry shop sales rose 2.1 pct to 88.4 mln dlrs from 84.0 mln.",
        "Like-for-like sales at the quay cafes rose 2.1%, to £88.4m from £84.0m.",
        "Port revenue rose 2.1 percent at constant exchange rates to 88.4 million euros from 84.0 "
        "million euros.",
        "Dock wages rose 2.1 pct in real terms to 884 crowns a week from 840 crowns.",
        "The harbour economy grew at an annual rate of 2.1 percent, to 884 billion from 840 "
        "billion.",
    ],
)
def test_a_change_on_another_basis_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the basis belongs to the next change, not to this one
        ("Harbour Stores said May sales rose 9.1 pct to 88.4 mln dlrs from 84.0 mln dlrs a year "
         "earlier, with same-store sales up 2.1 pct.", "9.1 pct"),
        # a measure the levels share is no other basis
        ("Underlying profit at the port rose 9.1% to £88.4m from £84.0m.", "9.1%"),
        ("Berth starts rose 9.1 pct in May to 1.884 mln units at an annual rate from 1.840 mln "
         "units in April.", "9.1 pct"),
    ],
)
def test_the_same_change_on_the_levels_own_basis_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]

