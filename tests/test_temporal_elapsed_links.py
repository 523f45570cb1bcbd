"""T107: a count back from publication linked by its words to the date the article gives the
same event or thing in another sentence, and bounds ("nearly", "more than") and halves read
as a desk reads them; on our own sentences."""

from __future__ import annotations

from datetime import date

import flagger
from flagger.detectors.temporal.ago_events import misfit

PUBLISHED = "2025-05-14"
FILLER = " Rents rose across the district. Buses ran late that winter."


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_an_act_linked_by_its_verb_and_a_shared_word() -> None:
    text = ("Relatives of two engineers missing, believed kidnapped, since 2022 marched on"
            " Sunday." + FILLER + " The two missing engineers were kidnapped near the dam"
            " nearly six years ago.")
    assert _t107(text) == ["nearly six years ago"]
    assert _t107(text.replace("six years", "three years")) == []


def test_the_act_alone_does_not_link() -> None:
    text = ("The council approved the budget on March 3." + FILLER
            + " A tenants' group was approved about two weeks ago.")
    assert _t107(text) == []
    assert _t107(text.replace("A tenants' group", "The budget")) == ["about two weeks ago"]


def test_a_name_and_a_noun_link_without_an_act() -> None:
    text = ("The Ardmore harbour plan was published in 2024." + FILLER
            + " Critics still quote the Ardmore harbour plan of six years ago.")
    assert _t107(text) == ["six years ago"]
    assert _t107(text.replace("Ardmore harbour plan of", "harbour plan of")) == []


def test_a_mention_set_apart_does_not_link() -> None:
    text = ("The full council on March 3 approved a different harbour plan." + FILLER
            + " The harbour plan was approved more than eight weeks ago by the council.")
    assert _t107(text) == []


def test_a_capital_word_in_a_name_does_not_set_a_mention_apart() -> None:
    text = ("The New Ardmore harbour plan was published in 2024." + FILLER
            + " Critics still quote the New Ardmore harbour plan of six years ago.")
    assert _t107(text) == ["six years ago"]
    assert _t107(text.replace("The New Ardmore harbour plan was",
                              "The new Ardmore harbour plan was")) == []


def test_a_base_of_comparison_is_not_the_act() -> None:
    text = ("Ferry tickets sold in April rose to 9,100." + FILLER
            + " Ferry tickets sold rose, up from 8,200 sold in the same month two years ago.")
    assert _t107(text) == []


def test_the_age_of_a_thing_against_its_beginning() -> None:
    text = ("The inquiry says the affair, uncovered in the spring of 2017, cost savers"
            " millions." + FILLER + " The board wants the 12-year-old affair closed.")
    assert _t107(text) == ["12-year-old"]
    assert _t107(text.replace("12-year-old", "eight-year-old")) == []


def test_a_person_is_not_a_thing() -> None:
    text = ("The school was founded in 2001 by the parish." + FILLER
            + " A 12-year-old boy from the school won the prize.")
    assert _t107(text) == []


def test_a_break_against_its_start() -> None:
    text = ("The two ports restored ferry ties severed during the 2011 dispute." + FILLER
            + " Officials hailed the ferry ties after a 25-year break.")
    assert _t107(text) == ["after a 25-year break"]
    assert _t107(text.replace("25-year", "14-year")) == []


def test_nearly_a_count_beside_its_date() -> None:
    text = "The order was signed on June 30, 2024 - nearly two and a half years ago." + FILLER
    assert _t107(text) == ["nearly two and a half years ago"]
    assert _t107(text.replace("two and a half", "one")) == []


def test_nearly_a_span_since_its_start() -> None:
    text = "The port ended a nearly six-year partnership dating back to 2022." + FILLER
    assert _t107(text) == ["six"]
    assert _t107(text.replace("nearly six", "nearly three")) == []


def test_misfit_reads_bounds() -> None:
    first, last, published = date(2021, 1, 1), date(2021, 12, 31), date(2025, 5, 14)
    assert misfit(4, "years", "nearly", first, last, published) is None
    assert misfit(7, "years", "nearly", first, last, published) == "3–4 years"
    assert misfit(3, "years", "more than", first, last, published) is None
    assert misfit(5, "years", "more than", first, last, published) == "3–4 years"
    assert misfit(3, "weeks", "", date(2025, 4, 23), date(2025, 4, 23), published) is None
    assert misfit(8, "weeks", "", date(2025, 4, 23), date(2025, 4, 23), published) == "3 weeks"


def test_weeks_ago_beside_their_day() -> None:
    text = "The bill was filed almost four weeks ago on May 2, 2025, the clerk said." + FILLER
    assert _t107(text) == ["almost four weeks ago"]
    assert _t107(text.replace("almost four weeks", "almost two weeks")) == []
    assert _t107(text.replace("on May 2, 2025", "in 2025")) == []
