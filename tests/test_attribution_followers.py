"""Crowds holding a view right now or knowing it ('as insiders know'), the crowd around a named
person, roles that deny or condemn, outlets nobody names and counted sources cited (A101 to
A104)."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("Many tenants are hoping for a rent freeze.", "A102", "Many tenants are hoping"),
    ("Everyone is just assuming the bridge will reopen.", "A102",
     "Everyone is just assuming"),
    ("Some have interpreted the vote as a protest.", "A102", "Some have interpreted"),
    ("Many were questioning the referee's call.", "A102", "Many were questioning"),
    ("He said it was safe, but most seemed to be unconvinced.", "A102",
     "most seemed to be unconvinced"),
    ("Several growers had been predicting a poor harvest.", "A102",
     "Several growers had been predicting"),
    ("Dalton supporters have defended the new levy.", "A102",
     "Dalton supporters have defended"),
    ("Voss's political allies said the audit was unfair.", "A102",
     "Voss's political allies said"),
    ("Harwick critics warned the dam would leak.", "A102", "Harwick critics warned"),
    ("Multiple outlets are reporting the engagement.", "A103",
     "Multiple outlets are reporting"),
    ("Newspapers noted that the ferry was late again.", "A103", "Newspapers noted"),
    ("Earlier reports said three barns burned.", "A103", "Earlier reports said"),
    ("According to published reports, the mill will close.", "A103",
     "According to published reports"),
    ("He threw what is assumed to be a smoke flare.", "A103", "is assumed to"),
    ("Some tenants are expressing their anger with Mayor Hale.", "A102",
     "Some tenants are expressing their anger"),
    ("The media expects the coach to resign.", "A103", "The media expects"),
    ("Everyone knows that the ferry is always late.", "A102", "Everyone knows"),
    ("As dock insiders know, the cranes are old.", "A102", "As dock insiders know"),
    ("The road is unsafe, as most drivers know all too well.", "A102",
     "as most drivers know"),
    ("The site broke the story and cited multiple sources.", "A101", "cited multiple sources"),
    ("Brokers denied reports that the fund was empty.", "A104", "Brokers denied"),
    ("Local residents condemned the new quota.", "A104", "residents condemned"),
]
QUIET = [
    "Some are hoping to win the raffle.",  # a plan, not a view
    "Many fans were expecting to see the band.",  # a plan
    "Some of the bids were interpreted as low.",  # a passive, no crowd
    "The newspapers noted that the ferry was late.",  # papers the story has named
    "His reports said three barns burned.",  # whose reports is known
    "Dalton supporters sang all night.",  # no view voiced
    "Acme Bank analysts said the rate would hold.",  # staff of a named firm
    "The firm assumed the debt of its rival.",  # no passive hearsay
    "The driver is presumed to be innocent until tried.",  # a legal status
    "The media reported on the trial all week.",  # coverage, no claim
    "The charity cited several sources of funding.",  # sources of money, not of news
    "The crew works as long as drivers know the route.",  # a condition, no crowd's view
    "Tools such as farmers know are cheap.",  # 'such as' opens no aside
    "As people know him, he is kind.",  # knowing a person, not a claim
    "Make sure everyone knows that the road is shut.",  # telling, not a crowd's claim
    "Prices rose before most people knew that the mine was shut.",  # background then
    "Everyone knows that.",  # takes up a claim already made
    "Guards denied him entry to the hall.",  # an act, not a claim
    "Guards denied the request for a visit.",  # an act
    "Three farmers were accused of theft.",  # the accuser is someone else
]


@pytest.mark.parametrize(("text", "code", "words"), FLAGGED)
def test_unnamed_crowds_and_outlets(text: str, code: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_no_unnamed_crowd_or_outlet_here(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []
