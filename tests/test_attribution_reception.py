"""Unheld verdicts of fault and views credited to everyone (A102): 'has faced criticism',
'were criticised as', 'a widespread perception that', 'much has been made of'."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("The mayor has faced fierce criticism for closing the pool.", "faced fierce criticism"),
    ("The ferry company drew criticism over the late sailings.", "drew criticism"),
    ("The count was criticised as rushed and opaque.", "was criticised as"),
    ("The slump was blamed over the strike.", "was blamed over"),
    ("The storm has been widely blamed for the blackout.", "been widely blamed for"),
    ("It is a fringe sect, secretive and blamed for two arson attacks.", "blamed for"),
    ("Bond prices rose on a widespread perception that rates will fall.",
     "widespread perception that"),
    ("That runs against the popular view that the port is failing.", "popular view that"),
    ("The general feeling was that the coach would resign.", "general feeling was that"),
    ("Conventional wisdom holds that turnout will be low.", "Conventional wisdom holds"),
    ("Much has been made of the striker's poor form.", "Much has been made of"),
]  # fmt: skip
QUIET = [
    "The mayor was criticised by the auditor for closing the pool.",  # the critic is named
    "The ferry company faced criticism from Senator Ada Vale.",  # named after 'from'
    "The nine are accused of forging the invoices.",  # a formal charge, not a verdict
    "I knew I would be blamed for the defeat.",  # a feared verdict, not a reported one
    "The singer was criticised for joking about the flood.",  # an act drew criticism, no claim
    "The ship faced heavy seas and strong winds.",  # no reaction faced
    "The senator faced allegations of fraud last year.",  # a charge, its accusers known
    "If she lost, she would have to face criticism.",  # a feared reaction
    "The plan drew criticism from unions such as the Dock Union.",  # named after 'such as'
    "The hill has a popular view of the bay.",  # a sight, not a view held
    "He lacks a general understanding of physics.",  # no view opened
    "Much has changed since the mill closed.",  # nothing said or made of
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_unheld_verdicts_and_common_views_are_vague(text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert ("A102", words) in found


@pytest.mark.parametrize("text", QUIET)
def test_named_critics_charges_and_sights_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []
