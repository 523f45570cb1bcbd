"""The describing-use features: each fires in its pattern and stays silent outside it."""

from __future__ import annotations

import pytest

from flagger.annotations.hedging.features import token_features, tokenize
from flagger.annotations.hedging.uses import use_features


def _features(sentence: str, word: str) -> list[str]:
    words = [token[2] for token in tokenize(sentence)]
    return token_features(words, words.index(word), {})


@pytest.mark.parametrize(
    ("sentence", "word", "feature"),
    [
        ("He could not finish the race .", "could", "use could-negated"),
        ("In those years the club was poor and fans could enter free .", "could", "use could-past"),
        ("The panel recommended that she step down .", "recommended", "use proposal-bare"),
        ("Critics replied, urging they pay more .", "urging", "use proposal-bare"),
    ],
)
def test_a_describing_use_is_a_feature(sentence: str, word: str, feature: str) -> None:
    assert feature in _features(sentence, word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The storm could hit the coast .", "could"),
        ("If he was right , rates could fall .", "could"),
        ("The mayor said the bridge could reopen .", "could"),
        ("Analysts suggested that the firm should sell .", "suggested"),
        ("Early tests suggested the vaccine works .", "suggested"),
        ("They suggested they were misled .", "suggested"),
    ],
)
def test_no_describing_use_without_its_pattern(sentence: str, word: str) -> None:
    assert not [f for f in _features(sentence, word) if f.startswith("use ")]


def test_a_word_other_than_could_or_a_suggest_verb_gets_none() -> None:
    words = [token[2] for token in tokenize("The fans could not pass .")]
    assert use_features(words, words.index("pass")) == []
