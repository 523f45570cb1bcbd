"""Speculation and reports said to be about something, doubts raised by an unnamed crowd, a
case made by one and what 'the media' reported are claims credited to no one; talk about a
thing, a report that makes a case and a silent press are not."""

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


MEDIA = [
    ("In 2010 the media hailed the firm's success.", "the media hailed"),
    ("At first the mainstream media reported that he had died.", "the mainstream media reported"),
]
NOT_MEDIA = [
    "The media is biased against him.",  # talk about the press, no claim passed on
    "The press said nothing about the fire.",  # no claim
    "The press reported on Reuters' figures.",  # a named source after it
]


@pytest.mark.parametrize(("text", "words"), MEDIA)
def test_the_media_as_a_whole_is_no_outlet(text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert ("A103", words) in found


@pytest.mark.parametrize("text", NOT_MEDIA)
def test_the_media_talked_about_or_silent_is_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
