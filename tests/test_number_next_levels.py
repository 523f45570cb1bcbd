"""N102 a change whose two levels the next sentence gives."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2005, 2, 1)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Membership of British chess clubs fell 40% last year, the league said. Thirty-three "
         "chess clubs were left last year, compared with 45 in 2003, the league said.", "40%"),
        ("Ferry earnings during the quarter dropped by 64% because of repair costs. Net profit "
         "was $186m in the quarter, compared with $322m in the same period a year earlier.",
         "64%"),
        ("Harbour traffic rose 30% in May. Harbour crossings climbed to 1,300 from 1,200.",
         "30%"),
        # a multiple, its pair two sentences on, linked by a word for the same measure
        ("Ferry profits more than doubled in 2004. The harbour was busy. Net income jumped to "
         "3bn yuan in 2004, compared with 1.7bn yuan in 2003.", "more than doubled"),
        ("Ferry operators hope to triple ferry traffic. They aim to lift ferry traffic from "
         "300,000 passengers this year to 600,000 by 2008.", "triple"),
    ],
)
def test_a_change_the_next_sentence_contradicts(text: str, wrong: str) -> None:
    assert wrong in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # the levels fit the change
        "Membership of chess clubs fell 27% last year. Thirty-three chess clubs were left, "
        "compared with 45 in 2003.",
        # the next sentence speaks of another thing
        "Ferry earnings dropped by 64% in the quarter. Staff numbers were 186, compared with "
        "322 a year earlier.",
        # two pairs in the next sentence: which one the change is of is unclear
        "Harbour traffic rose 30% in May. Harbour crossings climbed to 1,300 from 1,200, and "
        "harbour fees to 90 from 80.",
        # the pair rises where the change falls: a level of something else
        "Harbour traffic fell 30% in May. Harbour crossings climbed to 1,300 from 1,200.",
        # "compared with" two things, not two periods
        "Ferry sales shot up more than tenfold in 2004. Ferry tickets sold in December were "
        "312,000 compared with 282,000 train tickets.",
        # another change told before the pair
        "Ferry sales doubled in 2004. Train fares tripled. Ferry sales rose to 3,000 from 2,600.",
        # the change's sentence names its own level
        "Harbour traffic rose 30% to 1,560 in May. Harbour crossings were 1,300 in April, "
        "compared with 1,200 in March.",
    ],
)
def test_no_conflict(text: str) -> None:
    assert flagged(text) == []
