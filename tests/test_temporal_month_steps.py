"""A month's change measured from the month before last and dated "this month"
(temporal/month_steps.py)."""

from __future__ import annotations

import pytest

import flagger

# (headline, text, published, the month related)
CONFLICTS = [
    ("FREIGHT RATES RISE 2.1 PCT IN MAY",
     "Container rates were up 0.6 pct this month after falling 1.2 pct in April, while bulk "
     "rates rose.", "2024-06-11", "MAY"),
    ("PORT VOLUMES LOWER",
     "Volumes fell in May. Total volume this month was 51,220 boxes, down from April's 53,400.",
     "2024-06-07", "May"),
    ("PERMITS RISE IN MAY",
     "Permits for flats fell 1.7 pct this month to 640 units after a 2.4 pct April rise.",
     "2024-06-20", "MAY"),
]

CONSISTENT = [
    # the step from last month: this month's figure
    ("FREIGHT RATES RISE IN JUNE",
     "Container rates were up 0.6 pct this month after falling 1.2 pct in May.", "2024-06-11"),
    # the month compared with carries its year: a year-on-year base
    ("FREIGHT RATES RISE IN MAY",
     "Container rates were up 0.6 pct this month from 1.1 pct in April 2023.", "2024-06-11"),
    # the skipped month is not named as a month reported
    ("FREIGHT RATES RISE",
     "Container rates were up 0.6 pct this month after falling 1.2 pct in April.", "2024-06-11"),
    # a clause break before the month
    ("FREIGHT RATES RISE IN MAY",
     "Rates were up 0.6 pct this month, the agency said after its April survey.", "2024-06-11"),
]


def _t101(title: str, text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=published, title=title, select="T")
    return [(text[f.start : f.end], f.related[0].text) for f in report.findings
            if f.rule == "T101" and f.field == "text" and f.related
            and text[f.start : f.end] == "this month"]


@pytest.mark.parametrize(("title", "text", "published", "month"), CONFLICTS)
def test_month_steps(title: str, text: str, published: str, month: str) -> None:
    assert ("this month", month) in _t101(title, text, published)


@pytest.mark.parametrize(("title", "text", "published"), CONSISTENT)
def test_consistent_steps(title: str, text: str, published: str) -> None:
    assert _t101(title, text, published) == []
