"""The frame marks: each fires in its pattern and stays silent outside it."""

from __future__ import annotations

import pytest

from flagger.annotations.hedging.features import token_features, tokenize


def _first(sentence: str, word: str) -> str:
    words = [token[2] for token in tokenize(sentence)]
    return token_features(words, words.index(word), {})[0]


@pytest.mark.parametrize(
    ("sentence", "word", "marked"),
    [
        ("Fares rose faster than expected .", "expected", "t expected~compared"),
        ("The side did better than two early losses suggested .", "suggested", "t suggested~compared"),
        ("The bill cost more than was first thought .", "thought", "t thought~compared"),
        ("The firm would not identify the buyers .", "would", "t would~refusal"),
        ("It wouldn't comment on the talks .", "wouldn't", "t wouldn't~refusal"),
        ("The mayors said they would appeal the ruling .", "would", "t would~intent"),
        ("She said that she would resign .", "would", "t would~intent"),
        ("Guards search bags regardless of whether alarms sound .", "whether", "t whether~concessive"),
        ("Asked by a local radio host whether she agreed , she laughed .", "whether", "t whether~asked"),
    ],
)
def test_a_framed_word_is_marked(sentence: str, word: str, marked: str) -> None:
    assert _first(sentence, word) == marked


@pytest.mark.parametrize(
    ("sentence", "word", "plain"),
    [
        ("Fares are expected to rise .", "expected", "t expected"),
        ("Than the hall , nothing was bigger ; it seemed odd .", "seemed", "t seemed"),
        ("Rather than rest , staff suggested a vote .", "suggested", "t suggested"),
        ("I wouldn't say the talks failed .", "wouldn't", "t wouldn't"),
        ("The firm would not survive a strike .", "would", "t would"),
        ("The mayors said it would be hard .", "would", "t would"),
        ("The mayors said fares would rise .", "would", "t would"),
        ("She said she wouldn't rule out a bid .", "wouldn't", "t wouldn't"),
        ("Fans wonder whether the side can win .", "whether", "t whether"),
        ("Nobody knows whether alarms sound .", "whether", "t whether"),
        ("He asked for help , but whether it comes is open .", "whether", "t whether"),
    ],
)
def test_a_word_outside_its_frame_is_not_marked(sentence: str, word: str, plain: str) -> None:
    assert _first(sentence, word) == plain
