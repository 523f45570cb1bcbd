"""N101 weak back-references that name a group again, days that end a span, elapsed "since",
and the guards on them; small texts written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.detectors.numbers.references import without_ends


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [text[f.start : f.end] for f in detect(doc) if f.rule == "N101"]


def test_the_day_a_span_ends_is_no_event_day() -> None:
    assert without_ends("They are laid off until May 11.") == "They are laid off ."
    assert without_ends("They were laid off on May 11.") == "They were laid off on May 11."


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Four people took part in the trial. The five people wore caps.", ["five"]),
        ("Visas are waived for the 38 countries in the scheme. Citizens from the 36 countries "
         "must apply online.", ["36"]),
        ("The mill will close for a week and idle 900 workers. The 700 workers will be laid off "
         "until June 3.", ["700"]),
        ("It has only been a week since a gunman killed 20 people at the fair. Here were 26 people "
         "killed, the host said.", ["26"]),
    ],
)
def test_linked(text: str, words: list[str]) -> None:
    assert flagged(text) == words


@pytest.mark.parametrize(
    "text",
    [
        # a sentence-opening "the" reaches only a few sentences back
        "Nine ships sailed. It rained. Crews slept. Tugs waited. Gulls flew. The 12 ships docked.",
        # a smaller group picked out by a clause or a new modifier is a part
        "Four banks were fined. The two banks that lent the most will appeal.",
        "Four banks were fined. The two French banks will appeal.",
        "Four men were charged. The two men, with their coach, deny it.",
        # other nouns are other counts, whatever they mean
        "Idle seamen had stopped 40 ships. The 48 vessels lie at anchor.",
        # a running total since a day
        "Since March the virus has killed 20 people in the town. It killed 26 people in May.",
        # a later mid-sentence "the" stays too weak
        "Two girls were walking home. A crowd approached the three girls near the park.",
    ],
)
def test_not_linked(text: str) -> None:
    assert flagged(text) == []
