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


def test_an_event_noun_before_the_count() -> None:
    text = ("Turnout fell sharply in the election of 2021, the commission said." + FILLER
            + " Turnout has not recovered since the election eight years ago.")
    assert _t107(text) == ["eight years ago"]


def test_a_count_opening_its_clause_dates_the_act_after_it() -> None:
    text = ("The province nationalised the ferries in 2019, citing losses." + FILLER
            + " Nine years ago, the province nationalised the ferries.")
    assert _t107(text) == ["Nine years ago"]
    assert _t107(text.replace("Nine years", "Six years")) == []


def test_a_count_inside_its_clause_does_not_look_ahead() -> None:
    text = ("The province nationalised the ferries in 2019, citing losses." + FILLER
            + " Rents were low nine years ago, and the province nationalised the ferries.")
    assert _t107(text) == []


def test_a_range_of_counts_is_not_checked() -> None:
    text = ("The province nationalised the ferries in 2019, citing losses." + FILLER
            + " Officials rejected calls to sell the ferries, nationalised eight or nine years"
            " ago.")
    assert _t107(text) == []


def test_an_event_noun_of_a_class_is_no_one_event() -> None:
    text = ("Turnout fell sharply in the election of 2021, the commission said." + FILLER
            + " Turnout fell in one such election eight years ago.")
    assert _t107(text) == []


def test_years_later_counts_from_the_date_last_told() -> None:
    text = ("The council closed the pier in 2014. Divers said it was unsafe. Repairs stalled."
            " Nobody used it. Five years later, in 2023, the pier reopened.")
    assert _t107(text) == ["Five years later"]
    assert _t107(text.replace("Five years", "Nine years")) == []


def test_years_later_after_another_time_is_not_counted() -> None:
    text = ("The council closed the pier in 2014. Divers said last week it was unsafe."
            " Five years later, in 2023, the pier reopened.")
    assert _t107(text) == []


def test_now_years_later_counts_from_the_date_last_told_to_publication() -> None:
    text = ("The mayor promised a new bridge on September 26, 2017. Nothing was built."
            " Now, almost three years later, the mayor is promising it again.")
    assert _t107(text) == ["almost three years later"]
    assert _t107(text.replace("almost three", "almost eight")) == []


def test_years_later_without_now_is_left_to_its_dates() -> None:
    text = ("The mayor promised a new bridge on September 26, 2017. Nothing was built."
            " Three years later, the mayor is promising it again.")
    assert _t107(text) == []


def test_a_pointer_past_another_time_is_quiet() -> None:
    text = ("The shop stayed open until the deadline, March 20. It reopened last week."
            " That was almost six months ago." + FILLER)
    assert _t107(text) == []


def test_a_year_glued_to_the_next_word_still_dates_the_pointer() -> None:
    text = ("The mayor wrote on September 26, 2017Now, almost three years later, the mayor is"
            " promising it again.")
    found = flagger.analyze(text, published=PUBLISHED, select="T107").findings
    assert [text[f.start : f.end] for f in found] == ["almost three years later"]
    assert "2017-09-26" in found[0].message


def test_years_after_a_date_of_its_own_clause_is_not_counted_from_an_older_one() -> None:
    text = ("Output grew four pct in 2024. He said it averaged five pct over the past three"
            " years. For the first two years after the unrest began in 2019, output held.")
    assert _t107(text) == []


def test_a_count_the_text_denies_is_not_checked() -> None:
    assert _t107("Some readers thought the quay opened in 2012, but 2012 wasn't 20 years ago.") == []
    assert _t107("The quay opened in 2012, 20 years ago.") == ["20 years ago"]


def test_no_count_back_to_a_day_after_publication() -> None:
    # the copy is dated before the day it counts back to: no "-11 weeks" arithmetic
    text = "The quay bill was introduced almost two weeks ago on 8/01/2025, with little notice."
    assert _t107(text) == []
    assert _t107(text.replace("8/01/2025", "4/01/2025")) == ["almost two weeks ago"]
