"""Cue words that report rather than guess: "made it possible" and a modal after a legal text."""

from __future__ import annotations

import pytest

from flagger.annotations.hedging.features import token_features, tokenize


def _features(sentence: str, word: str) -> list[str]:
    words = [token[2] for token in tokenize(sentence)]
    return token_features(words, words.index(word), {})


@pytest.mark.parametrize(
    "sentence",
    [
        "The grant made it possible to reopen the pool .",
        "A new ramp makes possible a step-free route .",
        "Volunteers are making this possible .",
    ],
)
def test_possible_after_make_is_a_set_phrase(sentence: str) -> None:
    assert _features(sentence, "possible")[0] == "t possible~set"


@pytest.mark.parametrize(
    "sentence",
    ["It is possible the pool reopens in May .", "A delay is possible , the club made clear ."],
)
def test_possible_elsewhere_keeps_its_own_word(sentence: str) -> None:
    assert _features(sentence, "possible")[0] == "t possible"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The bill would cap bus fares at two pounds .", "would"),
        ("Under the plan , the new rules could apply from June .", "could"),
        ("The draft treaty would let ships refuel there .", "would"),
    ],
)
def test_a_modal_after_a_legal_text_is_marked(sentence: str, word: str) -> None:
    assert "ctx instrument " + word in _features(sentence, word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The minister would cap bus fares , aides said .", "would"),
        ("Prices could rise if the bill passes .", "could"),
    ],
)
def test_a_modal_after_any_other_subject_is_not(sentence: str, word: str) -> None:
    assert not any(f.startswith("ctx instrument") for f in _features(sentence, word))
