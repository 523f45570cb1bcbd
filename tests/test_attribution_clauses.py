"""A crowd, role or trade that holds a claim in a relative clause is an unnamed source; people
introduced, counted for a list, told what to do or advising against something are not."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

CLAUSES = [
    ("A104", "In Ardmore, residents who said they opposed the toll booed.", "residents who said"),
    ("A104", "The move is upsetting colleagues who believe she was treated badly.",
     "colleagues who believe"),
    ("A104", "He met growers who fear the dam will fail.", "growers who fear"),
    ("A102", "The split is between liberals who say the plan is weak and the rest.",
     "liberals who say"),
]  # fmt: skip
QUIET = [
    "The residents who said they opposed the toll left early.",  # introduced by 'the'
    "Here are the views of 12 port workers who are concerned about the toll.",  # a counted list
    "It is like parents who tell their kids to do one thing.",  # an instruction
    "He contradicts health officials who have warned against reopening schools.",  # advice
    "Patients who reported a cough were tested.",  # a symptom reported
]


@pytest.mark.parametrize(("code", "text", "words"), CLAUSES)
def test_a_claim_held_in_a_relative_clause_is_vague(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


@pytest.mark.parametrize("text", QUIET)
def test_introduced_counted_instructing_or_advising_crowds_stay_quiet(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []
