"""Vague attribution: agentless verdicts, unnamed groups and the writer's own hearsay."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A103", "Believed to be the oldest bridge in town, it will close in May.", "Believed to be"),
    ("A103", "A driver, said to have fled, was found on Monday.", "said to have"),
    ("A103", "The two are close, with Marlow said to be the force behind it.", "with Marlow said to be"),
    ("A102", "The governor is considered unlikely to run again.", "is considered"),
    ("A102", "The vote is on 9 June, widely expected to be the date of the merger.",
     "widely expected to"),
    ("A102", "The bill is generally expected to pass.", "generally expected to"),
    ("A102", "The old engine was even considered modern at launch.", "was even considered"),
    ("A102", "The coach is often praised for his calm.", "is often praised"),
    ("A102", "The new battery is being hailed as a breakthrough.", "is being hailed as"),
    ("A103", "Shares fell on rumours that the bank was short of cash.", "rumours that"),
    ("A102", "This was even considered daring in its day.", "was even considered"),
    ("A103", "Profit had been forecast to reach a record.", "had been forecast to"),
    ("A103", "He was never questioned, as is being reported.", "as is being reported"),
    ("A103", "It is being claimed Ripa has turned him down.", "It is being claimed"),
    ("A103", "The banker was overheard Monday boasting to friends.", "was overheard"),
    ("A103", "The horse is tipped to win the cup.", "is tipped to"),
    ("A103", "A photo spreading across social media shows the crash.", "spreading across social media"),
    ("A102", "The scientific community reacted with alarm to the figures.", "The scientific community reacted with"),
    ("A102", "The drug met criticism from several experts.", "criticism from several experts"),
    ("A102", "The oil industry is upbeat about prices.", "The oil industry is upbeat"),
    ("A102", "People keep saying the dam is unsafe.", "People keep saying"),
    ("A104", "The union heard reports from other officers about the fire.", "heard reports from other officers"),
    ("A102", "Some moderate Republicans say the bill goes too far.", "Some moderate Republicans say"),
    ("A101", "A book says people around Marlow questioned his plans.", "people around Marlow questioned"),
    ("A101", "The singer, we're told, has cancelled the tour.", "we're told"),
    ("A101", "We understand that the club will sell its ground.", "We understand that"),
    ("A101", "Unidentified witnesses said the car sped off.", "Unidentified witnesses"),
    ("A101", "The plan was approved, an unidentified official confirmed.", "an unidentified official"),
]  # fmt: skip

NOT_FLAGGED = [
    "The mayor expected the bill to pass.",  # the one who expects is named
    "Such a claim will not be considered a violation of the rules.",
    "The plan was considered by the council on Monday.",
    "The proposal is often cited by the mayor's office as a model.",
    "The Republicans universally praised the nominee.",
    "Democrats said they would block the bill.",
    "The international community must act now.",
    "The whole industry said nothing for a year and the same industry expects nothing.",
    "We were told to stand down and wait.",
    "He denied the rumours and went home.",
    "The party includes those who believe in a small state.",
    "There were no reports of injuries after the storm.",
    "Unidentified gunmen attacked a convoy near the border.",
    "The threat was overheard by a guard at the gate.",
    "It was reported by the Times that the mayor resigned.",
    "“We understand that customers are angry,” the firm's chief Ola Berg said.",
]


@pytest.mark.parametrize(("code", "text", "words"), FLAGGED)
def test_flags_agentless_and_group_sources(code: str, text: str, words: str) -> None:
    findings = list(detect_attribution(make_document(text)))
    assert [(f.rule, text[f.start : f.end]) for f in findings] == [(code, words)]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_named_agents_orders_and_the_party_stay_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []


def test_a_community_giving_a_response_and_crowds_quick_to_judge() -> None:
    text = (
        "The legal community gave a cautious response to the ruling. "
        "Observers likened the vote to a coup. Critics were quick to condemn the plan."
    )
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert found == [
        ("A102", "The legal community gave a cautious response"),
        ("A102", "Observers likened"),
        ("A102", "Critics were quick to condemn"),
    ]


def test_he_said_after_one_unnamed_person_carries_the_source_on() -> None:
    text = "A mine official said the fire spread. He said the crew was safe."
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert found == [("A104", "A mine official said"), ("A104", "He said")]


@pytest.mark.parametrize(
    "text",
    [
        "A mine official said the fire spread and Ruiz left. He said the crew was safe.",
        "Several officials said the fire spread. He said the crew was safe.",
    ],
)
def test_he_said_is_not_carried_past_a_name_or_from_a_plural_source(text: str) -> None:
    assert len(list(detect_attribution(make_document(text)))) == 1


@pytest.mark.parametrize("text", [
    "Obama asked Trump to wait, the aides reported.",
    "According to the aides, Obama said that he understood.",
])
def test_plural_aides_taken_up_again_stay_unnamed(text: str) -> None:
    assert [f.rule for f in detect_attribution(make_document(text))] == ["A104"]


def test_officials_of_a_named_body_are_no_anaphor() -> None:
    text = "According to the officials of the ministry, the plan is sound."
    assert list(detect_attribution(make_document(text))) == []
