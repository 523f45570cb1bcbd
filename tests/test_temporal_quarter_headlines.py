"""T104 on our own headlines: quarterly results dated by the quarter's last day are out only
once that day has passed, within half a year of it."""

from __future__ import annotations

import pytest

import flagger

BODY = "Norland Mills said its net income rose on higher sales."


@pytest.mark.parametrize(("title", "published"), [
    ("NORLAND MILLS <NRM> 2ND QTR MAY 31 NET", "2025-05-06"),
    ("NORLAND MILLS <NRM> 1ST QTR JULY 31 LOSS", "2025-05-06"),
])
def test_results_of_a_quarter_not_over_are_flagged(title: str, published: str) -> None:
    report = flagger.analyze(BODY, published=published, title=title, select="T104")
    assert [f.field for f in report.findings] == ["title"], report.findings


@pytest.mark.parametrize(("title", "published"), [
    ("NORLAND MILLS <NRM> 4TH QTR DEC 31 NET", "2025-02-10"),  # last December's quarter
    ("NORLAND MILLS <NRM> 1ST QTR MARCH 31 NET", "2025-04-20"),
    ("NORLAND MILLS SEES 2ND QTR JUNE 30 NET UP", "2025-05-06"),  # a forecast
    ("NORLAND MILLS <NRM> 2ND QTR MAY 31 NET", "2025-06-01"),  # the day after
])
def test_results_of_a_quarter_just_ended_are_not_flagged(title: str, published: str) -> None:
    report = flagger.analyze(BODY, published=published, title=title, select="T104")
    assert report.findings == (), [f.message for f in report.findings]
