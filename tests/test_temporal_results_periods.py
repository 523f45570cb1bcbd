from __future__ import annotations

import pytest

import flagger

TABLE = "Shr 13 cts vs 12 cts\n    Net 617,000 vs 604,000\n"


@pytest.mark.parametrize(("text", "published", "flagged"), [
    # a period reported as over that ends after publication
    ("Norvale, reporting lower earnings for the third quarter ended May 31, said more.",
     "2025-03-19", True),
    ("Sales for the five weeks ending April 11 rose to 2.6 billion dlrs.", "2025-04-09", True),
    ("Qtr ends April 30\n    " + TABLE, "2025-03-16", True),
    ("March 31 end\n    " + TABLE, "2025-03-16", True),
    ("It said sales for the fiscal year ended April 30 rose to 329.5 mln dlrs.",
     "2025-04-08", True),
    # the period ended, or a year back is the nearer reading
    ("Sales for the five weeks ended April 4 rose to 2.6 billion dlrs.", "2025-04-09", False),
    ("Earnings for the fourth quarter ended Dec. 31 fell.", "2025-01-20", False),
    ("For the year ended June 28, Norvale earned 29.5 mln dlrs.", "2025-03-24", False),
    # a period still ahead, told as such
    ("Norvale expects earnings for the quarter ending June 30 to rise.", "2025-04-09", False),
    ("The quarter ending June 30 will show a loss.", "2025-04-09", False),
    # "ending" without figures out
    ("The bank set rates for the period ending May 31.", "2025-04-09", False),
])
def test_results_for_a_period_that_has_not_ended(text: str, published: str,
                                                 flagged: bool) -> None:
    report = flagger.analyze(text, published=published, select="T104")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(("title", "flagged"), [
    ("<NORVALE LTD> SIX MTHS MARCH 31 NET", True),
    ("NORVALE CORP <NRV> 1ST QTR JUNE 30", True),
    ("<NORVALE LTD> 1ST HALF MARCH 31 NET", True),
    ("<NORVALE LTD> SIX MTHS FEB 28 NET", False),
    ("NORVALE SEES SIX MTHS MARCH 31 NET UP", False),
])
def test_a_results_headline_dated_by_its_period_end(title: str, flagged: bool) -> None:
    report = flagger.analyze(TABLE, published="2025-03-17", title=title, select="T104")
    found = [f for f in report.findings if f.field == "title"]
    assert bool(found) == flagged, [f.message for f in found]


def test_a_period_end_is_flagged_once() -> None:
    report = flagger.analyze("Qtr ends April 30\n    " + TABLE, published="2025-03-16",
                             select="T104")
    assert len(report.findings) == 1
    assert report.findings[0].severity == "warning"


def test_a_year_ago_period_is_last_year() -> None:
    text = ("In the comparable year-ago quarter, the second quarter ended Oct. 31, Norvale "
            "had a loss of 12.5 mln dlrs.")
    assert not flagger.analyze(text, published="2025-10-27", select="T104").findings
