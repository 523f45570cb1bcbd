"""A deed credited with nobody crediting it, a crowd a cause leaves holding a view, and 'they'
carried past an infinitive ('failed to report') are unnamed sources; a record credited, a
counted group and a named holder are not."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FOUND = [
    ("A102", "A keen salesman, he is credited with helping revive the chain.",
     "is credited with helping"),
    ("A102", "They met Ana Roe – credited with founding the genre – in May.",
     "credited with founding"),
    ("A102", "The new logo has many people wondering whether the firm is for sale.",
     "has many people wondering"),
    ("A102", "The leak left some investors convinced that a deal was near.",
     "left some investors convinced"),
    ("A104", "Several lawyers noted that he failed to report the accounts. "
     "They also pointed out that more charges could follow.", "They also pointed out"),
]  # fmt: skip
QUIET = [
    "He was credited with the winning goal.",  # a record, not a view
    "She was credited with 23 points and nine rebounds.",  # a record
    "The ruling has three people convinced.",  # a count, not a crowd
    "The ruling has the board worried about costs.",  # a body the story names
]


@pytest.mark.parametrize(("code", "text", "words"), FOUND)
def test_credit_causes_and_carried_pronouns_are_sources(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_records_counts_and_named_bodies_stay_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
