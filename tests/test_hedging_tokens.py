"""The tagger's quick paths give what their plain definitions give: tokens, normalised words,
token offsets and lexicon phrases."""

from __future__ import annotations

import re

import pytest

from flagger.annotations.hedging.features import (
    TOKEN,
    Lexicon,
    cue_index,
    lexicon_phrase,
    offsets,
    plain_words,
    token_spans,
)
from flagger.annotations.hedging.tagger import CueTagger, GenreWeights

TEXTS = [
    "The vote may be held in 2025, officials said.",
    "It wasn’t clear whether the well-known firm's 3 plants would re-open.",
    "ΣΟΦΟΣ said:  “maybe”\t— perhaps\u00a0not?",
    "Straße in İstanbul: ǅ 12 ١٢ apples, 7.5%",
    "co-op -- rock'n'roll 'quoted' 1-2 - ’tis",
    "May may MAY maY",
    "",
    "   ",
]


def _reference_words(tokens: list[str], text: str) -> list[str]:
    """The normalised words as first defined: the joined tokens lower-cased as a whole."""
    source = text if "Σ" in text else "\n".join(tokens)
    lowered = source.lower()
    if len(lowered) != len(source):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in source)
    folded = re.sub(r"\d", "0", lowered.replace("’", "'"))
    return TOKEN.findall(folded) if "Σ" in text else folded.split("\n")


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_and_words_match_their_definitions(text: str) -> None:
    tokens, words = plain_words(text)
    assert tokens == TOKEN.findall(text)
    assert words == (_reference_words(tokens, text) if tokens else [])


@pytest.mark.parametrize("text", TEXTS)
def test_token_spans_are_the_offsets_of_the_tokens(text: str) -> None:
    tokens, _ = plain_words(text)
    for count in range(len(tokens) + 1):
        assert token_spans(text, tokens, count) == offsets(text, count)


def _reference_phrase(words: list[str], i: int, lexicon: Lexicon) -> str:
    """The lexicon phrase as first defined: every phrase compared whole, longest first."""
    for first in range(max(0, i - 3), i + 1):
        for phrase in lexicon.get(words[first], ()):
            if tuple(words[first : first + len(phrase)]) == phrase:
                if first + len(phrase) > i:
                    return " ".join(phrase)
                break
    return ""


def test_lexicon_phrases_sharing_words_match_their_definition() -> None:
    lexicon = cue_index(["whether", "whether or", "whether or not", "or", "may well be", "may"])
    sentences = ["whether or not it may well be", "whether or it may well", "or whether may be"]
    for sentence in sentences:
        words = sentence.split()
        for i in range(len(words)):
            assert lexicon_phrase(words, i, lexicon) == _reference_phrase(words, i, lexicon)
    assert lexicon_phrase("it may well be".split(), 3, lexicon) == "may well be"
    assert lexicon_phrase("it may well".split(), 1, lexicon) == "may"


def test_cue_spans_find_repeated_words_across_odd_spacing() -> None:
    genre = GenreWeights({"t may": 3.0}, bias=-2.0, slope=1.0, offset=0.0, threshold=0.5)
    tagger = CueTagger(["may"], [], {}, {"news": genre})
    text = "It  may,\tor may\u00a0not: may-be may."
    _, cues = tagger.score(text, "news")
    words = [m.span() for m in re.finditer(r"(?<![\w-])may(?![\w-])", text)]
    assert len(words) == 3
    assert [(c.start, c.end) for c in cues] == words
