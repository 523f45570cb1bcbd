"""T107: a count of years, months or decades against the years its noun phrase names, and runs
of years counted to publication, on our own sentences."""

from __future__ import annotations

import flagger


def _flagged(text: str, published: str = "2021-06-01", title: str | None = None) -> list[str]:
    report = flagger.analyze(text, published=published, select="T", title=title)
    return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]


def _message(text: str, published: str = "2021-06-01") -> str:
    report = flagger.analyze(text, published=published, select="T")
    return next(f.message for f in report.findings if f.rule == "T107")


def test_count_of_years_from_a_range_through_its_end() -> None:
    text = ("The dam will yield power over the first two full years of service from 2024 "
            "through 2026.")
    assert _flagged(text) == ["two full years"]
    assert _message(text).endswith("makes 3 years")


def test_through_may_count_the_ends_apart_unless_years_are_full() -> None:
    assert _flagged("The fewest storms came in any eight-year period (2009 through 2017).") == []
    assert _flagged("It ran in the first eight full years of service from 2009 through "
                    "2017.") == ["eight full years"]
    assert _flagged("It ran well in the first three years of service from 2014 through 2016.") == []
    assert _flagged("A three-year programme of repairs from 2014 to 2017 was approved.") == []
    assert _flagged("A three-year programme of repairs from 2014 to 2016 was approved.") == []
    assert _flagged("A six-year programme of repairs from 2014 to 2016 was approved.") == [
        "six-year"]


def test_count_of_months_inside_two_years() -> None:
    text = "The show had a record 40-month run at the Grand Hall in 2003-04 before touring."
    assert _flagged(text) == ["40-month"]
    assert "at most 24 months" in _message(text)
    assert _flagged("The show had a record 14-month run at the Grand Hall in 2003-04.") == []


def test_range_in_parentheses_with_a_bound() -> None:
    assert _flagged("The town saw more than two decades (2001 through 2012) without a flood.") == [
        "two decades"]
    assert _flagged("The town saw more than a decade (2001 through 2012) without a flood.") == []
    assert _flagged("The town saw nearly two decades (2001 through 2018) without a flood.") == []


def test_apposed_range_after_a_period_noun() -> None:
    assert _flagged("Costs for the three-year period, 2011 to 2016, could reach 2 billion.") == [
        "three-year"]
    assert _flagged("Costs for the five-year period, 2011 to 2016, could reach 2 billion.") == []


def test_listed_years_are_counted() -> None:
    text = "The agency used four years to fix its base level — 2017 and 2018 — for the cap."
    assert _flagged(text) == ["four years"]
    assert _flagged("The agency used two years to fix its base level — 2017 and 2018 — then "
                    "stopped.") == []


def test_range_of_another_noun_is_not_read() -> None:
    assert _flagged("Banks may write off over ten years farm losses incurred between 2001 and "
                    "2004.") == []
    assert _flagged("Two years later the losses between 2001 and 2009 were written off.") == []
    assert _flagged("In the final two years of the plan from 2001 to 2009 costs rose.") == []


def test_run_of_annual_events_since_a_year() -> None:
    title = "Ministry opens annual teacher exam"
    text = "Since 2008, the ministry has held 17 consecutive teacher examinations in all regions."
    assert _flagged(text, title=title) == ["17"]
    assert _flagged(text.replace("17", "13"), title=title) == []
    assert _flagged(text) == []  # events not said to be annual may come more often


def test_run_of_consecutive_years_since_a_year() -> None:
    assert _flagged("Sales have grown for 16 straight years since 2011, the group said.") == [
        "16"]
    assert _flagged("Sales have grown for ten straight years since 2011, the group said.") == []


def test_finished_span_from_a_year_that_overruns_publication() -> None:
    text = "\"People were used to cheap fuel for 30 years from 1995 when the field opened.\""
    assert _flagged(text) == ["30"]
    assert _flagged(text.replace("30", "20")) == []
    assert _flagged("The deal will keep prices fixed for 30 years from 1995 onwards.") == []


def test_a_bound_the_range_cannot_meet() -> None:
    assert _flagged("Over more than five years of talks (2019-22), little changed.") == [
        "five years"]
    assert _flagged("Over nearly four years of talks (2019-22), little changed.") == []


def test_look_backs_terms_and_averages_are_not_spans() -> None:
    assert _flagged("Copper hit a 10-year high in 2019-20 as supply dried up.") == []
    assert _flagged("The 30-year mortgage rate from 2019 to 2021 fell by half.") == []
    assert _flagged("The 12-month rolling average between 2018 and 2021 rose.") == []
    assert _flagged("She was sentenced to 12 years in 2019-20 hearings.") == []


def test_a_term_set_in_the_past_may_run_past_publication() -> None:
    assert _flagged("He was jailed for 30 years from 2010 for the fraud.") == []
    assert _flagged("The mine was leased for 40 years from 1995 to a local firm.") == []


def test_a_run_in_a_row_against_its_listed_years() -> None:
    text = "The club won four league titles in a row (2015, 2016 and 2017) before a slump."
    assert _flagged(text) == ["four league titles"]
    assert "makes 3 years" in _message(text)
    assert _flagged("The club won three league titles in a row (2015, 2016 and 2017).") == []
    assert _flagged("The club won four league titles in a row (in 2015, 2016 and 2017).") == []
