"""More wordings of the same unnamed sources: crowds' verdicts, sources placed somewhere, one of
a group, rumours on the move, crowds as a verdict's givers; and the named ones they leave quiet."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A102", "Some have said the mayor should resign.", "Some have said"),
    ("A102", "Many of the tenants considered the fee to be unfair.",
     "Many of the tenants considered the fee to be"),
    ("A102", "Some hikers find the mural to be offensive.",
     "Some hikers find the mural to be"),
    ("A102", "Many growers announced that they would plant less rye.", "Many growers announced"),
    ("A102", "Several swimmers have come forward to describe the delays.",
     "Several swimmers have come forward to describe"),
    ("A102", "Fans have speculated about a second album.", "Fans have speculated"),
    ("A102", "And those on the left simply condemn the plan.", "those on the left simply condemn"),
    ("A102", "She cut the tax, leading critics to accuse her of favouritism.",
     "leading critics to accuse"),
    ("A102", "The budget was widely criticised by lawmakers as too thin.",
     "was widely criticised by lawmakers"),
    ("A102", "The ferry plan has been criticised by green groups and the council.",
     "been criticised by green groups"),
    ("A102", "The singer is now being regarded as the voice of her town.",
     "is now being regarded as"),
    ("A101", "Sources in the ministry said the bridge would close.", "Sources in the ministry said"),
    ("A101", "Sources linked to the palace told the paper the king was ill.",
     "Sources linked to the palace told"),
    ("A101", 'A source shared: "The pair split in May."', "source shared"),
    ("A103", "Rumours have been flying for weeks that the club will move.",
     "Rumours have been flying"),
    ("A103", "The show dwelt on the rumours and speculation about the merger.",
     "rumours and speculation"),
    ("A104", "The gate was locked at dawn, one of the campers said.", "one of the campers said"),
    ("A104", "One man told the board that nothing had been done.", "One man told"),
    ("A104", "If the rain stays away, as one farmer put it, the crop is safe.",
     "as one farmer put it"),
    ("A102", "Many fans criticised Coach Ana Roe after the loss.", "Many fans criticised"),
    ("A102", "There are those on the right that condemn Mayor Bo Li for the tax.",
     "those on the right that condemn"),
]  # fmt: skip
QUIET = [
    "Police found the boat to be empty.",  # a role's finding on the record, no crowd
    "Many voters considered a third candidate.",  # considering a choice, no verdict
    "One of the letters said the rent was due.",  # a document, not a person
    "As the old saying puts it, haste makes waste.",  # a saying, no source
    "It came as a shock to those in the hall who thought he would win.",  # a description
    "The plan was criticised by lawmakers in Ohio.",  # placed at once
    "The plan was criticised by Green lawmakers.",  # a party's caucus
    "Water sources in the valley said to be clean were tested.",  # a participle, no speech
    "Staff shared in the profits of the year.",  # no source passing anything on
    "The rumours were denied by the club.",  # a denial, with its speaker
    "The total was far smaller than what the media was reporting.",  # the press of the story
    "Sen. Ana Roe, D-Ohio, and others have suggested the rule be dropped.",  # a named leader
    "Regional analysts doubt the figures. Analysts at Nordbank said the data were late.",
    "It may put informants at risk. He said the bill came first.",  # no sources speaking
    "The fines were criticised by road campaigners, including Ana Roe, who says they fail.",
    "We are still being viewed as outsiders, she wrote.",  # a stigma felt, no view credited
    "Critics at Nordbank condemned the plan.",  # placed in a named body
]


@pytest.mark.parametrize(("code", "text", "words"), FLAGGED)
def test_more_wordings_of_unnamed_sources_are_flagged(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_named_and_non_sources_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []


def test_a_source_speaking_of_itself_does_not_break_its_they_chain() -> None:
    text = (
        "Brokers said they expect the bank to cut rates this year. "
        "They also expect it to ease lending rules."
    )
    found = [text[f.start : f.end] for f in detect_attribution(make_document(text))]
    assert found == ["Brokers said", "They also expect"]
