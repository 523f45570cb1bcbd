"""T104 for a day a present schedule still holds ahead ("the vote is scheduled for May 8")
but dated before publication, through the whole pipeline, on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"

FLAGGED = [
    ("The council vote is scheduled for May 8, a spokeswoman said.", "May 8"),
    ("Final terms are due Friday, May 9, the lead manager said.", "Friday, May 9"),
    ("The written ruling is now expected May 6.", "May 6"),
    ("The talks remain set for May 2 in Oslo.", "May 2"),
    ("Norvale said it would buy the mill, with closing expected May 7.", "May 7"),
    ("The suspect remains in custody pending a hearing scheduled for May 5.", "May 5"),
    ("Both parties campaigned ahead of the planned vote on May 3.", "May 3"),
]

QUIET = [
    # a past schedule, a schedule called off, a hypothesis
    "The council vote was scheduled for May 8.",
    "The vote, originally scheduled for May 8, is now set for June 2.",
    "If the vote is scheduled for May 8, the mayor will attend.",
    # a span of days, which the range reader reads by its last day
    "Talks are scheduled for May 8 to 20.",
    # a schedule still ahead, and one a desk would write with its year
    "The council vote is scheduled for May 20.",
    "The council vote is scheduled for December 20.",
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_a_day_a_present_schedule_holds_ahead_is_flagged_before_publication(
        text: str, words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words]
    assert "upcoming event" in report.findings[0].message


@pytest.mark.parametrize("text", QUIET)
def test_a_past_called_off_or_hypothetical_schedule_is_not_flagged(text: str) -> None:
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()
