"""N101: a definite count given back to the last mention of its noun when the story counted
that noun before with other values. Texts written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged_words(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [text[f.start : f.end] for f in detect(doc) if f.rule == "N101"]


HARBOUR = "The navy said 4,800 sailors were ashore and 2,900 sailors had returned to the ship. "


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the back-reference gives back the group just counted, not the larger tallies before
        (HARBOUR + "Five sailors who had recovered tested positive again on Friday. The six "
         "sailors had been cleared last week.", ["six"]),
        (HARBOUR + "Five sailors who had recovered tested positive again on Friday. Doctors "
         "said these six sailors were well.", ["six"]),
        # its value given that noun before: it may point at that group
        (HARBOUR + "Five sailors who had recovered tested positive again on Friday. The 2,900 "
         "sailors were tested too.", []),
        # the rest of a whole counted before, or the whole of two parts
        ("Ten sailors were tested on Friday and two sailors were positive. The eight sailors "
         "were sent home.", []),
        ("Ten sailors were tested on Friday and two sailors were positive. The 12 sailors "
         "were sent home.", []),
        # too far from the last mention, or in its sentence
        (HARBOUR + "Five sailors who had recovered tested positive again on Friday. The ship "
         "stayed in port. Its captain was replaced. Officers met on Sunday. The six sailors "
         "had been cleared last week.", []),
        (HARBOUR + "Five sailors who had recovered were among the six sailors tested again.",
         []),
    ],
)
def test_a_back_reference_names_the_group_just_counted(text: str, flagged: list[str]) -> None:
    assert flagged_words(text) == flagged, text
