"""T107: a span that the dated beginning of its own thing rules out (`lifetimes`); on our own
sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"
FILLER = " Rents rose across the district. Buses ran late that winter."


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_a_stay_longer_than_the_place_has_stood() -> None:
    text = "Harbour Hall opened in 1980." + FILLER + " Ruiz taught at Harbour Hall for 70 years."
    assert _t107(text) == ["for 70 years"]
    assert _t107(text.replace("70 years", "40 years")) == []


def test_the_thing_must_be_named_in_both_sentences() -> None:
    text = "Harbour Hall opened in 1980." + FILLER + " Ruiz taught piano for 70 years."
    assert _t107(text) == []


def test_a_beginning_in_the_same_sentence_modifies_its_thing() -> None:
    text = "The fund, which began in 2021, carried the farms through the last six years."
    assert _t107(text) == ["through the last six years"]
    # the strike began then; the workers' wait is another span
    assert _t107("The strike began in 2024, after workers had waited for six years.") == []


def test_a_history_longer_than_the_thing() -> None:
    text = ("The Ardmore festival was first held in 1950." + FILLER
            + " Rain stopped the Ardmore festival for the first time in its 120-year history.")
    assert _t107(text) == ["120-year history"]
    assert _t107(text.replace("120-year", "75-year")) == []


def test_now_years_after_counts_from_the_start() -> None:
    text = ("The treaty was signed in 2023 by both states." + FILLER
            + " And now, nearly five years after that treaty was signed, trade is up.")
    assert _t107(text) == ["now, nearly five years after"]
    assert _t107(text.replace("nearly five", "nearly two")) == []


def test_a_career_a_plan_or_a_term_is_not_read() -> None:
    assert _t107("Ruiz, who joined Harbour Hall in 2010, has taught music for 40 years.") == []
    assert _t107("The lease, signed in 2020, runs for 99 years.") == []
    assert _t107("The loan agreement signed in January was to last 15 months.") == []
    text = "Harbour Hall opened in 1980." + FILLER + " Harbour Hall will stay open for 70 years."
    assert _t107(text) == []
