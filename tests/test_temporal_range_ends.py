"""T104 on our own sentences: an event told over a span of days ("May 2-3", "from May 2 to
9") is upcoming until its last day and has begun on its first; a span still running at
publication, or closing on a figure, gives no conflict."""

from __future__ import annotations

from datetime import date

import pytest

import flagger
from flagger.detectors.temporal.range_ends import range_end

PUBLISHED = "2025-05-14"

CONFLICTS = [
    ("The talks, which will take place May 2-3 in Oslo, will cover trade.", "May 2-3",
     "11 days before"),
    ("The envoy will visit Peru and Chile from May 2 to 9, the ministry said.", "May 2 to 9",
     "5 days before"),
    ("The House is set to sit on May 7 and 8.", "May 7 and 8", "6 days before"),
    ("The council is to hold a session on May 3/4, its first this year.", "May 3/4",
     "10 days before"),
    ("The strike began on May 20-21 in the port.", "May 20-21", "6 days after"),
    # a day without its month that does not end its phrase counts something else
    ("The ministers will meet on May 7 and 12 envoys will attend.", "May 7", "7 days before"),
]

CONSISTENT = [
    "The envoy will visit Peru and Chile from May 2 to 13, the ministry said.",
    "The envoy will visit Peru from May 2 to June 9.",
    "Talks were held May 2-3 in Oslo.",
    "The fair will run May 12-20 in the old port.",
    "The council is to hold a session on May 13/14, its first this year.",
]


@pytest.mark.parametrize(("text", "words", "days"), CONFLICTS)
def test_a_span_is_over_after_its_last_day(text: str, words: str, days: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words], [
        f.message for f in report.findings]
    assert days in report.findings[0].message


@pytest.mark.parametrize("text", CONSISTENT)
def test_a_span_still_running_gives_no_conflict(text: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert report.findings == (), [f.message for f in report.findings]


@pytest.mark.parametrize(("after", "last"), [
    ("-15 in Oslo", date(2025, 5, 15)), (" to 26, during", date(2025, 5, 26)),
    (" and June 9", date(2025, 6, 9)), (" to 5 pct", None), (" and 30,000 shares", None),
    ("-15, 2024 in", None), (" to 1987", None), (" and May 1", None), ("/3, its", date(2025, 5, 3)),
    ("/4 pct", None)])
def test_the_last_day_of_a_span(after: str, last: date | None) -> None:
    closed = range_end(after, 0, date(2025, 5, 2))
    assert (closed[1] if closed else None) == last
