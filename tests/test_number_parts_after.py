"""N102 parts after: parts listed after a whole told before them, that add up to more."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2017, 10, 24)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The council approved a plan on Monday to spend $62 million on flood defences. The plan "
         "includes $31.5 million for new walls and $40.2 million for pumping stations.",
         "$40.2 million"),
        ("The academy handed out 44 regional film prizes this year. The prizes included one "
         "lifetime prize, eight jury prizes, 29 audience prizes and 12 student prizes.", "12"),
        # the whole told in the headline and again in the lede is one whole
        ("Board backs $62 million flood plan\n\nThe board backed a plan to spend $62 million on "
         "flood defences. The plan includes $31.5 million for walls and $40.2 million for pumps.",
         "$40.2 million"),
    ],
)
def test_parts_past_the_whole_told_before_them_are_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # parts may fall short: the list may be partial
        "The council approved a plan on Monday to spend $62 million on flood defences. The plan "
        "includes $21.5 million for new walls and $30.2 million for pumping stations.",
        # two wholes before: which one the parts make up is not known
        "The council will spend $62 million on defences and $90 million on roads. The plan "
        "includes $31.5 million for new walls and $40.2 million for pumping stations.",
        # a count of another noun is not the whole
        "The academy has 44 regional juries. The prizes included one lifetime prize, eight jury "
        "prizes, 29 audience prizes and 12 student prizes.",
        # a bound leaves room for more
        "The council plans to spend more than $62 million on defences. The plan includes "
        "$31.5 million for new walls and $40.2 million for pumping stations.",
        # a signed measure: other parts may be losses
        "The group made a net profit of $62 million. The result includes $31.5 million from "
        "shipping and $40.2 million from property.",
        # within the rounding of the written digits
        "The council approved a plan to spend $62 million. The plan includes $31 million for "
        "walls and $31.4 million for pumps.",
    ],
)
def test_parts_within_their_whole_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


def test_a_scale_word_in_capitals_is_read_as_no_figure_scale() -> None:
    text = ("The company sold 12 MLN dlrs of notes. The sale included 5 MLN dlrs of A notes and "
            "9 MLN dlrs of B notes.")
    assert flagged(text) == []


def test_contributions_to_a_change_are_signed_and_not_judged() -> None:
    text = ("Of the 0.6 point contribution of domestic demand to growth, firms accounted for 0.5 "
            "point. The private sector contribution included 0.4 point for housing, 0.5 for "
            "capital outlays and 0.1 for stocks. Consumer spending had a 0.3 negative impact.")
    assert flagged(text) == []


def test_a_verb_of_contributing_far_before_the_parts_signs_nothing() -> None:
    text = ("Speakers urged writers to contribute to literature. The state presented 44 "
            "regional film prizes this year. The prizes included one lifetime prize, eight jury "
            "prizes, 29 audience prizes and 12 student prizes.")
    assert flagged(text) == ["12"]
