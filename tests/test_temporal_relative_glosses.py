from __future__ import annotations

import pytest

import flagger


@pytest.mark.parametrize(("text", "published", "flagged"), [
    # the written date beside the relative period lies outside it
    ("Talks, begun last month in June, went on.", "2025-10-20", True),
    ("The unit, which it bought a year ago, on March 10, 2025, grew.", "2025-03-17", True),
    ("The unit was bought on March 10, 2023, a year ago.", "2025-03-17", True),
    ("The drive, due to start this quarter in September, was set.", "2025-04-03", True),
    ("The permit came earlier this year, in the fourth quarter.", "2025-06-02", True),
    ("It filed a suit earlier this quarter, on Dec 30, against Orlan.", "2025-03-17", True),
    ("The ban, imposed last year in 2023 by the board, stayed.", "2025-03-20", True),
    ("Loans made this year, in 2024 would not count.", "2025-03-11", True),
    ("The pilot, starting next month in September, opens.", "2025-06-18", True),
    # the date lies inside the period, or is read in a year the period touches
    ("Talks, begun last month in September, went on.", "2025-10-20", False),
    ("Sales rose last year, in 2024, the firm said.", "2025-03-17", False),
    ("Prices rose from a year ago, in March 2024.", "2025-03-17", False),
    ("Talks, begun last month, in December, went on.", "2025-01-10", False),
    ("The issue is planned for this quarter, in May.", "2025-04-03", False),
    # no gloss: a place, a figure's year, the final month
    ("It fell last month in Geneva and last year in 2024 dollars.", "2025-03-17", False),
    ("In the last month, June, sales rose.", "2025-10-20", False),
])
def test_a_relative_period_against_the_date_set_beside_it(text: str, published: str,
                                                          flagged: bool) -> None:
    report = flagger.analyze(text, published=published, select="T101")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]


def test_the_finding_names_the_period_and_the_date() -> None:
    report = flagger.analyze("Talks, begun last month in June, went on.",
                             published="2025-10-20", select="T101")
    (finding,) = report.findings
    assert "2025-09-01 to 2025-09-30" in finding.message
    assert [span.text for span in finding.related] == ["June"]


def test_quarters_are_not_read_in_a_fiscal_story() -> None:
    text = ("The drive, due to start this quarter in September, was set. Fiscal 2025 "
            "ends in June.")
    assert not flagger.analyze(text, published="2025-04-03", select="T101").findings


def test_a_final_quarter_is_no_relative_one() -> None:
    text = "Supply fell to 45.2 mln bpd from 47.2 mln bpd in last quarter 2024."
    assert not flagger.analyze(text, published="2025-04-05", select="T101").findings
