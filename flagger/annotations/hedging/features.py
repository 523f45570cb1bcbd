"""Tokens and cue-tagger features: each candidate word in the context of its neighbours."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import islice

TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
DIGIT = re.compile(r"\d")
MAX_CUE_TOKENS = 4
STEM = 5
"""Words longer than this are also candidates when their first STEM letters start a cue word."""

Token = tuple[int, int, str]
"""A token: start and end offsets in the sentence, and its normalised form."""
Lexicon = Mapping[str, tuple[tuple[str, ...], ...]]
"""Cue phrases (token tuples, longest first) indexed by their first token."""
OPENERS = frozenset({"", '"', "“", "‘", "'", ":", "(", "-", "—", ".", "?", "!"})
ABILITY = frozenset({"can", "could", "cannot", "can't", "couldn't"})
PERCEPTION = frozenset(
    {"see", "hear", "feel", "smell", "taste", "sense", "watch", "notice", "tell", "make", "read"}
)
"""After can/could these verbs report perception or ability ("we could hear shouting")."""
DETERMINERS = frozenset(
    {"the", "a", "an", "these", "those", "this", "that", "his", "her", "their", "its", "our",
     "my", "your", "of", "amid", "any", "no", "such", "new", "fresh", "growing", "latest"}
)  # fmt: skip
"""Before a cue word these mark a noun use ("the allegations", "amid speculation")."""
ASKING = frozenset({"asked", "ask", "asks", "asking", "question", "questioned", "wondered"})
"""A reporter's question: "asked whether she would run again" reports the question."""
SUPERLATIVES = frozenset({"best", "worst", "most", "least", "highest", "lowest", "greatest"})
PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "it"})


def _normalise(text: str) -> str:
    """Lower-case, straighten apostrophes and fold digits to 0, keeping every offset."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return DIGIT.sub("0", lowered.replace("’", "'"))


def plain_words(text: str) -> tuple[list[str], list[str]]:
    """Return a sentence's tokens and their normalised forms, capitals not yet marked."""
    tokens = TOKEN.findall(text)
    if not tokens:
        return tokens, []
    if "Σ" in text:  # the one letter whose lower case depends on its neighbours
        # Normalising maps each character to one that `TOKEN` classes alike: same tokens.
        return tokens, TOKEN.findall(_normalise(text))
    return tokens, _normalise("\n".join(tokens)).split("\n")


def mark_capitals(tokens: list[str], words: list[str]) -> list[str]:
    """Append `^` to the words whose token starts with a capital inside a sentence ("May^")."""
    for i in [i for i, token in enumerate(tokens) if token[0].isupper()]:
        if i and tokens[i - 1] not in OPENERS:
            words[i] += "^"
    return words


def offsets(text: str, count: int | None = None) -> list[tuple[int, int]]:
    """Return the start and end offsets of the first `count` tokens of a sentence (all: None)."""
    return [match.span() for match in islice(TOKEN.finditer(text), count)]


def tokenize(text: str) -> list[Token]:
    """Split a sentence into normalised tokens; `^` marks capitals inside a sentence ("May^")."""
    words = mark_capitals(*plain_words(text))
    return [(start, end, word) for (start, end), word in zip(offsets(text), words, strict=True)]


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


def lexicon_phrase(words: list[str], i: int, lexicon: Lexicon) -> str:
    """Return the lexicon phrase covering token `i` ("" if none), leftmost start first."""
    for first in range(max(0, i - MAX_CUE_TOKENS + 1), i + 1):
        phrases = lexicon.get(words[first])
        if phrases:
            length = _match(words, first, phrases)
            if first + length > i:
                return " ".join(words[first : first + length])
    return ""


def is_candidate(word: str, forms: frozenset[str], stems: frozenset[str]) -> bool:
    """Return whether the tagger scores this word: a known cue form or a cue word's stem."""
    return word in forms or (len(word) > STEM and word[:STEM] in stems)


def token_features(words: list[str], i: int, lexicon: Lexicon) -> list[str]:
    """Return the features of token `i`: the word, its affixes, ±2 neighbours, n-grams, lexicon."""
    n = len(words)
    w = words[i] + _use(words, i)
    l1 = words[i - 1] if i >= 1 else "<s>"
    l2 = words[i - 2] if i >= 2 else ("<s>" if i == 1 else "<s2>")
    r1 = words[i + 1] if i + 1 < n else "</s>"
    r2 = words[i + 2] if i + 2 < n else ("</s>" if i + 1 < n else "</s2>")
    out = [
        "t " + w,
        "l1 " + l1,
        "l2 " + l2,
        "r1 " + r1,
        "r2 " + r2,
        f"lt {l1} {w}",
        f"tr {w} {r1}",
        f"llt {l2} {l1} {w}",
        f"trr {w} {r1} {r2}",
        f"ltr {l1} {w} {r1}",
        f"t_r2 {w} {r2}",
        f"l2_t {l2} {w}",
    ]
    out.extend(context_features(words, i, l1, r1))
    if len(w) > STEM:
        out.append("p " + w[:STEM])
        out.append("s " + w[-3:])
    phrase = lexicon_phrase(words, i, lexicon)
    if phrase:
        out.append("lex")
        out.append("lex " + phrase)
    return out


def _use(words: list[str], i: int) -> str:
    """Return a mark for a word used in a way that is not a hedge: "~see" for can/could before a
    verb of perception ("we could hear shouting"), "~asked" for whether/if reporting a question
    ("asked whether she would run"); the tagger reads the marked word as a word of its own."""
    word = words[i]
    if word in ABILITY and not PERCEPTION.isdisjoint(words[i + 1 : i + 4]):
        return "~see"
    if (word == "whether" or word == "if") and not ASKING.isdisjoint(words[max(0, i - 4) : i]):
        return "~asked"
    return ""


def context_features(words: list[str], i: int, l1: str, r1: str) -> list[str]:
    """Return features of how a candidate word is used: ability, noun use, reported question."""
    out = []
    word = words[i]
    if word in ABILITY:
        if not PERCEPTION.isdisjoint(words[i + 1 : i + 4]):
            out.append("ctx perception")
        if l1 in PRONOUNS:
            out.append("ctx pronoun-modal")
    if l1 in DETERMINERS:
        out.append("ctx noun-use")
        out.append("noun " + word)
    if l1 in SUPERLATIVES:
        out.append("ctx superlative")
    if not ASKING.isdisjoint(words[max(0, i - 4) : i]):
        out.append("ctx asked")
    if word == "whether" and "or" in words[i + 1 : i + 12]:
        out.append("ctx whether-or")
    if r1 == "to" or r1 == "that":
        out.append("ctx complement")
    if words[-1] == "?":
        out.append("ctx question")
    return out
