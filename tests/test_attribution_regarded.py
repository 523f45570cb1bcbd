"""A view credited to a crowd, a role or a trade in the passive ('described by witnesses as',
'criticized by people across the spectrum'); sight, a named giver and a crowd the story has
introduced are no such source."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

REGARDED = [
    ("The driver was described by witnesses as calm.", "was described by witnesses as"),
    ("The mayor is seen by many as a likely rival.", "is seen by many as"),
    ("The toll was widely regarded by shippers as too high.",
     "was widely regarded by shippers as"),
    ("The plan has been criticized by people across the region.", "been criticized by people"),
    ("The levy was praised by pig farmers as fair.", "was praised by pig farmers"),
]  # fmt: skip
QUIET = [
    "The thief was seen by residents leaving the shop.",  # sight, not a view
    "The plan was praised by farmers at Norgrain as fair.",  # the farmers' firm named
    "The plan was criticised by the analysts as late.",  # people already introduced
    "The driver was described by Ana Roe as calm.",  # a named person
]


@pytest.mark.parametrize(("text", "words"), REGARDED)
def test_a_passive_view_by_a_crowd_is_vague(text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert ("A102", words) in found


@pytest.mark.parametrize("text", QUIET)
def test_sight_names_and_introduced_crowds_stay_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
