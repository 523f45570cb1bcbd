"""T101: "this month" / "last month" / "next month" for an act the article dates in another
month in another sentence, told with a synonym or another word form; on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"
FILLER = " Rents rose across the district. Buses ran late that winter."


def _t101(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T101")
    return [text[f.start : f.end] for f in report.findings]


def test_a_synonym_of_the_act_dated_in_another_month() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on April 2, along with a depot in Zlin."
            + FILLER + " When Ostrava Mills announced the suspension of work at the Brno mill "
            "this month, it cited a slump in orders.")
    assert _t101(text) == ["this month"]


def test_the_act_dated_in_the_month_itself_is_quiet() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on May 2, along with a depot in Zlin."
            + FILLER + " When Ostrava Mills announced the suspension of work at the Brno mill "
            "this month, it cited a slump in orders.")
    assert _t101(text) == []


def test_last_month_across_the_year_boundary() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on Dec. 3." + FILLER
            + " The mill that Ostrava Mills shut last month employed 300 people.")
    fits = flagger.analyze(text, published="2026-01-10", select="T101").findings
    wrong = flagger.analyze(text, published="2026-02-10", select="T101").findings
    assert list(fits) == []
    assert [text[f.start : f.end] for f in wrong] == ["last month"]


def test_a_second_occurrence_is_quiet() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on April 2." + FILLER
            + " Ostrava Mills shut the Brno mill again this month after a fire.")
    assert _t101(text) == []


def test_a_light_verb_dates_nothing() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on April 2." + FILLER
            + " Ostrava Mills said this month that the Brno mill would stay shut.")
    assert _t101(text) == []


def test_no_shared_word_besides_the_act_is_quiet() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on April 2." + FILLER
            + " Harbour officials suspended ferry crossings this month.")
    assert _t101(text) == []


def test_an_upcoming_act_against_a_done_one_is_quiet() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on April 2." + FILLER
            + " Ostrava Mills will shut the Brno warehouse next month.")
    assert _t101(text) == []


def test_a_run_of_figures_is_left_alone() -> None:
    text = ("The deficit narrowed from 12 billion crowns in March, the ministry said." + FILLER
            + " The deficit narrowed to 9 billion crowns last month from 14 billion in March.")
    assert _t101(text) == []


def test_a_partner_sentence_with_two_months_is_left_alone() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on April 2 and reopened it in June 2024."
            + FILLER + " When Ostrava Mills announced the suspension of work at the Brno mill "
            "this month, it cited a slump in orders.")
    assert _t101(text) == []
