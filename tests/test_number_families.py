"""N101: a family's size told twice however far apart, a group described again by the same
words after its noun (near, or far for "all N"); what stays unlinked. Texts written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect

FILLER = " The weather stayed fine and a crowd came out to watch the parade."


def flagged_words(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [text[f.start : f.end] for f in detect(doc) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # one family's children, many sentences apart
        ("The pair still spend weekends with their three children, Ann, Bo and Cy."
         + FILLER * 12 + " Raising their four children comes first, the pair say.", ["four"]),
        # "have N children" told twice
        ("They wed in 2010 and have two children together." + FILLER * 3
         + " She has left him even though they have three children together.", ["three"]),
        # a group of sources described again by the words after its noun
        ("The plan was approved, according to three people close to the mayor." + FILLER * 3
         + " He may still change course, according to the four people close to him.",
         ["four"]),
        # a strong back-reference retelling the group in the same words, far apart
        ("The chief blamed the riots on the six officers charged in the beating." + FILLER * 12
         + " All five officers charged in the beating kept their jobs.", ["five"]),
    ],
)
def test_linked(text: str, flagged: list[str]) -> None:
    assert flagged_words(text) == flagged


@pytest.mark.parametrize(
    "text",
    [
        # a birth told between: the family grew
        "They have two children together." + FILLER * 3 + " In May a baby boy was born."
        + FILLER + " They now say they have three children together.",
        # two parents' families, far apart
        "Ann spends Sundays with her two children." + FILLER * 12
        + " Tom spends Sundays with his three children.",
        # two parents' families, near each other
        "Ann spends Sundays with her two children." + FILLER
        + " Tom spends Sundays with his three children.",
        # a companion joined to the group between: the later count may take her in
        "Two girls went missing with their aunt on Monday." + FILLER * 2 + " The police said "
        "the three girls were found safe.",
        # other words after the noun: another group
        "The plan was approved, according to three people close to the mayor." + FILLER * 3
        + " He may still change course, according to the four people who spoke to us.",
        # far apart, told in other words: no retelling
        "The chief blamed the riots on the six officers charged in the beating." + FILLER * 12
        + " All five officers who testified kept their jobs.",
        # a smaller group described again may be some of them
        "Four people close to the mayor backed the plan." + FILLER * 3
        + " The two people close to him who spoke were aides.",
    ],
)
def test_unlinked(text: str) -> None:
    assert flagged_words(text) == []
