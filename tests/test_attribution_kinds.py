"""Classifications, billings, mentions and people in general are no sources; a person's
critics, a role's verdict and a headline's role are."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

NOT_SOURCES = [
    "The old coins were considered sacred until the war.",  # a belief of a time
    "Staff at care homes are considered essential workers.",  # a classification
    "The shed was considered part of the house for tax purposes.",  # a classification
    "The fair was billed as the largest in the county.",  # the organiser's billing
    "Ignore any story with the words sources say in it.",  # the phrase talked about
    'He mocked the so-called "anonymous sources" of the paper.',  # the phrase talked about
    "Some fear of a downturn kept prices low.",  # 'fear' as a noun
    "Police held more people suspected of theft.",  # a participle, not a view
    "When people say they are tired, they often mean bored.",  # people in general
    "The book asks how people think about money.",  # people in general
    "The guard called him over to the gate.",  # a summons, not a verdict
    "Town Council Says Bridge Will Reopen",  # a headline's named body
]
STILL_SOURCES = [
    ("A102", "The mayor is considered the strongest candidate.", "is considered"),
    ("A102", "The new drug is considered highly promising.", "is considered"),
    ("A102", "The governor is considered unlikely to run.", "is considered"),
    ("A102", "His critics say the plan is reckless.", "His critics say"),
    ("A102", "It was, her opponents abroad argued, a cynical move.", "her opponents abroad argued"),
    ("A102", "Their fiercest detractors have long claimed it was rigged.",
     "Their fiercest detractors have long claimed"),
    ("A104", "The official called it a grave mistake.", "The official called"),
    ("A101", "Sources say the deal is done.", "Sources say"),
    ("A102", "Some fear the bank will fail.", "Some fear"),
    ("A102", "Many are wary of the new rules.", "Many are wary"),
    ("A104", "Bridge Shut After Crash, Senior Army Officer Says", "Senior Army Officer Says"),
    ("A104", "Ex-Bank Insider Reveals Secret Deals", "Ex-Bank Insider Reveals"),
    ("A102", "People say the plan failed.", "People say"),
    ("A102", "Everyone thought it was an error, she said.", "Everyone thought"),
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_classifications_mentions_and_people_in_general_are_no_sources(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []


@pytest.mark.parametrize(("code", "text", "words"), STILL_SOURCES)
def test_verdicts_adversaries_and_crowds_stay_sources(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found
