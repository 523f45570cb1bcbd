"""T107: a count back from publication and the date beside it ("five years ago, back in
2019"; "for the past decade, since 2021"), and the reading of counts; on our own sentences."""

from __future__ import annotations

from datetime import date

import flagger
from flagger.detectors.temporal.count_phrases import counts, misfit

PUBLISHED = "2025-05-14"


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_counts_read_halves_bounds_and_words() -> None:
    text = ("over the past two and a half years, half a decade, a year and a half, "
            "2-1/2 years, nearly 50 years and the last decade")
    found = [(c.n, c.unit, c.rough, c.halved) for c in counts(text, 0, len(text))]
    assert found == [(2.5, "year", "", True), (5.0, "year", "", False),
                     (1.5, "year", "", True), (2.5, "year", "", True),
                     (50.0, "year", "nearly", False), (1.0, "decade", "", False)]


def test_misfit_reads_each_bound() -> None:
    def said(words: str) -> str | None:
        count = next(counts(words, 0, len(words)))
        return misfit(count, date(2015, 3, 1), date(2015, 3, 31), date(2025, 5, 14))

    assert said("ten years") is None
    assert said("nearly 12 years") is None
    assert said("nearly 20 years") == "10 years"
    assert said("more than eight years") is None
    assert said("more than 12 years") == "10 years"
    assert said("a decade") is None
    assert said("three and a half years") == "10 years"


def test_date_after_the_count() -> None:
    assert _t107("The port was rebuilt five years ago, back in 2021.") == ["five years ago"]
    assert _t107("The port was rebuilt half a decade ago, in 2023, by the city.") == [
        "half a decade ago"]


def test_count_that_fits_is_quiet() -> None:
    assert _t107("The port was rebuilt five years ago, back in 2020.") == []
    assert _t107("The port was rebuilt a decade ago, in 2013.") == []
    assert _t107("Ships last docked there almost two years ago, on June 2, 2023.") == []


def test_yearless_day_for_a_count_of_weeks_or_months() -> None:
    assert _t107("The meeting first convened three weeks ago, on May 7, before a recess.") == [
        "three weeks ago"]
    assert _t107("The shares last traded six months ago, on February 9, at 85 cents.") == [
        "six months ago"]
    # a month alone is too coarse for weeks, and "two years ago in June" names an old June
    assert _t107("The meeting first convened three weeks ago, on May four.") == []
    assert _t107("Voters went to the polls two years ago in June.") == []


def test_bounds_read_as_the_desk_reads_them() -> None:
    assert _t107("The record of 9.8 pct was set nearly 50 years ago, in November 1990.") == [
        "nearly 50 years ago"]
    assert _t107("More than 300 people have died since the floods three and a half years "
                 "ago in March 2023, officials said.") == ["three and a half years ago"]


def test_span_to_now_against_its_start() -> None:
    assert _t107("The mill has been in receivership for the past decade, since 2021, "
                 "its owners said.") == ["decade"]
    assert _t107("Since 2022, or for five years, the firm has sold the drug.") == ["five years"]
    assert _t107("The lira has fallen in the six years since its peak in early 2023.") == [
        "six years"]
    assert _t107("Yields were the highest in more than a year, since 4.1 pct on "
                 "September 30, 2024.") == ["more than a year"]


def test_span_that_fits_is_quiet() -> None:
    assert _t107("The mill has been idle for the past decade, since 2015, its owners said.") == []
    assert _t107("Since 2020, or for five years, the firm has sold the drug.") == []


def test_denied_and_ranged_counts_are_left_alone() -> None:
    assert _t107("The port was rebuilt two or three years ago, in 2022.") == []
    assert _t107("The vote was not five years ago, in 2023, but later.") == []


def test_a_span_for_n_years_since_its_start() -> None:
    assert _t107("The firm has made the drug for three years, since May, 2024.") == [
        "three years"]
    assert _t107("Prices are the highest for about five years, since early 2023.") == [
        "about five years"]
    assert _t107("The firm has made the drug for three years, since May 2022.") == []


def test_a_yearless_start_of_a_span_to_now_is_the_last_one() -> None:
    assert _t107("Talks have gone on since late August, some 18 months.") == ["some 18 months"]
    assert _t107("Talks have gone on since late August, some seven months.") == []


def test_a_span_to_now_from_a_date_told_from_publication() -> None:
    assert _t107("Bond prices are the most attractive in over 18 months, since last autumn.") == [
        "over 18 months"]
    assert _t107("Imports rose over the last 16 months, since the start of this year.") == [
        "16 months"]
    assert _t107("Bond prices are the most attractive in over six months, since last autumn.") == []


def test_a_date_told_from_publication_beside_ago() -> None:
    assert _t107("Ministers met in Oslo last September, 18 months ago, to sign it.") == [
        "18 months ago"]
    assert _t107("Talks broke off last autumn, two years ago, over the dam.") == ["two years ago"]
    assert _t107("Ministers met in Oslo last September, eight months ago, to sign it.") == []
    assert _t107("The board met last week, two weeks ago, to vote.") == []


def test_a_month_beside_a_count_of_weeks() -> None:
    assert _t107("The firm said in February, six weeks ago, that it would bid.") == [
        "six weeks ago"]
    assert _t107("The firm said in April, six weeks ago, that it would bid.") == []
    assert _t107("The firm said in May, two weeks ago, that it would bid.") == []


def test_a_day_named_from_now_is_not_the_counts_date() -> None:
    assert _t107("The mill closed three years ago today, its owners recalled.") == []
    assert _t107("The mill closed a month ago Wednesday, its owners recalled.") == []


def test_a_since_clause_on_a_wrapped_line() -> None:
    assert _t107("The lira has fallen in the six years since its\npeak in early 2023, "
                 "dealers said.") == ["six years"]
