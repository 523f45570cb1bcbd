"""Crowds described by their stance or counted by any plural noun (A102)."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("Those against the new runway say it will ruin the marsh.", "Those against the new runway say"),
    ("Those who know the coach well insist he will stay.", "Those who know the coach well insist"),
    ("The toll will rise, say those who study the roads.", "say those who"),
    ("There are those who argue the tax is too low.", "There are those who argue"),
    (
        "There are many farmers who have raised concerns about the dam.",
        "There are many farmers who have raised concerns",
    ),
    ("Some hikers feel that the path is unsafe.", "Some hikers feel"),
    ("Many tenants complain the rent is too high.", "Many tenants complain"),
    ("Other bus drivers have said the route is too long.", "Other bus drivers have said"),
    ("Some farm owners have defended the cull.", "Some farm owners have defended"),
    ("Some club fans attributed the loss to the heat.", "Some club fans attributed"),
    ("Others called for the mayor to resign.", "Others called for"),
    ("Some noted that the gates were locked.", "Some noted"),
    ("Many complained about the smell.", "Many complained"),
    ("Twitter users mocked the new logo.", "Twitter users mocked"),
    ("Many social media users were quick to point out the typo.",
     "Many social media users were quick to point out"),
    ("Commenters said the photo was staged.", "Commenters said"),
    ("The band teased a reunion, but some listeners were skeptical.",
     "some listeners were skeptical"),
    ("Several growers remain unconvinced by the new seed.", "Several growers remain unconvinced"),
    ("Those who fish the bay are worried about the spill.",
     "Those who fish the bay are worried"),
    ("Many parents are confident that the school will reopen.",
     "Many parents are confident"),
    ("Many have speculated that the bridge will close.", "Many have speculated"),
    ("Everyone says the bridge will close.", "Everyone says"),
    ("Some tenants speculated the landlord would sell.", "Some tenants speculated"),
    ("Others have found that the trail floods in spring.", "Others have found"),
    ("Many farmers have urged a ban on the spray.", "Many farmers have urged"),
    ("Some critics credit the new coach with the turnaround.", "Some critics credit"),
    ("Many parents, teachers, and others have urged a later start.",
     "Many parents, teachers, and others have urged"),
    ("Some bakers and grocers think the tax will fall.", "Some bakers and grocers think"),
    ("The fault was reported by many who rode the line.", "reported by many"),
    ("The view is shared by some in the party.", "shared by some"),
    ("The deal is considered by most traders to be a bargain.", "considered by most"),
    ("The ad ran for a week, prompting some viewers to complain.",
     "prompting some viewers to complain"),
]
QUIET = [
    "Those who don't believe the forecast can check the radar.",  # the reader, no source
    "Those who live by the sea and those who say they love it differ.",  # a relative clause
    "She made some outrageous claims in her book.",  # an adjective, not a crowd
    "He sells lamps and other household products said to last for years.",  # after 'and'
    "Most voters think of the mayor as honest.",  # 'think of' is no claim
    "Some hikers felt tired after the long climb.",  # a mood, not a view
    "Other factors suggest the rate will fall.",  # a thing cannot hold a view
    "Some notes on the map were lost.",  # a noun after 'some', not a voice
    "There were many calls for a recount.",  # a noun, not a crowd calling
    "Other names mentioned in the filing include two banks.",  # a passive, no crowd voicing
    "Nobody knows how many people complained.",  # a count asked, no crowd's view
    "The app has ten million users worldwide.",  # users, no view
    "Some hikers were exhausted after the climb.",  # a mood, not a view
    "Some tenants were confident on the dance floor.",  # no view held that something is so
    "If some parents are worried, the school will call them.",  # a case supposed
    "Ask whether those who ride the bus are worried about fares.",  # a question, no report
    "Many settlers had speculated in land along the river.",  # trading, not guessing
    "Many have found jobs at the new plant.",  # a thing found, no finding passed on
    "She deserves some credit for the rescue.",  # a noun after 'some', not a crowd crediting
    "The bill is being considered by several committees.",  # an agenda, not a view
    "The race was won by some margin.",  # a measure, not a crowd
    "The shares were bought by some 20 investors.",  # a count, no view
    "The storm led many residents to flee.",  # an act, no view
    "Roofs fell in some areas, towns and villages said.",  # a place after "in", no crowd
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_stance_and_counted_crowds_are_vague_authorities(text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert ("A102", words) in found


@pytest.mark.parametrize("text", QUIET)
def test_no_crowd_holds_a_view_here(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []
