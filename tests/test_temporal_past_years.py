"""T104 for a written year after publication that only a past can take: a fronted year with a
past verb ("In 2027, the mayor was ..."), "back in 2027" after a noun, and a past verb in a
"when" clause right before "in 2027". Our own sentences, through the whole pipeline."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-09-14"

FLAGGED = [
    ("The mayor spoke on Monday. In 2027, the mayor was firmly against the new bridge.",
     "2027", "was"),
    ("But in 2026 the board voted to close the old mill.", "2026", "voted"),
    ("A clip shows the young coach back in 2027 addressing a crowd of fans.", "2027", "back in"),
    ("When the senator proposed in 2026 that the tax be cut, the party was split.", "2026",
     "proposed"),
]

QUIET = [
    # a plan or a return, not a past act
    ("In 2027, the company was to open a plant near the river.", PUBLISHED),
    ("In 2027, the plant will open its doors to visitors.", PUBLISHED),
    ("In 2026, the city expects the tram line to carry 9,000 riders a day.", PUBLISHED),
    ("The coach said he would be back in 2027 after a year off.", PUBLISHED),
    ("The festival came back in 2026 after the pandemic pause, organisers hope.", PUBLISHED),
    ("If approved in 2026, the rules would apply to every bank.", PUBLISHED),
    # the fronted year is already over
    ("In 2024, the mayor was firmly against the new bridge.", PUBLISHED),
    ("A clip shows the young coach back in 2023 addressing a crowd of fans.", PUBLISHED),
]


@pytest.mark.parametrize(("text", "year", "verb"), FLAGGED)
def test_a_later_year_that_only_a_past_can_take_is_flagged(text: str, year: str,
                                                           verb: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [year]
    finding = report.findings[0]
    assert "past event" in finding.message
    assert [text[s.start : s.end] for s in finding.related] == [verb]


@pytest.mark.parametrize(("text", "published"), QUIET)
def test_a_year_of_a_plan_a_return_or_the_past_is_not_flagged(text: str,
                                                             published: str) -> None:
    assert flagger.analyze(text, published=published, select="T104").findings == ()
