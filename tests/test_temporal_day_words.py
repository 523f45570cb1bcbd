"""T104 on "yesterday" in a verb group told as still to come ("is expected to take up the
bill yesterday"), through the whole pipeline, on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"


@pytest.mark.parametrize("text", [
    "The House is expected to take up the bill yesterday.",
    "The envoy could arrive in Oslo as early as yesterday.",
])
def test_yesterday_in_a_verb_group_still_to_come_is_flagged(text: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == ["yesterday"]
    assert "is 1 day before the publication date" in report.findings[0].message


@pytest.mark.parametrize("text", [
    "The House took up the bill yesterday.",
    "The House will take up the bill tomorrow.",
    "He will report on yesterday's vote.",
])
def test_yesterday_told_as_done_or_naming_another_event_is_not_flagged(text: str) -> None:
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()
