"""N102 whole totals: a named total split by a dash, colon, parenthesis or "of which" into parts
joined by "and" must be all of them; "including" or "others" leave room for more."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def messages(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1987, 4, 2)))
    return [f.message for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The survey covered a total of 75 schools (42 in the north and 23 in the south).",
         "less"),
        ("The survey covered a total of 65 schools (42 in the north and 23 in the south).", ""),
        ("Imports in the quarter totalled 5,320 tonnes - 1,150 tonnes of rye and 3,970 tonnes "
         "of oats.", "less"),
        ("Imports in the quarter totalled 5,320 tonnes\n-- 1,150 tonnes of rye and 3,970 tonnes "
         "of oats.", "less"),
        ("Imports in the quarter totalled 5,120 tonnes - 1,150 tonnes of rye and 3,970 tonnes "
         "of oats.", ""),
        ("Shipments this month total 92,000 tonnes, of which 31,000 are maize and 64,000 "
         "soybeans.", "more"),
        ("Shipments this month total 95,000 tonnes, of which 31,000 are maize and 64,000 "
         "soybeans.", ""),
        # "including" lists some parts only: falling short is no conflict
        ("The club spent a total of 90 days abroad, including 42 in Spain and 23 in Italy.", ""),
        # others or a loose figure leave room for more parts
        ("The survey covered a total of 75 schools (42 in the north and 23 others).", ""),
        ("The survey covered a total of 75 schools (about 42 in the north and 23 in the south).",
         ""),
        # a parenthesis that names something holds no parts
        ("It comprised a total of 11.25 billion francs of units (ECUs), 9.72 billion francs of "
         "currency and 1.72 billion francs of rights.", ""),
        # no word calls the figure a total
        ("The survey covered 75 schools (42 in the north and 23 in the south).", ""),
    ],
)
def test_named_totals(text: str, expected: str) -> None:
    found = [m for m in messages(text) if "parts listed" in m]
    assert [m.split(" than ")[0].split()[-1] for m in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Out of a total of 140 boats, 66 were fishing and 81 were moored, the port said.", True),
        ("Out of a total of 147 boats, 66 were fishing and 81 were moored, the port said.", False),
        # a bound total allows more
        ("At the home, more than 40 people - 19 nurses and 24 residents - fell ill.", False),
        # a year inside the total's phrase is no figure of it
        ("The agency plans to sell a total of 8.0 billion dlrs in loans in fiscal 1988, "
         "including 2.5 billion dlrs in farm loans and 6.1 billion dlrs in housing loans.", True),
    ],
)
def test_out_of_totals_bounds_and_years(text: str, expected: bool) -> None:
    assert any("parts listed" in m for m in messages(text)) is expected
