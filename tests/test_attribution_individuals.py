"""Unnamed people described by an outlet, a market or a party ('a Wall Street analyst said',
'another top Democrat said', 'an insider close to the couple said'); crowds that tell an outlet
('experts told the paper'); 'few expect'; people close to a titled person."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A Lisbon bond analyst said the yields would fall.", "A102",
     "A Lisbon bond analyst said"),
    ('"The ads are working," said one GOP strategist.', "A102", "said one GOP strategist"),
    ("A studio insider told the magazine the tour is off.", "A102", "A studio insider told"),
    ("An insider previously told the paper the pair had split.", "A102",
     "An insider previously told"),
    ("The vote slips to May, a senior Republican said.", "A104", "a senior Republican said"),
    ('"It is over," another Tory backbencher has said.', "A104",
     "another Tory backbencher has said"),
    ('"He is done," said a Florida Democrat.', "A104", "said a Florida Democrat"),
    ("A Labour MP warned that the count was wrong.", "A104", "A Labour MP warned"),
    ("An aide close to the mayor said the plan was dropped.", "A101",
     "An aide close to the mayor said"),
    ("A Democrat close to her says the speech is cancelled.", "A101",
     "A Democrat close to her says"),
    ("Experts told the paper the dam was unsafe.", "A102", "Experts told"),
    ("Economists added that the slump would last.", "A102", "Economists added"),
    ("Few expect the council to act this year.", "A102", "Few expect"),
    ("The oath was taken before Ana Roe, a US official said.", "A104", "a US official said"),
    ("On Sunday, a state official said the road was shut.", "A104", "a state official said"),
    ("Later, when a user pointed out the error, it was fixed.", "A104", "a user pointed out"),
    ("The council will shut the pool, a step critics say is rash.", "A102", "critics say"),
    ("The cure works, according to some infectious-disease experts.", "A102",
     "according to some infectious-disease experts"),
    ("The deal is off, according to one Clinton insider.", "A102",
     "according to one Clinton insider"),
    ("He is tired, according to people close to the governor.", "A101",
     "according to people close to the governor"),
]  # fmt: skip
QUIET = [
    "Ana Roe, a Democrat from Ohio, said the bill was dead.",  # named, in apposition
    '"It is dead," Tom Lee, a Republican, said.',  # named, in apposition
    "Democrats said the bill was dead.",  # the party
    "A Republican-led House passed the bill.",  # an adjective, no speaker
    "A Labour MP was elected in the town.",  # no claim
    "The seat went to a Democrat, the count showed.",  # no speech by the member
    "A Lisbon bond analyst was hired on Monday.",  # no claim
    "Researchers told participants to wait an hour.",  # an instruction
    "It is only a threat if a Democrat says it.",  # anyone of the kind, in a condition
    "Kim Doe, a Republican strategist doubts that the bill matters.",  # named, comma missing
    '"It is a big suit," Tom Lee, a Smith Barney analyst said.',  # named after a quote
    "Profit rose, according to a survey of analysts by FactSet.",  # a survey, named
    "It is risky, according to a health expert with the World Bank.",  # placed at a named body
    "The fence stands, according to people close to the border.",  # a place
]


@pytest.mark.parametrize(("text", "code", "words"), FLAGGED)
def test_described_individuals_are_unnamed_sources(text: str, code: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_named_members_and_parties_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []
