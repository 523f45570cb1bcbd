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


def test_a_light_verb_names_the_act_with_its_object() -> None:
    text = ("During the month of April, the council put warning signs on 40 bridges in Tabor."
            + FILLER + " The council put warning signs on 40 bridges in Tabor this month.")
    assert _t101(text) == ["this month"]


def test_an_amount_raised_in_a_month_is_a_figure_not_an_act() -> None:
    text = ("The Tabor Fund raised $2 million in April for the campaign." + FILLER * 4
            + " The Tabor Fund raised $3 million this month for the campaign.")
    assert _t101(text) == []


def test_a_deadline_is_not_the_time_of_the_act() -> None:
    text = ("Ostrava Mills must have shut its paper mill in Brno by June 30." + FILLER
            + " When Ostrava Mills announced the suspension of work at the Brno mill "
            "this month, it cited a slump in orders.")
    assert _t101(text) == []


def test_two_actors_are_two_acts() -> None:
    text = ("On April 3, Jana Novak, a councillor from Tabor, resigned her seat." + FILLER
            + " Late this month, Petr Dvorak, a councillor from Pisek, resigned his seat.")
    assert _t101(text) == []


def test_a_relative_month_before_its_event_noun() -> None:
    text = ("Ostrava Mills shut its paper mill in Brno on April 2, citing a slump in orders."
            + FILLER + " This month's shutdown of the Brno mill cost Ostrava Mills 300 jobs.")
    assert _t101(text) == ["This month"]


def test_a_date_before_an_adjective_and_its_event_noun() -> None:
    text = ("Before the April 6 regional election, Tabor Greens held nine seats." + FILLER
            + " The Tabor Greens doubled their seats in regional elections this month.")
    assert _t101(text) == ["this month"]


def test_a_past_occurrence_and_one_to_come_are_two() -> None:
    text = ("The Tabor council meets in September to set quotas." + FILLER
            + " At last month's council meeting in Tabor, growers asked for larger quotas.")
    assert _t101(text) == []


def test_a_done_act_against_a_date_ahead_is_a_matter_of_tense() -> None:
    text = ("Tabor deputies hope to win the November election in the region." + FILLER
            + " The Tabor deputies, who voted this month for a larger budget, met on Monday.")
    assert _t101(text) == []


def test_leaving_a_post_told_two_ways() -> None:
    text = ("Ana Ruiz resigned from the Tabor water board on April 20." + FILLER
            + " Ruiz, who withdrew from the Tabor water board this month, endorsed a rival.")
    assert _t101(text) == ["this month"]
