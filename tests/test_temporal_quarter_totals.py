"""A quarter in prose against the months to date right after it (temporal/quarter_totals.py)."""

from __future__ import annotations

import pytest

import flagger

QUARTER = ("Acme said it lost 120,000 dlrs, or eight cts a share, in the {q} quarter, against "
           "a profit of 40,000 dlrs a year earlier. ")

# (quarter, months-to-date sentence, flagged)
CASES = [
    ("third", "For the nine months, the loss was 500,000 dlrs.", False),
    ("second", "For the six months, the loss was 500,000 dlrs.", False),
    ("second", "In the first half, the loss was 500,000 dlrs.", False),
    ("second", "For the nine months, the loss was 500,000 dlrs.", True),
    ("third", "In the first half, the loss was 500,000 dlrs.", True),
    ("first", "For the six months, the loss was 500,000 dlrs.", True),
    # months to date with their own end or year may be another calendar or year
    ("first", "For the nine months ended March 31, the loss was 500,000 dlrs.", False),
    ("first", "For the first half of 2023, the loss was 500,000 dlrs.", False),
    # no figure: no results
    ("second", "For the nine months, the company gave no details.", False),
]


@pytest.mark.parametrize(("quarter", "to_date", "flagged"), CASES)
def test_quarter_against_months_to_date(quarter: str, to_date: str, flagged: bool) -> None:
    text = QUARTER.format(q=quarter) + to_date
    found = [f for f in flagger.analyze(text, published="2024-11-02", select="T").findings
             if f.rule == "T107"]
    assert [text[f.start : f.end] for f in found] == ([f"{quarter} quarter"] if flagged else [])


def test_one_sentence_between_and_the_arithmetic() -> None:
    text = (QUARTER.format(q="second") + "Sales rose to 3 mln dlrs from 2.9 mln. For the nine "
            "months, the loss was 500,000 dlrs.")
    (finding,) = flagger.analyze(text, published="2024-11-02", select="T").findings
    assert "are 6" in finding.message and finding.related[0].text == "For the nine months"


def test_a_changed_fiscal_year_excuses_the_labels() -> None:
    text = (QUARTER.format(q="second") + "For the nine months, the loss was 500,000 dlrs. "
            "The company changed its fiscal year last spring.")
    assert not flagger.analyze(text, published="2024-11-02", select="T").findings


@pytest.mark.parametrize(("phrase", "flagged"), [
    ("the third quarter and nine months ended June 30", False),
    ("the second quarter and first half ended June 30", False),
    ("the third quarter and six months ended June 30", True),
    ("the second quarter and nine months ended June 30", True),
])
def test_a_quarter_and_its_months_to_date_ended_on_one_day(phrase: str, flagged: bool) -> None:
    text = f"Acme restated its results for {phrase}, it said."
    findings = flagger.analyze(text, published="2025-08-01", select="T107").findings
    assert bool(findings) == flagged
