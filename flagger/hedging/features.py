"""Sentence features for the hedge classifier: words, bigrams, affixes and cues in context."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
DIGIT = re.compile(r"\d")
MAX_CUE_TOKENS = 4

Feature = tuple[int, int, str]
"""A feature anchored to tokens: (first token, last token, name)."""


Token = tuple[int, int, str]
"""A token: start and end offsets in the sentence, and its normalised form."""
OPENERS = frozenset({"", '"', "“", "‘", "'", ":", "(", "-", "—", ".", "?", "!"})


def _normalise(text: str) -> str:
    """Lower-case, straighten apostrophes and fold digits to 0, keeping every offset."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return DIGIT.sub("0", lowered.replace("’", "'"))


def tokenize(text: str) -> list[Token]:
    """Split a sentence into normalised tokens; `^` marks capitals inside a sentence ("May^")."""
    normal = _normalise(text)
    tokens = []
    previous = ""
    for match in TOKEN.finditer(text):
        start, end = match.span()
        norm = normal[start:end]
        if text[start].isupper() and previous not in OPENERS:
            norm += "^"
        tokens.append((start, end, norm))
        previous = text[start:end]
    return tokens


def cue_index(cues: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Index cue phrases (token tuples, longest first) by their first token."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted(set(cues)):
        words = tuple(token[2] for token in tokenize(cue))
        if 0 < len(words) <= MAX_CUE_TOKENS:
            index.setdefault(words[0], []).append(words)
    return {
        first: tuple(sorted(phrases, key=lambda p: (-len(p), p)))
        for first, phrases in sorted(index.items())
    }


def _match(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Return the length of the longest cue phrase starting at token `i` (0 if none)."""
    for phrase in phrases:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def features(tokens: list[Token], cues: Mapping[str, tuple[tuple[str, ...], ...]]) -> list[Feature]:
    """Return the anchored features of a tokenized sentence."""
    words = [token[2] for token in tokens]
    padded = ["<s>", *words, "</s>"]
    out: list[Feature] = []
    for i, word in enumerate(words):
        out.append((i, i, "w " + word))
        out.append((i, i, "b " + word + " " + padded[i + 2]))
        if len(word) > 4:
            out.append((i, i, "p " + word[:4]))
            out.append((i, i, "s " + word[-3:]))
        phrases = cues.get(word)
        length = _match(words, i, phrases) if phrases else 0
        if length:
            last = i + length - 1
            cue = "c " + " ".join(words[i : last + 1])
            out.append((i, last, "cue"))
            out.append((i, last, cue))
            out.append((i, last, cue + " <" + padded[i]))
            out.append((i, last, cue + " >" + padded[last + 2]))
    if words:
        out.append((0, 0, "b <s> " + words[0]))
    return out
