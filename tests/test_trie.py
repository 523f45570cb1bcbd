"""The shared regex trie builder: the same words give the same pattern, and it matches as a flat
alternation of the words would, longest word first."""

from __future__ import annotations

import re

from flagger.annotations.keywords import trie

WORDS = ("fifteen", "fifty", "fifty-one", "five", "a dozen", "dozen")


def test_pattern_does_not_depend_on_word_order() -> None:
    assert trie(WORDS) == trie(reversed(WORDS)) == trie({*WORDS})


def test_matches_like_a_longest_first_alternation() -> None:
    flat = re.compile("|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)))
    built = re.compile(trie(WORDS))
    for text in ("fifty-one", "fifty-two", "fiftee", "a dozen eggs", "dozens", "fiver", "fif"):
        flat_match, built_match = flat.match(text), built.match(text)
        assert (flat_match and flat_match.group()) == (built_match and built_match.group()), text
