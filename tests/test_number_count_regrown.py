"""N101: a group given back larger by a demonstrative or described anew, and the words that
tell of no other members. Texts written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.detectors.numbers.pointing import OTHERS


def flagged_words(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [text[f.start : f.end] for f in detect(doc) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a demonstrative points at the group just counted, wherever it stands
        ("The council approved two schemes on Monday. Critics say these three schemes will "
         "crowd the valley.", ["three"]),
        ("The council approved two schemes on Monday. Critics said those three schemes would "
         "crowd the valley.", ["three"]),
        # unless a member was added between, or the later is rather a wider group
        ("The council approved two schemes on Monday and a third on Tuesday. Critics say these "
         "three schemes will crowd the valley.", []),
        ("The council approved two schemes on Monday. Critics say these five schemes will "
         "crowd the valley.", []),
    ],
)
def test_a_demonstrative_gives_back_the_group(text: str, flagged: list[str]) -> None:
    assert flagged_words(text) == flagged, text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the group given back larger by a sentence-opening "The", described by other words
        ("Police found three hikers on Monday. The four stranded hikers were flown home.",
         ["four"]),
        ("A chain agreed to buy three clinics for $2 million. The four privately run clinics "
         "earned $900,000 last year.", ["four"]),
        # a tally of ten or more given back larger, described by other words
        ("Rescuers reached 11 miners on Monday. Officials said the 12 trapped miners were "
         "safe.", ["12"]),
        # inside a sentence too, nothing between telling of a fourth
        ("Police found three hikers on Monday. Rangers flew the four stranded hikers home.",
         ["four"]),
        # a companion joined to them between may be counted with them; a tally far larger is
        # another group
        ("Police found three hikers and their guide on Monday. Rangers flew the four stranded "
         "hikers home.", []),
        ("Rescuers reached 11 miners on Monday. Officials said the 30 trapped miners were "
         "safe.", []),
        ("Police found three hikers on Monday and a fourth on Tuesday. The four stranded hikers "
         "were flown home.", []),
    ],
)
def test_a_group_described_anew(text: str, flagged: list[str]) -> None:
    assert flagged_words(text) == flagged, text


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("in New York", False),
        ("in its second fiscal quarter", False),
        ("for the third time", False),
        ("new members", True),
        ("New members", True),
        ("a second man", True),
    ],
)
def test_words_that_tell_of_other_members(text: str, others: bool) -> None:
    assert (OTHERS.search(text) is not None) is others


def test_an_ordinal_of_a_period_tells_of_no_other_member() -> None:
    text = ("The airline sold two jets. It expects a gain in its second quarter. The three jets "
            "went to a leasing group.")
    assert flagged_words(text) == ["three"]
    added = ("The airline sold two jets. It sold a second jet on Friday. The three jets went to "
             "a leasing group.")
    assert flagged_words(added) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a clause after the later count picks out the group just counted, a sentence on
        ("Three chiefs quit the council on Monday. The four chiefs who left said they had no "
         "choice.", ["four"]),
        # further on it may pick out a wider group
        ("Three chiefs quit the council on Monday. The vote was close. Talks went on. Members "
         "met again. The four chiefs who left said they had no choice.", []),
    ],
)
def test_a_group_given_back_with_a_clause(text: str, flagged: list[str]) -> None:
    assert flagged_words(text) == flagged, text


def test_the_majority_of_a_whole_is_no_recount() -> None:
    text = ("Fifty schools reopened on Wednesday. Officials said the majority of the 62 schools "
            "in the district were open.")
    assert flagged_words(text) == []
