"""Role-described sources named by what they do or where they belong (A104): 'a passenger
said', 'many of Acme's nurses complained'."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("The bus stopped twice, a passenger said.", "a passenger said"),
    ("One regular shopper told us the prices had doubled.", "One regular shopper told"),
    ("Many of Acme's night nurses have complained about the hours.",
     "Many of Acme's night nurses have complained"),
    ("Bankers have long complained that the rules are loose.", "Bankers have long complained"),
    ("A state meteorologist said the frost had spared the crop.", "A state meteorologist said"),
    ("An adviser to the mayor said the plan was dead.", "An adviser to the mayor said"),
    ("Two aides to the governor told the paper the vote slips.",
     "Two aides to the governor told"),
]  # fmt: skip
QUIET = [
    "More customers are calling from their phones.",  # a phone call, no view
    "Many of the residents moved away.",  # no claim
    "She has an eyewitness to every part of her claim.",  # 'claim' after 'her' is a noun
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_roles_by_what_people_do_are_unnamed_sources(text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert ("A104", words) in found


@pytest.mark.parametrize("text", QUIET)
def test_roles_without_a_claim_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []
