"""N102 changes measured on another basis, or over another span, than the levels beside them
are not contradicted by those levels; the same changes without that basis or span are."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.detectors.numbers.periods import level_span, span


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
        "Crane exports fell 8.2 pct in May from a year earlier to 7,310. But barge exports rose "
        "24.5 pct to 2,140, compared with 2,010 in April.",
        "Barge exports rose 24.5 pct year-on-year to 2,140 from 2,010 in April.",
        "Barge exports rose 1.2 pct on the month to 2,140, against 1,720 a year earlier.",
    ],
)
def test_a_change_on_another_basis_or_span_is_not_flagged(text: str) -> None:
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
        # "from" names April's level the change's start, whatever the article's other changes
        ("Crane exports fell 8.2 pct in May from a year earlier to 7,310. But barge exports rose "
         "24.5 pct to 2,140 from 2,010 in April.", "24.5 pct"),
        # the same span on both sides
        ("Barge exports rose 24.5 pct year-on-year to 2,140, compared with 2,010 a year earlier.",
         "24.5 pct"),
    ],
)
def test_the_same_change_on_the_levels_own_basis_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


def test_spans_are_read_from_the_words_of_a_change_and_of_a_level() -> None:
    assert span("rose 4 pct year-on-year to") == "year"
    assert span("fell 2 pct from the previous month to") == "step"
    assert span("rose 4 pct to 120 from 100") is None
    assert span("the decline in sales") is None  # "Dec" only as a capitalised month
    assert level_span("compared with ", " tonnes in April.") == "step"
    assert level_span("from April's ", " units") == "step"
    assert level_span("from ", " mln dlrs a year ago.") == "year"
    assert level_span("from ", " in April 1998.") is None
    assert level_span("from ", " in April last year.") == "year"


def test_the_base_set_beside_by_compared_to_is_no_level_reached() -> None:
    assert flagged("Ferry crossings were 8,600, down 7.5 pct from 9,300 a week earlier and "
                   "compared to 5,900 in the year-ago week.") == []
    assert flagged("Ferry crossings were 8,600, down 17.5 pct from 9,300 a week earlier and "
                   "compared to 5,900 in the year-ago week.") == ["17.5 pct"]
