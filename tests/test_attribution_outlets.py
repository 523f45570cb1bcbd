"""Hearsay of outlets with an aside or a day after the verb, agentless 'as has been reported',
'it is sometimes said', crowds in a 'with' clause or heard saying something, and roles whose
name or speaker is given."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A103", "Local press, meanwhile, have reported that the mine will shut.", "Local press, meanwhile, have reported"),
    ("A103", "The deal may collapse, regional newspapers wrote Monday.", "regional newspapers wrote"),
    ("A103", "The fees could now rise, foreign media warned.", "foreign media warned"),
    ("A103", "The fine will not be dropped, as has wrongly been reported.", "as has wrongly been reported"),
    ("A103", "The mayor, as was alleged, took the money.", "as was alleged"),
    ("A103", "It is sometimes said that the river floods every decade.", "It is sometimes said that"),
    ("A102", "Prices fell, with some suggesting the harvest was to blame.", "with some suggesting"),
    ("A102", "The bill passed, with critics warning it would raise rents.", "with critics warning"),
    ("A102", "I have heard members from both parties suggest a delay.", "heard members from both parties suggest"),
    ("A102", "We hear many people say the park is unsafe.", "hear many people say"),
    ("A102", "Labour insiders also worried that the vote was lost.", "Labour insiders also worried"),
    ("A101", "Money market sources project a surplus of 30 billion.", "market sources project"),
]
QUIET = [
    "The rent will rise, said a local woman named Ilse, who runs a bakery.",  # named at once
    "Mira Tal, a nurse from the north, said many residents wait for hours.",  # a named speaker
    "As was reported by the Harbour Gazette, the mine will shut.",  # the outlet is named
    "The daily press wrote Daniel a letter.",  # a named addressee, no outlet's claim
    "The court heard members of the crew say the alarm was off.",  # testimony on the record
    "I heard them say it twice.",
    "The bill is late, the panel's leaders said.",  # the heads of a body just named
    "Renewable sources projected onto the grid map were shaded.",  # no speaker: the verb is passive  # a pronoun takes up people already named
    "The inquiry began with some questioning of the staff.",  # a noun, no view held
]
STILL_FLAGGED = [
    ("A104", "Party leaders said the vote would pass.", "leaders said"),
    ("A104", "The rent will rise, said a local woman, who runs a bakery.", "said a local woman"),
    ("A104", "Our wait was long, said many residents.", "said many residents"),
]


@pytest.mark.parametrize(("code", "text", "words"), FLAGGED + STILL_FLAGGED)
def test_outlets_agentless_reports_and_crowds_fire(code: str, text: str, words: str) -> None:
    found = [(f.rule, f.evidence[0]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_named_speakers_and_named_outlets_stay_quiet(text: str) -> None:
    assert not list(detect_attribution(make_document(text)))
