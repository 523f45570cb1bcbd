"""A reaction stirred in an unnamed crowd or in people known by role ('puzzled many dealers',
'has alarmed critics') credits them a view; an adjective before its noun, a market's buyers and
a body named after the crowd do not."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FOUND = [
    ("A104", "The timing of the cut puzzled many dealers.", "puzzled many dealers"),
    ("A102", "The forecast, which has alarmed critics, was repeated.", "alarmed critics"),
    ("A102", "The budget surprised some tax economists.", "surprised some tax economists"),
    ("A104", "It fired the missile, angering officials in Oslo.", "angering officials"),
]
QUIET = [
    "The weak figures disappointed investors.",  # buyers react in prices
    "The move angered officials at the Treasury.",  # the body is named
    "The stunned observers left the hall.",  # an adjective, no reaction credited
]


@pytest.mark.parametrize(("code", "text", "words"), FOUND)
def test_a_reaction_stirred_in_a_crowd_is_its_view(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_adjectives_buyers_and_named_bodies_stay_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
