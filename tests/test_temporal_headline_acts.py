"""Headline against body by one act and one name: a headline weekday that the lede's dated
verb of the same act, said of the same party, contradicts; on our own headlines and ledes."""

from __future__ import annotations

import pytest

import flagger

LEDE = ("Struggling league side Dunmore Rovers on Monday sacked manager Ian Kerr after a "
        "fifth defeat in a row. The board will name a caretaker this week.")


def _found(title: str, text: str) -> list[tuple[str, str]]:
    report = flagger.Flagger(select="T").analyze(text, published="2025-05-12", title=title)
    return [(title[f.start : f.end], f.related[0].text) for f in report.findings
            if f.rule == "T105" and f.field == "title"]


def test_a_headline_weekday_against_the_ledes_day_of_the_same_act() -> None:
    assert _found("Rovers sack Kerr Sunday", LEDE) == [("Sunday", "Monday")]


@pytest.mark.parametrize(
    "title",
    [
        "Rovers sack Kerr Monday",  # the same day
        "Rovers to sack Kerr Sunday",  # announced, not done
        "Rovers sack Berg Sunday",  # another party
        "Rovers hire Kerr Sunday",  # another act
    ],
)
def test_no_headline_act_conflict(title: str) -> None:
    assert _found(title, LEDE) == []
