"""T107 for months to date of the publication year that had not yet passed, through the whole
pipeline, on our own sentences."""

from __future__ import annotations

import pytest

import flagger


@pytest.mark.parametrize(("text", "published"), [
    ("Sales in the first seven months of 2025 rose 4 pct to 1.2 bln dlrs.", "2025-06-02"),
    ("Exports in the first five months of this year totalled 3.4 bln.", "2025-04-07"),
    ("The deficit in the first four months of 2025 was 2.1 bln.", "2025-04-10"),
    ("For the first six months of 2025, the harbour board said, its revenue totalled 9 mln.",
     "2025-06-02"),
])
def test_months_that_had_not_passed_are_flagged(text: str, published: str) -> None:
    findings = flagger.analyze(text, published=published, select="T107").findings
    assert len(findings) == 1
    assert findings[0].severity == "warning"
    assert "had ended" in findings[0].message


@pytest.mark.parametrize(("text", "published"), [
    # months that have passed, another year, a plan or forecast, the month nearly over
    ("Sales in the first five months of 2025 rose 4 pct.", "2025-06-02"),
    ("Sales in the first seven months of 2024 rose 4 pct.", "2025-06-02"),
    ("Sales in the first seven months of 2025 are expected to rise 4 pct.", "2025-06-02"),
    ("The plan sets a deficit for the first nine months of this year.", "2025-06-02"),
    ("The deficit in the first four months of 2025 was 2.1 bln.", "2025-04-28"),
    ("Growers have sold 5.5 mln bags for export in the first four months of this year.",
     "2025-03-12"),
    ("Members agreed to cut output for the first six months of this year.", "2025-03-18"),
    ("For the first six months of 2025, members agreed to cut output.", "2025-03-18"),
    ("In fiscal 2024 it earned 2.24 dlrs. In the first nine months of this year it earned 3.55.",
     "2025-06-19"),
])
def test_months_that_may_be_reported_are_not_flagged(text: str, published: str) -> None:
    assert flagger.analyze(text, published=published, select="T107").findings == ()
