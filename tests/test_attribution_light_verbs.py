"""Speculation and reports said to be about something, doubts raised by an unnamed crowd and a
case made by one are claims credited to no one; talk about a thing and a report that makes a
case are not."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FOUND = [
    ("A103", "There has been much speculation about who sent the letter.",
     "There has been much speculation about"),
    ("A103", "There is speculation among traders that the bank will act.",
     "There is speculation among"),
    ("A102", "Sales rose, although some have raised doubts about the figures.",
     "some have raised doubts"),
    ("A102", "Critics have made the argument that the levy is unfair.",
     "Critics have made the argument that"),
]  # fmt: skip
QUIET = [
    "There was talk about the weather at dinner.",  # talk, not hearsay
    "The report made the case that the levy is unfair.",  # a document, not a crowd
    "There were no reports about damage.",  # hearsay said not to exist
]


@pytest.mark.parametrize(("code", "text", "words"), FOUND)
def test_speculation_doubts_and_cases_made_are_unsourced(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_talk_documents_and_denials_stay_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
