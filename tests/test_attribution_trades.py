"""A trade or crowd named by a bare plural of agency speaks as unnamed members; offices, names,
things that end like such a plural and what the speaker adds are no such source."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

TRADES = [
    ("A104", "Pig farmers say the new feed rules will ruin them.", "Pig farmers say"),
    ("A104", "Cocoa prices will rise, growers warned on Friday.", "growers warned"),
    ("A104", "But shipowners have long argued that the fees are too high.",
     "shipowners have long argued"),
    ("A104", "Brazilian millers fear that the harvest will be late.", "Brazilian millers fear"),
    ("A104", "The vote was close, and insurgents claimed that it was rigged.",
     "insurgents claimed"),
    ("A102", "The dam is what conservationists call a slow disaster.",
     "what conservationists call"),
    ("A102", "It was, as flat-earth believers call it, a trick of the light.",
     "as flat-earth believers call it"),
    ("A102", "The deal, what some call a bailout, passed.", "what some call"),
]  # fmt: skip
NOT_TRADES = [
    "Regulators say the rules are often ignored.",  # an office the story can name
    "Organisers said the fair would open at noon.",  # the organisers of its own event
    "The refiners said the plant was shut.",  # people already introduced
    "He told refiners that the tax would rise.",  # the audience, not the source
    "Airline advertisements usually say seats are limited.",  # things, not people
    "Campus posters say the show is sold out.",  # things, not people
    "Reuters reported on Sunday that the mill will close.",  # a name, capitalised
    "Shippers added 5 percent to their rates.",  # a figure added, not a claim
    "Many patients report a loss of smell.",  # a symptom reported
    "He gave no details but added Danish millers were worried.",  # the speaker's report
    "The German and Danish governments argue that the label is generic.",  # named bodies
    "These are what we call concept cars.",  # the speaker's own name for them
    "The plan is what the minister called a fresh start.",  # a named person's words
    "Insurgents claimed responsibility for the attack.",  # an act, not a claim
]


@pytest.mark.parametrize(("code", "text", "words"), TRADES)
def test_a_bare_plural_of_agency_speaks_as_a_crowd(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", NOT_TRADES)
def test_offices_names_things_and_additions_are_no_trade(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
