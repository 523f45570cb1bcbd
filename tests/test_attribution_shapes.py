"""Source phrases in less common positions: sources after 'citing' or 'from', a role placed at
an organisation, an aside before the verb, rumours 'there are', views conceded or reached."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

FLAGGED = [
    ("A101", "The mill will close, the paper said, citing unnamed sources.", "citing unnamed sources"),
    ("A101", "The weekly quoted senior Gulf sources as saying output would rise.", "quoted senior Gulf sources"),
    ("A101", "The hint came from Harbour Ministry and port industry sources.", "from Harbour Ministry and port industry sources"),
    ("A104", "An official at the port authority in Varna said the ship had left.", "An official at the port authority in Varna said"),
    ("A104", "A dealer with a small brokerage noted the yen was weak.", "A dealer with a small brokerage noted"),
    ("A102", "Economists, however, say the slump will last.", "Economists, however, say"),
    ("A102", "Critics are a bit sceptical of the plan.", "Critics are a bit sceptical"),
    ("A103", "There are rumours that the coach will quit.", "There are rumours"),
    ("A103", "His exit was reported widely at the time.", "reported widely"),
    ("A102", "Senior House Republicans warned the bill would fail.", "Senior House Republicans warned"),
    ("A104", "Port officials admitted there was little they could do.", "officials admitted"),
    ("A102", "Still, many had envisaged a sharper fall.", "many had envisaged"),
    ("A102", "Economists, bankers and traders say the yen is weak.", "Economists, bankers and traders say"),
    ("A102", "It is a levy that critics have called a tax on the poor.", "critics have called"),
    ("A101", "I’ve heard there are plans to close the mill.", "I’ve heard"),
    ("A104", "The water was brown, one of the residents said.", "one of the residents said"),
    ("A101", "The paper quoted two sources who said the mill would close.", "two sources who said"),
]
QUIET = [
    "The plant buys power from other sources.",  # sources only counted
    "Funds came from various sources of income.",  # sources of something
    "Ana Roe - herself a former manager at the mill - said the plan was sound.",  # apposition
    "He was joined by Ivo Dal, a lawyer at the Lakeview Policy think tank.",  # no verb
    "There are no reports of damage.",  # negated
    "Private exporters concluded sales of 5,000 tonnes.",  # a deal, not a view
    "The hospital doctors admitted six patients overnight.",  # not a concession
    "Some predicted end dates were wrong.",  # an adjective
    "Critics called for a recount in three towns.",  # a demand, not a verdict
    "One of the residents, Ana Roe, said the water was brown.",  # named beside the role
]


@pytest.mark.parametrize(("code", "text", "words"), FLAGGED)
def test_less_common_source_positions_fire(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_things_and_named_appositions_stay_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []


CARRIED = [
    (
        "Port officials said the strike would end. They said pay talks would resume. The "
        "first session will be in Varna, they said.",
        "they said",
    ),
    (
        'The ferry was late, a harbour official said. "We expect it by noon.\nCrews are '
        'working on it," she added.',
        "she added",
    ),
    (
        "The vote was fair, a Danish election official said on Monday. “Every ballot was "
        "counted,” he said.",
        "he said",
    ),
    (
        "Rates will hold, analysts said. Jobs data showed a strong economy. Higher than expected "
        "lending revived worries, they said.",
        "they said",
    ),
    (
        "The dam is safe, a ministry official said. The official said repairs were done. "
        "“Nothing leaks,” he said.",
        "he said",
    ),
]


@pytest.mark.parametrize(("text", "words"), CARRIED)
def test_pronouns_carry_an_unnamed_source_through_pronouns_and_quotes(
    text: str, words: str
) -> None:
    assert words in [text[f.start : f.end] for f in detect_attribution(make_document(text))]


def test_a_named_person_between_stops_a_singular_pronoun() -> None:
    text = "The vote was fair, an election official told Rosa Lind. “It was clean,” he said."
    assert "he said" not in [text[f.start : f.end] for f in detect_attribution(make_document(text))]


def test_a_pronoun_opening_a_reported_clause_is_no_new_speaker() -> None:
    text = (
        "Some aides predicted a deal. The vote is set for Monday. Democrats privately "
        "acknowledged that they felt no pressure."
    )
    assert "they felt" not in [
        text[f.start : f.end] for f in detect_attribution(make_document(text))
    ]


def test_a_pronoun_three_sentences_on_is_too_far() -> None:
    text = "Some aides said a deal was near. It rained. Roads closed. They said it was fine."
    assert "They said" not in [
        text[f.start : f.end] for f in detect_attribution(make_document(text))
    ]


def test_a_crowd_expressing_a_feeling_is_a_source() -> None:
    text = "Some commuters are expressing their anger at the fares."
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert found == [("A102", "Some commuters are expressing their anger")]
