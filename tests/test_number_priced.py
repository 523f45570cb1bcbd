"""N101: one thing an amount or a length modifies, given back with "the" and another value.
Texts written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged_words(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [text[f.start : f.end] for f in detect(doc) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the thing given back with another amount of the same unit
        ("The agency mailed a $1,200 check to the farmer in April. His son said he would "
         "return the $1,700 check.", ["$1,700"]),
        ("The bank arranged a 279 mln dlr bridge loan for the buyer. It said the 297 mln dlr "
         "loan would be repaid in May.", ["297 mln dlr"]),
        ("She was promised a 30 million dollar bonus. Lawyers said the 20 million dollar bonus "
         "was never paid.", ["20 million dollar"]),
        ("The mayor made a nine-day trip to Asia. Aides said the eight-day trip cost little.",
         ["eight-day"]),
        # rounding, a rate, a change told between, two such things told first
        ("The bank arranged a $500 million loan. The $510 million loan was signed.", []),
        ("The fund made a $52 a share offer. The $56 offer was rejected.", []),
        ("The bank offered a $500 million loan. It raised its terms. The $600 million loan was "
         "signed.", []),
        ("Couples get a $2,400 check and singles a $1,200 check. The $1,800 check is for "
         "widows.", []),
        # a noun of change, another unit, a plural
        ("Sales showed a $5 million increase in May. The $3 million increase in June was "
         "smaller.", []),
        ("The mayor made a nine-day trip to Asia. Aides said the $8,000 trip cost little.", []),
        ("The bank made $500 million loans. The $600 million loans were signed.", []),
    ],
)
def test_a_thing_given_back_with_another_amount(text: str, flagged: list[str]) -> None:
    assert flagged_words(text) == flagged, text
