from __future__ import annotations

import pytest

import flagger


def notice(pay: str, record: str) -> str:
    return f"Qtly div 17 cts vs 17 cts prior\n    Pay {pay}\n    Record {record}\n"


@pytest.mark.parametrize(("text", "published", "flagged"), [
    (notice("Feb 13", "March 25"), "2025-03-03", True),
    (notice("June Five, 2025", "July 20"), "2025-06-19", True),
    (notice("Monday, June 1", "Sept 4"), "2025-06-18", True),
    (notice("April Eight", "May Eight"), "2025-04-17", True),
    ("Norvale declared a dividend payable March 15 to holders of record April 24.",
     "2025-04-03", True),
    # paid after the record day, next year's payment included
    (notice("April 10", "March 25"), "2025-03-03", False),
    (notice("Jan 15", "Dec 20"), "2025-12-03", False),
    ("Norvale declared a dividend payable April 17 to holders of record April 10.",
     "2025-04-03", False),
])
def test_a_payment_before_its_record_date(text: str, published: str, flagged: bool) -> None:
    report = flagger.analyze(text, published=published, select="T104")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]


def test_a_list_of_payouts_is_not_paired() -> None:
    text = ("Norvale pays 10 cts payable Feb 13, record March 25 on its preferred, and a "
            "dividend payable April 30, record April 15 on its common.")
    assert not flagger.analyze(text, published="2025-03-03", select="T104").findings


def test_the_finding_sits_on_the_payment_day() -> None:
    report = flagger.analyze(notice("Feb 13", "March 25"), published="2025-03-03",
                             select="T104")
    (finding,) = report.findings
    assert report.article.text[finding.start:finding.end] == "Feb 13"
    assert [span.text for span in finding.related] == ["March 25"]
