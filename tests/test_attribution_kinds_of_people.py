"""People known only by what they are to the story (A104): 'farmers say', 'a grower told'."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("Farmers said they would block the roads.", "Farmers said"),
    ("U.S. meat producers claim the rule will cut exports.", "U.S. meat producers claim"),
    ("The crop will be late, a leading grower told the paper.", "a leading grower told"),
    ("Landlords warned that rents would rise.", "Landlords warned"),
]
QUIET = [
    "Consumers feel a need for control in a crisis.",  # a feeling, no claim
    "The packaging producer said its debt would be redeemed.",  # a company already named
    "The pact between producers and consumers was signed.",  # no speech
    "The unmasking of U.S. citizens was legal, officials of the agency said.",  # not the group
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_kinds_of_people_voicing_a_claim_are_flagged(text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert ("A104", words) in found


@pytest.mark.parametrize("text", QUIET)
def test_kinds_of_people_without_a_claim_stay_quiet(text: str) -> None:
    found = [text[f.start : f.end] for f in detect_attribution(make_document(text))]
    assert not any(word in " ".join(found) for word in ("producer", "consumer", "citizen"))
