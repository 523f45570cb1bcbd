"""T104 on relative years and months: a clause that still looks ahead to "last year" or "last
month", or a finite past dated "next year" or "next month" (published May 2025)."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"


def _tense(text: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [(f.rule, text[f.start : f.end]) for f in report.findings if f.rule == "T104"]


def test_a_forecast_for_a_period_already_over() -> None:
    assert _tense("Ferry traffic is expected to decline sharply last year, the port said.") == [
        ("T104", "last year")]
    assert _tense("Loans grew 4 pct in 2024 and are expected to expand another 9 pct last "
                  "year.") == [("T104", "last year")]
    assert _tense("The panel is expected to rule at its session at the end of last month.") == [
        ("T104", "last month")]


def test_a_past_act_in_a_period_not_yet_begun() -> None:
    assert _tense("Bolt Tools bought the other 49 pct next year.") == [("T104", "next year")]


def test_periods_that_name_a_period_or_a_noun_stay_quiet() -> None:
    for text in ("Ridley expects to report a loss for last year.",
                 "Sales fell 3 pct last year and will rise next year.",
                 "The talks scheduled next month in Oslo will cover fishing.",
                 "Growers may be penalized under any legislation passed next year.",
                 "The city announced plans to build the bridge last year.",
                 "Prices will depend on the success of an accord last month among producers.",
                 "Ridley said it was expected to close the yard last year.",
                 "Bolt sold its stake in the port next year, its filing said.",
                 "Output will beat last year's record."):
        assert _tense(text) == [], text



def test_the_last_year_is_a_span_back_not_a_relative_year() -> None:
    for text in ("Rents are expected to have doubled in the last year.",
                 "Varga will retire after her last month in office."):
        assert _tense(text) == [], text


def test_a_month_of_last_or_next_year() -> None:
    assert _tense("The ferry terminal, which will open in October last year, hired staff.") == [
        ("T104", "October last year")]
    assert _tense("Bolt Tools bought the other 49 pct in June next year.") == [
        ("T104", "June next year")]
    assert _tense("The terminal will open in October next year.") == []
    assert _tense("Bolt Tools bought the other 49 pct in June last year.") == []


def test_a_period_after_to_and_a_noun_names_that_noun_s_period() -> None:
    assert _tense("Acme said its results will be similar to its earnings last year.") == []
