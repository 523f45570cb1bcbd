"""T104 for an upcoming event read through a deadline preposition ("will close by
March 6") and for a yearless month read in a leap year, and no T104 for a month a figure
measures, through the whole pipeline, on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"

FLAGGED = [
    ("The plant will stay shut until May 6, the company said.", "May 6"),
    ("The offer is scheduled to run until May 2.", "May 2"),
    ("Kettering said the new terminal will be open by May 9.", "May 9"),
]

QUIET = [
    # a past act that sets a deadline still ahead, or one long passed, told in the past
    "The mayor ordered the plant shut until May 6.",
    "The plant was shut until May 6.",
    # a deadline still ahead
    "The plant will stay shut until May 20.",
    # another event's date, a period, an onset that may lie back ("from" is not read)
    "Sales will recover by April's slump levels.",
    "The firm expects to invest $4 mln from April to June.",
    "Workers will be paid retroactively from May 1.",
    # a condition
    "If the bank pays by May 6, the fund will waive the fee.",
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_an_upcoming_deadline_before_publication_is_flagged(text: str, words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words]
    assert "upcoming event" in report.findings[0].message


@pytest.mark.parametrize("text", QUIET)
def test_a_past_act_a_period_or_a_deadline_ahead_is_not_flagged(text: str) -> None:
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()


def test_a_yearless_february_read_in_a_leap_year_is_read_in_the_publication_year() -> None:
    text = "Harlow Tools said it will file in February a statement with regulators."
    report = flagger.analyze(text, published="1987-03-20", select="T104")
    assert [text[f.start : f.end] for f in report.findings] == ["February"]


def test_a_month_a_figure_measures_is_not_an_upcoming_event() -> None:
    text = "Inflation is expected to show a sharp improvement in February, the minister said."
    assert flagger.analyze(text, published="1987-03-20", select="T104").findings == ()
