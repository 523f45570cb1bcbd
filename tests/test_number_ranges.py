"""N102 ranges: a range of changes the range of levels and its base contradict."""

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
        # 5.4 and 6.0 against 8.0 are 25 and 32.5 pct lower
        ("The wheat crop is put at between 5.4 and 6.0 mln tonnes, or 20.0 to 27.5 pct lower "
         "than last season's 8.0 mln tonnes.", "20.0"),
        # 3.3 to 3.6 against 3.0 to 3.1 is a rise of 6.5 to 20 pct: 31 is none of them
        ("Barley output is seen at 3.3 to 3.6 mln tonnes, up 6.5 to 31 pct from the 3.0 to "
         "3.1 mln tonnes of the previous year.", "31"),
        ("Rice was sown on 1.8 to 2.0 mln hectares, 3.3 to 18.2 pct below the 2002/03 record "
         "of 2.2 mln hectares.", "3.3"),
    ],
)
def test_a_change_range_its_levels_deny_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The wheat crop is put at between 5.4 and 6.0 mln tonnes, or 25 to 32.5 pct lower than "
        "last season's 8.0 mln tonnes.",
        "Barley output is seen at 3.3 to 3.6 mln tonnes, up 6.5 to 20 pct from the 3.0 to 3.1 "
        "mln tonnes of the previous year.",
        "Rice was sown on 1.8 to 2.0 mln hectares, 9.1 to 18.2 pct below the 2002/03 record of "
        "2.2 mln hectares.",
        # the range right before the change is last week's figure, not the level it measures
        "Oats are now put at 1.6 to 1.7 mln tonnes, against last week's 1.7 to 1.8 mln tonnes, "
        "down 15 to 20 pct on the 2.0 mln tonnes of last season.",
        # a range of shares, no direction: not a change
        "Harvesting reached 30 to 35 pct of the 4.1 mln hectares sown.",
    ],
)
def test_a_change_range_its_levels_allow_is_not_flagged(text: str) -> None:
    assert flagged(text) == []
