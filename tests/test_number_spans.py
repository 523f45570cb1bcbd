"""N101 time words that do not set two counts apart, and the ones that still do; small texts
written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.detectors.numbers.spans import without_ends


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [text[f.start : f.end] for f in detect(doc) if f.rule == "N101"]


def test_the_day_a_span_ends_is_no_event_day() -> None:
    assert without_ends("They are laid off until May 11.") == "They are laid off ."
    assert without_ends("They were laid off on May 11.") == "They were laid off on May 11."


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The mill will close for a week and idle 900 workers. The 700 workers will be laid off "
         "until June 3.", ["700"]),
        ("It has only been a week since a gunman killed 20 people at the fair. Here were 26 people "
         "killed, the host said.", ["26"]),
        # a group given back larger, nothing between telling of a fifth
        ("Four people took part in the trial. Staff gave the five people caps.", ["five"]),
    ],
)
def test_linked(text: str, words: list[str]) -> None:
    assert flagged(text) == words


@pytest.mark.parametrize(
    "text",
    [
        # another day, or a running total since a day
        "The mill will idle 900 workers on June 1. It laid off 700 workers on June 3.",
        "Since March the virus has killed 20 people in the town. It killed 26 people in May.",
        # a part abroad, and a whole picked out by a clause after a numbered partitive
        "The strike has idled 160 ships in port. He said six ships were idle abroad.",
        "The strike has idled 160 ships. It has halted 48 of the 72 ships belonging to the state.",
        # weak back-references stay unlinked
        "Four men were charged. The two men, with their coach, deny it.",
        "Idle seamen had stopped 40 ships. The 48 vessels lie at anchor.",
    ],
)
def test_not_linked(text: str) -> None:
    assert flagged(text) == []
