"""N102 opinions: support, opposition and no opinion on one question past everyone asked."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2016, 9, 1)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The survey found that 41 percent of residents support the harbour toll and 38 percent "
         "oppose it, while 30 percent had no opinion.", "30 percent"),
        ("Only about 31% of dockers approve of the new rota, a union poll found. Slightly more "
         "than 77% oppose it.", "77%"),
        ("In May 62% of members backed the merger and 45% rejected it.", "45%"),
        ("The poll found 44 pct of those asked approved of the mayor's budget and 63 pct "
         "disapproved.", "63 pct"),
    ],
)
def test_answers_past_everyone_asked_are_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The survey found that 41 percent of residents support the harbour toll and 38 percent "
        "oppose it, while 21 percent had no opinion.",
        # "about" allows a poll's rounding either way
        "About 31% of dockers approve of the new rota. Slightly more than 70% oppose it.",
        # the opposing share answers for another group
        "Some 80% of owners support the toll, while among tenants 70% oppose it.",
        "Owners: 60% support the toll; tenants: 70% oppose it.",
        # two tenses, two polls
        "In 2010, 60% of members backed the merger; now 55% oppose it.",
        # opposition to something else
        "Some 60% of members support the merger and 55% oppose the new rota.",
        "The poll found 44 pct of those asked approved of the mayor's budget and 53 pct "
        "disapproved.",
        "Some 44 pct of owners approved of the budget; among tenants, 63 pct disapproved.",
    ],
)
def test_answers_within_everyone_or_of_other_groups_are_not_flagged(text: str) -> None:
    assert flagged(text) == []
