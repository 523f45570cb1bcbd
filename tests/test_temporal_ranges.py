"""T107 on our own sentences: a count of years beside the range of years it names."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"


def _found(text: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [(f.rule, text[f.start : f.end]) for f in report.findings]


def test_a_period_noun_with_its_range_after() -> None:
    assert ("T107", "five") in _found("The board set out a five-year period 2021-2023 for "
                                      "the upgrade.")
    assert ("T107", "six") in _found("Funds go to a six year programme for 2019-2022.")


def test_a_range_before_the_count() -> None:
    assert ("T107", "two") in _found("The ministry unveiled its 2024-2030 two-year plan.")


def test_years_of_a_phrase_closed_by_the_range() -> None:
    assert ("T107", "seven") in _found("After seven years of tight budgets (2015-18), the "
                                       "city borrowed again.")
    assert ("T107", "seven") in _found("The mayor said that after seven years of tight\n"
                                       "budgets (2015-18), the city borrowed again.")


def test_counts_apart_or_both_included_stay_quiet() -> None:
    for text in ("The three-year period 2021-2023 was costly.",
                 "The two-year period 2021-2023 was costly.",
                 "Its 2024-2030 six-year plan starts soon.",
                 "After four years of tight budgets (2015-18), the city borrowed again."):
        assert _found(text) == [], text


def test_bounds_fiscal_years_and_other_nouns_are_not_counted() -> None:
    for text in ("Over more than two years of talks (2019-22), little changed.",
                 "A three-year plan for 2024/25 was agreed.",
                 "The 10-year bonds due 2027-2029 were sold.",
                 "Their six-year-old son was born in 2019-20 by their count."):
        assert _found(text) == [], text


def test_a_count_with_its_range_in_apposition() -> None:
    assert ("T107", "six") in _found("For six years, 1961-64, the mill ran at a loss.")
    assert ("T107", "two") in _found("Grants are paid over the two years 2010 to 2015.")
    assert ("T107", "five") in _found("He led the team for five years from 2001 through 2003.")


def test_an_apposed_range_that_fits_or_has_a_partner_stays_quiet() -> None:
    for text in ("For three years, 1961-64, the mill ran at a loss.",
                 "Grants are paid over the five years 2010 to 2015.",
                 "He coached for ten years, 1990-95 and 2000-05, in two spells.",
                 "Prices rose for the past two years 2010 to 2015.",
                 "In five years 2021 was the worst one."):
        assert _found(text) == [], text


def test_a_plan_for_the_years_it_names_covers_them_all() -> None:
    assert ("T107", "three") in _found("The board adopted a three year investment plan for "
                                       "2021-24.")
    assert _found("The board adopted a four year investment plan for 2021-24.") == []
    # a plan's years beside it, or an article on fiscal years, may run mid-year to mid-year
    assert _found("The board adopted its 2021-24 three-year plan.") == []
    assert _found("The board adopted a three year plan for 2021-24, its fiscal years.") == []
    assert _found("The three-year period 2021-2024 was costly.") == []


def test_a_count_of_a_kind_of_year() -> None:
    assert ("T107", "four") in _found("The rule would cover the four crop years 2026 through "
                                      "2028 harvests.")
    assert _found("The rule would cover the three crop years 2026 through 2028 harvests.") == []
