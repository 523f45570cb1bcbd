"""N102 plus: a stated total its two parts joined by "plus" do not make."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1988, 5, 10)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The shares will be redeemed at 51.20 dlrs a share plus accrued dividends of 45 cts "
         "per share, for a total of 57.65 dlrs a share.", "57.65 dlrs"),
        ("Holders get 980 pence plus a special payment of 20 pence, a total of 1,100 pence.",
         "1,100 pence"),
    ],
)
def test_a_total_its_parts_do_not_make_is_flagged(text: str, wrong: str) -> None:
    assert wrong in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The shares will be redeemed at 51.20 dlrs a share plus accrued dividends of 45 cts "
        "per share, for a total of 51.65 dlrs a share.",
        "Holders get 980 pence plus a special payment of 20 pence, a total of 1,000 pence.",
        # another figure between the parts: not a two-part sum
        "The price is 40 dlrs plus 2 dlrs a year for 5 years of interest, a total of 50 dlrs.",
        # parts in two currencies are not added
        "Holders get 9.80 stg plus 20 cts, a total of 12 stg.",
    ],
)
def test_a_total_its_parts_make_is_not_flagged(text: str) -> None:
    assert flagged(text) == []
