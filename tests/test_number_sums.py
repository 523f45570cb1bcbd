"""N102 sums stated after their parts: "A and B, a total of T"; "T% either (A%) or (B%)"."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def messages(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f.message for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The club bought 14 bats and 9 balls last spring, a total of 25 items.", True),
        ("The club bought 14 bats and 11 balls last spring, a total of 25 items.", False),
        ("The shelter took in 30 plus 12, for a total of 40.", True),
        ("The shelter took in 30 plus 12, for a total of 42.", False),
        ("The rescue found two cats and five dogs, making a total of nine animals.", True),
        # a part of a longer run, a year, "including" and "or" leave the total open
        ("She won 3 titles in 2019 and 4 in 2020, a total of 20 in her career.", False),
        ("The club bought bats, including 14 new ones and 9 old ones, a total of 30.", False),
        ("The club bought 14 bats or 9 balls, a total of 30.", False),
        ("The town had six new cases, for a total of 790 and two new deaths, for a total of 79.",
         False),
        ("A raid left seven dead: five men and two women, for a total of 40 in three days.",
         False),
        ("A raid left seven dead: five men and two women, a total of 40 victims.", False),
        # shares joined with "either ... or" make up the share before them
        ("A poll finds 61 percent of voters either angry (30 percent) or scared (26 percent).",
         True),
        ("A poll finds 61 percent of voters either angry (30 percent) or scared (31 percent).",
         False),
        # a split of a body of seats holds no more seats than the body
        ("The party runs the 60-member council by a 32-29 margin.", True),
        ("The party runs the 60-member council by a 32-28 margin.", False),
        ("The party runs the 60-member council by a 31-27 margin.", False),
    ],
)
def test_parts_before_a_total(text: str, flagged: bool) -> None:
    assert bool(messages(text)) is flagged, text
