"""Year-on-year comparisons whose two bases disagree within one sentence."""

from __future__ import annotations

import pytest

import flagger

# (text, published, flagged words, related words)
CONFLICTS = [
    ("Shops saw a spike last month, a 30% rise in sales compared with April 2024.",
     "2025-04-20", "April 2024", "last month"),
    ("Outlays this month were 83 bln crowns, more than the 77.95 bln crowns of outlays in "
     "February a year ago.", "2025-03-20", "February", "this month"),
    ("Truck sales in the mid-March period were 4.8 pct above the 2023 period at 19,020 "
     "against 18,145 last year.", "2025-03-24", "2023", "last year"),
    ("Sales through February, at 195,694 against last year's 194,715, were 0.5 pct ahead of "
     "the 2022 pace.", "2025-03-04", "2022", "last year"),
]

CONSISTENT = [
    ("Shops saw a spike last month, a 30% rise in sales compared with March 2024.",
     "2025-04-20"),
    ("Sales last month rose 4 pct from February, the month before.", "2025-04-20"),
    # The dated period is the one reported, not a base.
    ("In the 2025 period also, interest costs were lower than a year ago.", "2025-11-01"),
    # Early in the year, "a year ago" may count from last year's reported results.
    ("Net for the year was 9 mln, above the 2023 period's 7 mln and 8 mln a year ago.",
     "2025-02-10"),
    ("Truck sales were 4.8 pct above the 2024 period at 19,020 against 18,145 last year.",
     "2025-03-24"),
]


def _t101(text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text) for f in report.findings
            if f.rule == "T101"]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_base_conflicts(text: str, published: str, words: str, related: str) -> None:
    assert _t101(text, published) == [(words, related)]


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_bases(text: str, published: str) -> None:
    assert _t101(text, published) == []


def test_month_base_suggests_the_same_month_a_year_earlier() -> None:
    report = flagger.analyze(CONFLICTS[0][0], published="2025-04-20", select="T")
    (finding,) = report.findings
    assert finding.suggestion == "March 2024"
    assert finding.severity == "warning"
    assert "March 2025" in finding.message


def test_year_ago_base_in_the_next_sentence_late_in_the_year() -> None:
    text = ("The unit earned $24 million, compared with a loss of $3 million last year.\n\n"
            "In the first nine months, net was $306 million, compared with a loss of $195 "
            "million in the 2023 period.")
    assert _t101(text, "2025-11-02") == [("2023", "last year")]
    assert _t101(text.replace("2023", "2024"), "2025-11-02") == []
