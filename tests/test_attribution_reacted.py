"""Crowds named by a creed or by a share of them, reports reacted to, unnamed outlets, sources
known by what they were told, repute with no holder, and role sources after a time word or
before their audience."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A102", "Environmentalists warn that the dam will drain the marsh.", "Environmentalists warn"),
    ("A102", "The dam is late.\n    Hydrologists said it would leak.", "Hydrologists said"),
    ("A102", "But ecologists have warned of a drought.", "ecologists have warned"),
    ("A102", "Some hardline nationalists say the treaty is a betrayal.", "Some hardline nationalists say"),
    ("A102", "Some U.S. economists said the slump would last.", "Some U.S. economists said"),
    ("A102", "Some U.S. commentators said the plan was weak.", "Some U.S. commentators said"),
    ("A103", "Shares of the brewer fell on reports that it would cut jobs.", "on reports that"),
    ("A103", "The club responded to media reports that the coach had quit.", "to media reports that"),
    ("A103", "Rumours abound that the mill will close.", "Rumours abound"),
    ("A101", "A source briefed on the merger talks said a deal was close.", "A source briefed on"),
    ("A101", "Two people informed about the plan confirmed it on Monday.", "Two people informed about"),
    ("A102", "The old coach is widely respected in the valley.", "is widely respected"),
    ("A104", "Earlier Tuesday a port official said the ship had left.", "a port official said"),
    ("A104", "A bank official confirmed to Radio Varna that the branch will close.", "A bank official confirmed"),
    ("A104", "Officials in the flooded towns say the levees held.", "Officials in the flooded towns say"),
    ("A104", "Some residents in her building said the lift broke.", "Some residents in her building said"),
    ("A102", "Many of the older tenants say the lifts are unsafe.", "Many of the older tenants say"),
    ("A102", "Some on the left argue the levy is unfair.", "Some on the left argue"),
    ("A102", "A majority of drivers believe the toll is too high.", "A majority of drivers believe"),
    ("A103", "Local media reported that the mill will close.", "Local media reported"),
    ("A103", "Danish state media said the ferry had sunk.", "Danish state media said"),
]
QUIET = [
    "He insists that the lists are wrong.",  # verbs and nouns ending in -ists
    "The playlists say nothing about the band.",  # a thing, not a crowd
    "The nationalists say the treaty is a betrayal.",  # the story's own group
    "The mayor denied reports that the mill will close.",  # the denial has a speaker
    "The reports that he filed were late.",  # a determiner: particular reports
    "The two people involved in the crash said they were fine.",  # the story's own people
    "The party has long seen them as allies.",  # an active perfect has its subject
    "She is respected by her rivals.",  # the holder is named
    "Officials alleged to be corrupt were fired.",  # 'to' before a verb, not an audience
    "Many of the victims were women.",  # a share of a crowd holding no view
    "Some of the Dal family said they were happy.",  # a capitalised name: a known family
    "The media reported that the mill will close.",  # the press the story is about
    "Local media outlet Varna Today reported that the mill will close.",  # named outlet
    "Some of the tax claims were dropped.",  # a noun, not a crowd holding a view
    "A number of mayors have been accused of graft.",  # a passive, not a view
    "The fines will make motorists think twice.",  # what they will do, not what they hold
    "The Guild of Florists said it would strike.",  # a capitalised body
    "Two men linked to local extremists suspected of the arson fled.",  # suspects
    "He courted pacifists in the hope that they would vote for him.",  # 'in the hope'
    "The mayor hired more wardens in inner cities and argued they were needed.",  # his view
    "Pessimists think that every storm is the last.",  # a kind of person described
    "Some of the guests thought the alarm was a drill.",  # what a crowd believed, no source
    "In the poll, 40 percent of people involved in farming said prices were low.",  # survey
]


@pytest.mark.parametrize(("code", "text", "words"), FLAGGED)
def test_flagged(code: str, text: str, words: str) -> None:
    findings = list(detect_attribution(make_document(text)))
    assert [(f.rule, text[f.start : f.end]) for f in findings] == [(code, words)]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
