from __future__ import annotations

import pytest

import flagger

ISSUE = "Norvale Corp is issuing 100 mln dlrs of bonds priced at par, the lead manager said. "


@pytest.mark.parametrize(("text", "published", "flagged"), [
    (ISSUE + "Payment date is March 3.", "2025-03-19", True),
    ("Norvale plans to issue 300 mln dlrs of warrant bonds with payment on March 3.",
     "2025-03-05", True),
    # ahead of publication, next January, or told as past
    (ISSUE + "Payment date is April 8.", "2025-03-19", False),
    (ISSUE + "Payment date is January 8.", "2025-12-19", False),
    (ISSUE + "Payment date was March 3.", "2025-03-19", False),
    # no issue in the story
    ("The payment date is March 3, the agency said of the grant.", "2025-03-19", False),
])
def test_an_issue_paid_for_before_it_is_launched(text: str, published: str,
                                                 flagged: bool) -> None:
    report = flagger.analyze(text, published=published, select="T104")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]
