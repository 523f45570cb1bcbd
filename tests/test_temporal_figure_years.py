"""One comparison whose figure and base fall in the same year (temporal/figure_years.py)."""

from __future__ import annotations

import pytest

import flagger

# (text, published, flagged words, related words)
CONFLICTS = [
    # a written period, then "last year" as its base
    ("The mills made a profit of 31 mln crowns in 2023, after 12 mln crowns last year, the "
     "group said.", "2024-03-11", "last year", "2023"),
    ("Stocks of grain fell to 4.2 mln tonnes at the end of 2023 from 5.1 mln tonnes last "
     "year.", "2024-05-02", "last year", "2023"),
    # "last year" as the period, then a written base; a year after "since" is no period
    ("Exports grew last year for the first time since 2019, to 2.2 bln dlrs from 2.0 bln "
     "dlrs in 2023.", "2024-06-20", "2023", "last year"),
]

CONSISTENT = [
    # the base is the year before the period compared
    ("The mills made a profit of 31 mln crowns in 2023, after 12 mln crowns in 2022.",
     "2024-03-11"),
    ("The carrier returned to profit last year, with net income of 8 mln dlrs against a loss "
     "of 40 mln dlrs in 2022.", "2024-02-14"),
    # the written year is itself the base of another comparison
    ("Output rose to 9 mln units from 8 mln in 2023, and to 3 mln from 2 mln last year in "
     "the south.", "2024-03-11"),
    # a part of last year is a base of the whole year's end
    ("Deposits rose to 1,140 bln at the end of 2023 from 1,115 bln at the end of the third "
     "quarter of last year and 1,055 bln at the end of 2022.", "2024-04-03"),
    ("Net fell in the first half of 2023, to 9 mln from 11 mln last year.", "2024-02-03"),
    # fiscal years need not be calendar years
    ("Fiscal profit was 31 mln in 2023, after 12 mln last year.", "2024-03-11"),
    # the period compared is the current year
    ("Profit was 31 mln in the first half of 2024, after 12 mln last year.", "2024-09-11"),
    # a clause break between the period and the comparison
    ("Profit was 31 mln in 2023; it was up from 12 mln last year.", "2024-03-11"),
]


def _t101(text: str, published: str) -> list[tuple[str, str | None]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text if f.related else None)
            for f in report.findings if f.rule == "T101"]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_same_year_comparisons(text: str, published: str, words: str, related: str) -> None:
    assert _t101(text, published) == [(words, related)]


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_comparisons(text: str, published: str) -> None:
    assert _t101(text, published) == []


def test_the_finding_suggests_the_year_before() -> None:
    report = flagger.analyze(CONFLICTS[0][0], published="2024-03-11", select="T")
    (finding,) = report.findings
    assert finding.suggestion == "2022"
    assert finding.severity == "warning"
    assert "2023" in finding.message


def test_a_pair_the_local_check_flags_is_flagged_once() -> None:
    text = ("The carrier returned to profit last year, with net income of 8 mln dlrs against a "
            "loss of 40 mln dlrs in 2023.")
    assert len(_t101(text, "2024-02-14")) == 1
