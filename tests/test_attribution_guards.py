"""Role cues that credit no hidden source, and the chains that carry an unnamed source on."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

NOT_SOURCES = [
    "On the new app, users see the ads before the video.",  # literal seeing
    "In the survey, students said the fees were too high.",  # a survey's answers
    "About 80 percent of young drivers report that they text at the wheel.",  # a poll count
    "Half of the nurses say they plan to leave, the poll found.",  # a poll count
    "A federal judge told the defendant to sit down.",  # a court acting in court
    "Federal prosecutors wrote in a filing that he had lied.",  # a court filing
    "The singer's lawyers replied that the claim was false.",  # a party's lawyers
    "His attorneys said he would appeal.",  # a party's lawyers
    "Her colleagues feared she had been taken.",  # feelings of someone's circle
    "He lobbied the council, whose members think the plan is dead.",  # members of a named body
    "Give some thought to your budget before you shop.",  # the noun 'thought'
    "The probe began amid reports from The Daily Ledger that funds had gone.",  # named outlet
    "He is believed to be ill, according to The Daily Ledger.",  # sourced later on
    "He addressed rumours that he had quit, first spread by blogger Ann Lee.",  # origin named
    "You most likely thought the letter was a joke.",  # an adverb, not a crowd
    "Such voters tend to most fear threats from abroad.",  # an adverb, not a crowd
    "According to focus groups, the mayor won the debate.",  # a survey result
    "People feel unheard when nobody answers.",  # a feeling of people in general
    "It is hard to ignore what local doctors are saying.",  # what they say is talked about
    "The mayor spread false rumours that the dam had burst.",  # the writer refutes the report
    "Years ago, many of us wondered why the bridge was closed.",  # the writer's own circle
]
STILL_SOURCES = [
    ("A104", "Investors see the move as a risk to growth.", "Investors see"),
    ("A104", "Prosecutors said the talks with the bank had stalled.", "Prosecutors said"),
    ("A104", "Lawyers said the new law would be hard to enforce.", "Lawyers said"),
    ("A104", "His colleagues said he had left early.", "His colleagues said"),
    ("A102", "Some thought the plan would fail.", "Some thought"),
    ("A102", "Critics say that he waited too long.", "Critics say"),
    ("A102", "Critics will say that he waited too long.", "Critics will say"),
    ("A104", "He knows what doctors say is that rest helps.", "doctors say"),
    ("A102", "Many of them wondered why the bridge was closed.", "Many of them wondered"),
    ("A103", "The mayor spread rumours that the dam had burst.", "rumours that"),
    ("A102", "Many people feel the tax is unfair.", "Many people feel"),
    ("A103", "The probe began amid reports that funds had gone.", "amid reports"),
    ("A103", "He addressed rumours that he had quit, which were spread by the tabloids.",
     "rumours that"),
    ("A103", "Shares fell amid reports in March that funds had gone.", "amid reports"),
]
CHAINS = [
    (
        "Brokers said the yen would fall. Trade was thin. The brokers added that rates would rise.",
        "The brokers added",
    ),
    (
        "Analysts said the yen would fall, and added that rates were high. They also expect a cut.",
        "They also expect",
    ),
]
BROKEN_CHAINS = [
    "Brokers said the yen would fall. Trade was thin. Rain fell. Snow fell. The brokers added "
    "that rates would rise.",  # too far back to be the same brokers
    "Analysts said the yen would fall, the bank said. They also expect a cut.",  # a new speaker
]


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_surveys_sight_courts_lawyers_and_feelings_are_no_sources(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []


@pytest.mark.parametrize(("code", "text", "words"), STILL_SOURCES)
def test_the_guards_leave_real_sources(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize(("text", "words"), CHAINS)
def test_definite_nouns_and_pronouns_carry_an_unnamed_source(text: str, words: str) -> None:
    found = [text[f.start : f.end] for f in detect_attribution(make_document(text))]
    assert words in found


@pytest.mark.parametrize("text", BROKEN_CHAINS)
def test_chains_stop_at_distance_and_at_a_new_speaker(text: str) -> None:
    found = [text[f.start : f.end] for f in detect_attribution(make_document(text))]
    assert len(found) == 1
