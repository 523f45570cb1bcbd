"""Crowds known only as a share of the people, credited with a charge or a reading
(A102), and claims nobody owns coming to light (A103)."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("Others go further and allege that the tender was rigged.", "A102",
     "Others go further and allege"),
    ("The dam is not the danger some make it out to be.", "A102", "some make it out"),
    ("Some have accused him of hiding the report.", "A102", "Some have accused"),
    ("Other people recognized the mistake at once.", "A102", "Other people recognized"),
    ("Most of the country recognised that the levy had failed.", "A102",
     "Most of the country recognised"),
    ("Half of Norway has accused the board of waste.", "A102", "Half of Norway has accused"),
    ("Allegations have emerged that the coach hit players.", "A103",
     "Allegations have emerged"),
    ("Stories, in fact, were surfacing about the missing funds.", "A103",
     "Stories, in fact, were surfacing"),
    ("Claims began circulating that the ferry had sunk.", "A103", "Claims began circulating"),
    ("Rumours spread on Facebook that the mayor had quit.", "A103", "Rumours spread"),
]
QUIET = [
    "Many want the pool reopened.",  # a wish, no claim credited
    "How many recognise the flag is not known.",  # a count asked, no crowd credited
    "The manager said many people recognised the risk.",  # the named speaker's description
    "If some accused him, they were wrong.",  # a case supposed
    "The shop has many wants and few means.",  # a noun, no crowd
    "The allegations surfaced in 2017.",  # claims the story has already credited
    "Her claims spread across the valley.",  # a speaker's claims, owned
    "Allegations emerged in a Senate report last month.",  # the report that holds them is named
]


@pytest.mark.parametrize(("text", "code", "words"), FLAGGED)
def test_shares_and_unowned_claims_are_flagged(text: str, code: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_no_share_or_unowned_claim_here(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []
