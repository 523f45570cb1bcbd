"""N102 additions: "A weeks … B more weeks, for a total of T" must make A + B = T."""

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
        ("The grant runs for 18 months, but the board added six extra months on top of it for "
         "a total of 26 months.", "26"),
        ("Tenants may defer rent for up to two months; after that they can ask for up to four "
         "more months, or eight months total.", "eight"),
        ("The club signed 14 and is adding five more. It will have a total of 21 players in "
         "the squad.", "21"),
        ("Volunteers planted 40 trees in spring and 15 additional trees in autumn, a total of "
         "60 trees.", "60"),
    ],
)
def test_a_total_that_is_not_the_base_plus_what_was_added(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # the totals the two counts make
        "The grant runs for 18 months, but the board added six extra months for a total of 24 "
        "months.",
        "The club signed 14 and is adding five more. It will have a total of 19 players.",
        # a running total holds more than the two counts told here
        "Officials confirmed 3 cases on Sunday and 2 more on Monday, bringing the total to 30.",
        "The team scored 12 points and 6 more in the second half, a total of 40 points so far "
        "this season.",
        # counts read loosely, or of other things
        "The grant runs for about 18 months and six more months, for a total of 26 months.",
        "The firm hired 40 engineers. It added 12 more salesmen, for a total of 60 workers.",
        "The league had 12 clubs and 4 more joined, for a total of 20 clubs in three years.",
        "The farm has 40 cows. It bought 12 more goats last week, and now has a total of 90 "
        "animals.",
        # a year is no count to add to
        "The club won the cup in 2019 and 3 more, a total of 2030 by its fans' count.",
        # another count between the addition and the total
        "Schools got 30 laptops and 10 more laptops in May, 5 of them broken, a total of 45.",
    ],
)
def test_totals_the_additions_allow_or_do_not_claim_are_not_flagged(text: str) -> None:
    assert flagged(text) == []
