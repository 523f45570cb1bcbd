"""T104 on our own sentences: a period "since" an event dated on a day after publication
("since its launch on May 20") has not begun; a reason "since", a clause with its own past
verb or a day before publication gives no such finding."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"

CONFLICTS = [
    ("The bond market has done well since its launch on May 20, dealers said.", "May 20"),
    ("Shares have doubled since the start of trading on May 22.", "May 22"),
    ("Ferries have run half empty since their return on May 27.", "May 27"),
]

CONSISTENT = [
    "The bond market has done well since its launch on May 2, dealers said.",
    "Since the vote on May 22 will decide the matter, both parties are waiting.",
    "The bond market has done well since its launch on May 20, 2023, dealers said.",
]


@pytest.mark.parametrize(("text", "words"), CONFLICTS)
def test_a_period_since_an_event_dated_after_publication(text: str, words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words], [
        f.message for f in report.findings]


@pytest.mark.parametrize("text", CONSISTENT)
def test_no_period_since_an_event_before_publication_or_a_reason(text: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert report.findings == (), [f.message for f in report.findings]


def test_a_past_verb_after_since_is_read_once_by_the_tense_rule() -> None:
    text = "He has been quiet since the board met on May 22."
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert len(report.findings) == 1 and "“met”" in report.findings[0].message
