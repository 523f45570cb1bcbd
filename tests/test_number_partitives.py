"""N102 partitives told apart: a part, away from its whole, cannot be larger than it."""

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
        ("Of the 12 bakeries inspected by the council, 15 failed the hygiene test.", "15"),
        ("The survey found that of the 30 schools opened since 2010, 34 were over budget.",
         "34"),
        ("Well, of the 40 we have, 52 of them need new roofs.", "52"),
        ("The storm left nearly 30 people injured, 34 of whom are still in hospital.",
         "34"),
        ("The coach named 19 players out of a squad of 16 for the trip.", "19"),
        ("The firm completed an offering of 400,000 shares, including\n500,000 sold by "
         "holders.", "500,000"),
    ],
)
def test_a_part_larger_than_the_whole_it_is_of(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 12 bakeries inspected by the council, nine failed the hygiene test.",
        # the figure after the whole is no count of its members
        "Of the 12 bakeries inspected, 15 percent of the flour was spoiled.",
        "Of the 12 bakeries in the town, 15 years ago only two sold bread.",
        # "about 30" may be more than 30; "more than 30" has no top
        "The storm left about 30 people injured, 34 of whom are still in hospital.",
        "The storm left more than 30 people injured, 34 of whom are still in hospital.",
        # a day of a month is no whole
        "The clinic admitted 173 patients from April 30 to May 17, at least 68 of whom died.",
        # a per-share amount in cents inside a dividend in dollars
        "It will pay 1.50 dlrs a share, including  95 cts a share paid before April.",
    ],
)
def test_a_part_within_its_whole_or_another_figure_is_left_alone(text: str) -> None:
    assert flagged(text) == []
