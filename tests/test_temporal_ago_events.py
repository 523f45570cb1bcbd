"""T107: "N years ago" for an act the article dates in another sentence, and a demonstrative
("That was four months ago") pointing back to the date just told; on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"
FILLER = " Rents rose across the district. Buses ran late that winter."


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_same_act_dated_elsewhere() -> None:
    text = ("The province nationalised the ferries in 2019, citing losses." + FILLER
            + " Officials rejected calls to sell the ferries, nationalised nine years ago.")
    assert _t107(text) == ["nine years ago"]


def test_same_act_that_fits_is_quiet() -> None:
    text = ("The province nationalised the ferries in 2019, citing losses." + FILLER
            + " Officials rejected calls to sell the ferries, nationalised six years ago.")
    assert _t107(text) == []


def test_two_dates_for_the_act_are_left_alone() -> None:
    text = ("The province nationalised the ferries in 2019 and the ports in 2012." + FILLER
            + " Officials rejected calls to sell the ferries, nationalised nine years ago.")
    assert _t107(text) == []


def test_an_act_dated_nowhere_else_is_quiet() -> None:
    text = ("The ferries lost money in 2019." + FILLER
            + " Officials rejected calls to sell the ferries, nationalised nine years ago.")
    assert _t107(text) == []


def test_a_lower_bound_read_as_a_bound() -> None:
    fits = ("The board convicted the treasurer in 2021 of fraud." + FILLER
            + " The treasurer, convicted more than three years ago, appealed.")
    wrong = fits.replace("more than three", "more than seven")
    assert _t107(fits) == []
    assert _t107(wrong) == ["more than seven years ago"]


def test_that_was_points_back_to_the_date_told() -> None:
    text = ("The shop stayed open late every night until the deadline, March 20."
            " That was almost six months ago." + FILLER)
    assert _t107(text) == ["almost six months ago"]
    assert _t107(text.replace("six months", "two months")) == []


def test_it_was_is_not_a_pointer() -> None:
    text = ("The shop stayed open until the deadline, March 20."
            " For me, it was six months ago." + FILLER)
    assert _t107(text) == []
