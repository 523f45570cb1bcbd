"""N102 trade: balances against exports and imports of one period, totals against months."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1990, 3, 20)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The trade deficit narrowed to 2.10 billion dinars in January from 4.20 billion in "
         "December. Imports fell to 5.30 billion dinars in January from 7.90 billion in "
         "December. Exports were 3.20 billion dinars in January, against 3.40 billion in "
         "December.", "4.20 billion"),
        ("The harbour state posted a trade deficit of 41 mln dlrs in May, compared with 35 mln "
         "in April. Imports of 300 mln dlrs in May were up from 280 mln dlrs in April, while "
         "exports of 259 mln were below April's 315 mln.", "35 mln"),
        ("The trade surplus rose to 2.4 billion crowns in February from 1.1 billion in "
         "January. The trade surplus for the first two months of the year rose to 4.1 billion "
         "crowns from 2.9 billion a year ago. Exports and imports both rose.", "4.1 billion"),
    ],
)
def test_a_balance_or_total_its_parts_contradict_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The trade deficit narrowed to 2.10 billion dinars in January from 4.50 billion in "
        "December. Imports fell to 5.30 billion dinars in January from 7.90 billion in "
        "December. Exports were 3.20 billion dinars in January, against 3.40 billion in "
        "December.",
        "The trade surplus rose to 2.4 billion crowns in February from 1.1 billion in January. "
        "The trade surplus for the first two months of the year rose to 3.5 billion crowns. "
        "Exports and imports both rose.",
        "The current account surplus was 8.8 billion marks in March. March imports totalled "
        "36.93 billion marks. March exports of 47.06 billion marks were higher. The March trade "
        "surplus had risen from the year-ago total of 8.5 billion marks.",
        "The trade surplus with Japan was 2.0 billion dlrs in May. Exports were 9.1 billion dlrs "
        "in May and imports 4.0 billion dlrs in May.",
    ],
)
def test_a_balance_or_total_that_fits_or_is_another_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The harbour state's trade deficit in May fell to 520 mln dlrs from 600 mln in May "
         "last year. Customs said exports fell to 2.35 billion dlrs from 2.40 billion and "
         "imports fell to 2.77 billion from 3.0 billion.", "520 mln"),
        ("The island's trade surplus in the first ten days of June jumped to 1.62 billion dlrs "
         "from 0.94 billion a year earlier. FOB exports rose 8.1 pct from a year earlier in the "
         "first ten days of June to 5.20 billion, while CIF imports fell 1.4 pct to 3.78 "
         "billion.", "1.62 billion"),
    ],
)
def test_the_ends_of_changes_are_two_periods(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # the same figures, agreeing
        "The harbour state's trade deficit in May fell to 420 mln dlrs from 600 mln in May "
        "last year. Customs said exports fell to 2.35 billion dlrs from 2.40 billion and "
        "imports fell to 2.77 billion from 3.0 billion.",
        # a commodity's exports are not the whole trade's
        "The trade surplus widened to 5.1 billion dlrs in March from 4.2 billion. Oil exports "
        "rose to 2.2 billion from 1.9 billion, and imports fell to 8.3 billion from 8.4 billion.",
        # the quarter's exports and imports are not the month's balance
        "The trade surplus widened to 5.1 billion dlrs in March from 4.2 billion. Exports in "
        "the first quarter rose to 22.2 billion from 21.9 billion, and imports in the first "
        "quarter fell to 8.3 billion from 8.4 billion.",
        # the quarter's ends beside the month's
        "The trade surplus widened to 3.10 billion dlrs in the first quarter from 2.05 billion. "
        "First quarter exports rose to 9.25 billion dlrs from 8.38 billion. Imports rose to "
        "6.45 billion from 6.33 billion. The March surplus was 1.45 billion dlrs. Exports rose "
        "to 3.07 billion dlrs from 2.85 billion in February.",
    ],
)
def test_ends_of_changes_of_other_things_or_periods(text: str) -> None:
    assert flagged(text) == []
