"""N102 divided wholes: shares of one whole held by parts that exclude each other."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def messages(text: str) -> list[str]:
    doc = annotate(Article("The council met on Monday.\n\n" + text, published=date(2024, 5, 2)))
    return [f.message for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("The survey showed 47% of members backing Arden, compared with 38% who support Tom "
         "Bexley. Ann Corran has 19% support, the survey said.", "47% + 38% + 19%"),
        ("A survey of viewers found that 51 percent thought Arden won and 59 percent thought "
         "Bexley won.", "51 percent + 59 percent"),
    ],
)
def test_answers_that_exclude_each_other_cannot_pass_the_whole(text: str, listed: str) -> None:
    (message,) = messages(text)
    assert message.startswith(f"{listed} given as answers that exclude each other add up to")


def test_a_second_share_that_leaves_out_its_whole_is_of_the_first_ones() -> None:
    text = "She will give 40% of her time to the bank, 70% to the insurer and the rest to golf."
    assert messages(text) == ["40% + 70% of her time add up to 110 percent: more than the whole"]


@pytest.mark.parametrize(
    "text",
    [
        "About 60 percent oppose Arden and 55 percent oppose Bexley.",
        "The survey showed 47% backing Arden, compared with 38% who support Tom Bexley.",
        "Some 60 percent of Democrats approve, while 55 percent of Republicans oppose the plan.",
        "In 2012, 60 percent backed Arden; in 2016, 55 percent backed Bexley.",
        "Some 60 percent support the bypass and 55 percent support the new bridge.",
        "About 60 percent approved of the plan last year, up from 45 percent who opposed it.",
        "She will give 40% of her time to the bank, 50% to the insurer and the rest to golf.",
        "Sales were 40% of the total in 2019, 70% in 2020.",
        "Arden won 60% of the vote in Ohio and 55% in Iowa.",
    ],
)
def test_shares_that_fit_or_may_be_of_other_wholes_are_not_flagged(text: str) -> None:
    assert messages(text) == [], text
