"""Views and causes with nobody behind them, and crowds known only by a pronoun or a share:
'an attack blamed on the rebels', 'it's often been said', 'there is a perception that',
'several of them think', 'not all his aides agree', 'a fire officials agree was arson'."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A102", "The blast followed the murder of the judge, an attack blamed on the rebels.",
     "blamed on"),
    ("A102", "The outage was blamed on a faulty valve.", "was blamed on"),
    ("A102", "Losses that were blamed on the strike kept growing.", "were blamed on"),
    ("A103", "It’s often been said with a smile, that every cook is a chemist.",
     "It’s often been said"),
    ("A103", "It's been said that nobody leaves the island unchanged.", "It's been said"),
    ("A102", "Under the old board, there is a perception that the club has lost its way.",
     "there is a perception that"),
    ("A102", "There was a strong feeling among players that the coach would go.",
     "There was a strong feeling among"),
    ("A102", "By now several of them think the mayor is unwell.", "several of them think"),
    ("A102", "The plan is sound. Not all his aides agree.", "Not all his aides agree"),
    ("A102", "Backers say the cuts pay for themselves. Few economists agree.",
     "economists agree"),
    ("A102", "Some tenants agree that rents are too high.", "Some tenants agree"),
    ("A104", "The fire, which officials agree was arson, spread fast.", "officials agree"),
    ("A104", "The vote will fail. A Senate aide agreed.", "A Senate aide agreed"),
    ("A102", "The lockdown came too late. Other health experts agree.",
     "Other health experts agree"),
]  # fmt: skip
QUIET = [
    "Sales fell, which the company blamed on currency movements.",  # the blamer is the subject
    "Norgrid blamed on Monday the storm for the outage.",  # an active verb and its day
    "The crash would be blamed on the pilot.",  # a feared verdict
    "The outage was blamed on a valve by Norgrid.",  # the blamer named after it
    "In the game, the plague is blamed on a fungus.",  # a standing explanation
    "She said there was a perception that the rules were unfair.",  # the speaker's claim
    "A lawyer briefed on some of the talks agreed to act.",  # a share after a preposition
    "It has long been said by historians that the fort fell.",  # the sayers named
    "\"There was a belief that we could hold the line,\" she said.",  # the speaker's own words
    "The firm can reclaim funds if there is a suspicion that the bank knew.",  # a condition
    "There was an understanding that the loan would be repaid.",  # an agreement, not a view
    "Many of her friends agreed to help.",  # a plan, not a view
    "Officials agreed on a price for the land.",  # a deal, not a view
    "Not all the players were fit.",  # a fact about them, no view
]


@pytest.mark.parametrize(("rule", "text", "words"), FLAGGED)
def test_unheld_views_and_pronoun_crowds_are_vague(rule: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (rule, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_named_blamers_conditions_and_plans_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []
