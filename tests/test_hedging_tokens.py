"""The tagger's quick paths give what their plain definitions give: tokens, normalised words,
token offsets, capital marks, candidate words and lexicon phrases."""

from __future__ import annotations

import re

import pytest

from flagger.annotations.hedging.features import (
    OPENERS,
    STEM,
    TOKEN,
    Lexicon,
    cue_index,
    lexicon_phrase,
    mark_capitals,
    offsets,
    plain_words,
    token_spans,
)
from flagger.annotations.hedging.model import HedgeModel
from flagger.annotations.hedging.tagger import NO_CANDIDATE, CueTagger, GenreWeights

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


@pytest.mark.parametrize("text", TEXTS)
def test_capital_marks_match_their_definition(text: str) -> None:
    tokens, words = plain_words(text)
    expected = [
        word + "^" if i and token[0].isupper() and tokens[i - 1] not in OPENERS else word
        for i, (token, word) in enumerate(zip(tokens, words, strict=True))
    ]
    assert mark_capitals(tokens, list(words)) == expected


CANDIDATE_TEXTS = [
    *TEXTS,
    "Could it be? The firm didn’t say.",
    "Officials would not comment; analysts suggested otherwise.",
    "The mayor's allegedly-forged papers: 20 of them.",
    "PERHAPS the vote, apparently, is Likely to be delayed",
    "Nothing here names a cue at all.",
    "Who knows?",
]


def _reference_logits(
    tagger: CueTagger, text: str, genre: str
) -> tuple[float, list[tuple[int, float]]]:
    """A sentence's logits as first defined: every word tested as a candidate in Python."""
    tokens, words = plain_words(text)
    maybe = [
        i
        for i, word in enumerate(words)
        if word in tagger.plain_forms or (len(word) >= STEM and word[:STEM] in tagger.stems)
    ]
    if not maybe:
        return NO_CANDIDATE, []
    logits = tagger.token_logits(mark_capitals(tokens, words), maybe, genre)
    return max([NO_CANDIDATE, *(logit for _, logit in logits)]), logits


@pytest.mark.parametrize("text", CANDIDATE_TEXTS)
def test_candidate_words_match_their_definition(text: str) -> None:
    model = HedgeModel.load()
    genre = next(iter(model.tagger.genres))
    assert model.tagger.logits(text, genre) == _reference_logits(model.tagger, text, genre)


def test_a_word_shorter_than_a_stem_is_a_candidate_only_as_a_form() -> None:
    genre = GenreWeights({"t may": 3.0, "t sugge": 1.0}, -2.0, 1.0, 0.0, 0.5)
    tagger = CueTagger(["may", "?"], ["sugge"], {}, {"news": genre})
    for text in ("Sugg may.", "It's a suggestion", "Why?", "mayhem", "sugge"):
        assert tagger.logits(text, "news") == _reference_logits(tagger, text, "news")
    assert tagger.logits("mayhem and sugar", "news") == (NO_CANDIDATE, [])


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
