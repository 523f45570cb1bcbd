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
