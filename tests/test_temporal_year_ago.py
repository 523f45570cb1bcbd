"""Year-ago bases of one comparison that name different years (temporal/year_ago.py)."""

from __future__ import annotations

import pytest

import flagger

# (text, published, flagged words, related words or None)
CONFLICTS = [
    # the base of "the previous year" restated with its year in the next sentence
    ("Output of the mills rose in 2023 by 3.1 pct from the previous year. Total output was "
     "9.2 mln units, up from 8.9 mln units in 2021, the group said.",
     "2024-03-11", "2021", "the previous year"),
    # one month compared with a year ago twice, once with a written year
    ("Port traffic in May was 41.3 mln tonnes, up from 38.0 mln in May 2022, and container "
     "volume was 2.1 mln boxes, up from 1.9 mln a year ago.",
     "2024-06-05", "May 2022", "a year ago"),
    ("Shipments slipped in February to 81,000 tonnes from 94,000 in February 2022, against "
     "12,000 tonnes in the same month last year.", "2024-03-20", "February 2022",
     "the same month last year"),
    # "the same <year> period" that is not the year before the period it follows
    ("Arrivals in the first seven months of this year were 12 pct higher than in the same "
     "2022 period.", "2024-08-14", "2022", None),
    # a split year and "the previous year"
    ("The board's 2022/23 receipts were 4.1 bln, 9.5 pct more than in the previous year, and "
     "its outlays were 3.9 bln compared to 3.6 bln in 2020/21.", "2023-08-01", "2020",
     "the previous year"),
    # a written base, then the same comparison counted from publication in the next sentence
    ("Profit climbed to 61 mln from a loss of 4 mln, or 3 cts a share, in the 2022 quarter. "
     "Revenue rose to 1.4 bln from 1.2 bln last year.", "2024-10-21", "the 2022 quarter",
     "last year"),
]

CONSISTENT = [
    ("Output of the mills rose in 2023 by 3.1 pct from the previous year. Total output was "
     "9.2 mln units, up from 8.9 mln units in 2022, the group said.", "2024-03-11"),
    # a figure and its base in two different years are the normal shape
    ("Revenue rose to 1.4 bln in 2023 from 1.2 bln in 2022.", "2024-03-11"),
    # two years back is a deliberate longer comparison
    ("Exports rose in 2023 by 4 pct from the previous year. They have doubled from 2.0 bln "
     "in 2018, the ministry said.", "2024-05-11"),
    # a new period reported in the next sentence starts its own comparison
    ("Prices fell 2 pct in January from a year earlier. In January 2023, prices were 1.1 pct "
     "lower than a year earlier.", "2024-02-11"),
    # early in the year "last year" may count from last year's reported results
    ("Net for the year rose to 9 mln from 7 mln last year. The company earned 7.4 mln, or "
     "the 7 mln, up from 6.2 mln in 2022.", "2024-02-20"),
    # "the current year" of a crop season is not the calendar year
    ("Offtake in the first four months of the current year was 2.7 mln tonnes, against "
     "2.8 mln tonnes in the corresponding period of 2022/23.", "2024-02-02"),
    # "the year before taxes" is no base
    ("Costs fell by 617,000 dlrs for the quarter and 1.8 mln dlrs for the year before taxes. "
     "Gains of 1.8 mln dlrs from the sale in the first quarter of 2023 are included.",
     "2024-03-06"),
    # "the same period" with no comparison word: a record of another year
    ("Sales last year totalled 226 bln dlrs. The fourth-quarter total of 61 bln dlrs matched "
     "the record for the same period of 2021.", "2024-03-02"),
    # "from" that opens a subject, not a comparison
    ("Turnover rose to 380 mln from 377 mln in the preceding year. Turnover from all "
     "holdings was 700 mln in 2023, higher than in the preceding year.", "2024-03-03"),
]


def _t101(text: str, published: str) -> list[tuple[str, str | None]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text if f.related else None)
            for f in report.findings if f.rule == "T101"]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_year_ago_conflicts(text: str, published: str, words: str,
                            related: str | None) -> None:
    assert _t101(text, published) == [(words, related)]


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_year_ago_bases(text: str, published: str) -> None:
    assert _t101(text, published) == []


def test_year_ago_finding_suggests_the_year_before() -> None:
    report = flagger.analyze(CONFLICTS[0][0], published="2024-03-11", select="T")
    (finding,) = report.findings
    assert finding.suggestion == "2022"
    assert finding.severity == "warning"


def test_the_figure_a_change_came_to_is_no_base() -> None:
    assert _t101("Unemployment rose from 5.1 pct in 2022 to last year's 5.6 pct, and from "
                 "4.8 pct in 2022 to 5.1 pct in 2023.", "2024-09-14") == []


ESTIMATES = [
    ("She sees earnings of 2.10 dlrs a share this year and 2.40 dlrs next year. Her 2026 "
     "figure assumes lower borrowing costs.", "2024-05-02", [("2026", "next year")]),
    ("She sees earnings of 2.10 dlrs a share this year and 2.40 dlrs next year. Her 2025 "
     "figure assumes lower borrowing costs.", "2024-05-02", []),
    # a year two away is another period the writer turns to
    ("She sees earnings of 2.10 dlrs a share this year. Her 2027 forecast is for a loss.",
     "2024-05-02", []),
    # a written year before the pointer may be the one it follows
    ("Growth was 2 pct last year and is seen at 3 pct in 2026. The 2026 figure is high.",
     "2024-05-02", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), ESTIMATES)
def test_estimates_named_back(text: str, published: str,
                              expected: list[tuple[str, str]]) -> None:
    assert _t101(text, published) == expected


def test_amounts_and_the_current_year_are_no_bases() -> None:
    text = ("Output dropped to 16.5 mln tonnes in 2023 from 16.7 mln the previous year. Self "
            "sufficiency is seen falling below 70 pct this year from around 75 pct in 2023. "
            "Sales were more than 5 mln dlrs in 2021.")
    assert _t101(text, "2024-03-17") == []


def test_bases_of_other_periods_and_bases_of_bases_are_not_compared() -> None:
    text = ("The surplus rose to 13.6 bln last year from 10.2 bln in 2022, and it widened to "
            "3.6 bln in the first quarter of 2024 against 2.8 bln a year ago. The deficit for "
            "2024 is set at 975 mln, compared with 1.52 bln last year, up from 1.01 bln in "
            "2022.")
    assert _t101(text, "2024-10-19") == []


HEADLINE_FIGURES = [
    ("GROWTH SEEN AT THREE PCT NEXT YEAR", "The minister said growth was forecast at three "
     "pct in calendar 2024. Inflation is seen at 4 pct.", "2024-03-17", ["NEXT YEAR"]),
    ("GROWTH SEEN AT THREE PCT THIS YEAR", "The minister said growth was forecast at three "
     "pct in calendar 2024. Inflation is seen at 4 pct.", "2024-03-17", []),
    ("EXPORTS ROSE 8.2 PCT IN 2022", "Exports rose 8.2 pct last year, after 8.3 pct in 2022, "
     "the ministry said.", "2024-03-17", ["2022"]),
    # the year after a comparison word dates the base, not the figure
    ("FIRM SEES AT LEAST 50 PCT RISE IN 2024 PROFIT", "The firm expects 2024 profit to rise "
     "at least 50 pct over last year's 6.1 mln dlrs.", "2024-03-09", []),
]


@pytest.mark.parametrize(("title", "text", "published", "expected"), HEADLINE_FIGURES)
def test_headline_figure_years(title: str, text: str, published: str,
                               expected: list[str]) -> None:
    report = flagger.analyze(text, title=title, published=published, select="T")
    assert [title[f.start : f.end] for f in report.findings
            if f.rule == "T101" and f.field == "title"] == expected
