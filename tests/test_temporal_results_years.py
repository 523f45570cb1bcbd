"""A results table's year labels against the fiscal year the period reported can belong to
(T101), through the whole pipeline, on tables written by us."""

from __future__ import annotations

from datetime import date

import pytest

import flagger
from flagger.detectors.temporal.results_years import fiscal_years

QUARTERS = """Shr 24 cts vs 20 cts
    Net 2,400,000 vs 1,950,000
    Revs 36.0 mln vs 30.2 mln
    Nine mths
    Shr 81 cts vs 70 cts
    Net 8,100,000 vs 6,900,000
    Revs 140.5 mln vs 121.0 mln
    NOTE: {note} net includes a charge of 310,000 dlrs for a plant closing.
"""

YEAR = """{block}
    Shr 2.07 dlrs vs 1.64 dlrs
    Net 6,480,000 vs 5,130,000
    Revs 71.3 mln vs 66.8 mln
    Note: {note} shr and net include a gain of 820,000 dlrs from a land sale.
"""


def _flagged(title: str, text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, title=title, published=published, id="t")
    return [(f.field, (title if f.field == "title" else text)[f.start:f.end])
            for f in report.findings if f.rule == "T101"]


@pytest.mark.parametrize(
    ("note", "flagged"),
    [
        ("2024", False),  # the current nine months
        ("2023", False),  # the year-ago column
        ("2025", True),  # a fiscal year whose nine months cannot have ended
        ("2022", True),  # two years back: no column holds it
    ],
)
def test_a_note_year_of_a_third_quarter_table(note: str, flagged: bool) -> None:
    text = QUARTERS.format(note=note)
    found = _flagged("ACME TOOLS INC <ACME> 3RD QTR NET", text, "2024-10-21")
    assert found == ([("text", note)] if flagged else [])


@pytest.mark.parametrize(
    ("title", "flagged"),
    [
        ("ACME TOOLS INC <ACME> 2024 1ST QTR NET", False),
        ("ACME TOOLS INC <ACME> 2023 1ST QTR NET", True),  # a year-old quarter
        ("ACME TOOLS INC <ACME> 1ST QTR NET", False),
        # a headline that looks ahead is a forecast, not the table's period
        ("ACME TOOLS INC <ACME> SEES 2023 1ST QTR NET", False),
    ],
)
def test_the_headline_year_of_a_first_quarter(title: str, flagged: bool) -> None:
    text = QUARTERS.replace("    Nine mths\n", "    Year\n").format(note="2024")
    found = _flagged(title, text, "2024-04-23")
    assert found == ([("title", "2023")] if flagged else [])


def test_a_year_block_dates_the_headline_that_names_no_period() -> None:
    text = YEAR.format(block="Year 2023", note="2023")
    assert _flagged("NORTHWIND ASSURANCE 2022 profit up", text, "2024-04-01") == [
        ("title", "2022")]
    assert _flagged("NORTHWIND ASSURANCE 2023 profit up", text, "2024-04-01") == []


def test_a_year_reported_in_march_may_be_a_fiscal_year_just_ended() -> None:
    # A year ended in January or February 2024 is reported in March 2024 as fiscal 2024.
    text = YEAR.format(block="", note="2024")
    assert _flagged("NORTHWIND FOODS LTD YEAR NET", text, "2024-03-16") == []
    text = YEAR.format(block="", note="2025")
    assert _flagged("NORTHWIND FOODS LTD YEAR NET", text, "2024-03-16") == [("text", "2025")]


def test_a_restated_table_is_left_alone() -> None:
    text = QUARTERS.format(note="2022") + "    Results restated for an accounting change.\n"
    assert _flagged("ACME TOOLS INC <ACME> 3RD QTR NET", text, "2024-10-21") == []


@pytest.mark.parametrize(
    ("published", "months", "years"),
    [
        (date(2024, 10, 20), 9, {2024}),  # nine months ended June-September 2024
        (date(2024, 4, 3), 12, {2023, 2024}),  # a year ended October 2023 to March 2024
        (date(2024, 4, 23), 3, {2024}),  # a quarter of a year ending 2024
        (date(2024, 10, 19), 6, {2024, 2025}),  # six months of a year ending up to June 2025
    ],
)
def test_fiscal_years_of_a_period_reported(published: date, months: int,
                                           years: set[int]) -> None:
    assert fiscal_years(published, months) == years
