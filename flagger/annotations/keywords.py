"""Find where many literal keywords occur in a text in one regular-expression pass."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from flagger.annotations import recache


class Keywords:
    """Many keywords, found in a text in one pass instead of one `str.find` pass each.

    `find` gives every keyword's offsets, overlapping occurrences kept, exactly as `str.find`
    finds them (case counts: give it a lower-cased text to ignore case); `starts` merges those
    of a few keywords. With `at_word_starts` only the occurrences that open a word are found
    (none preceded by a letter, digit or underscore), and the scan skips the other positions
    cheaply: every keyword must then start with such a word character.
    """

    def __init__(self, words: Iterable[str], *, at_word_starts: bool = False) -> None:
        """Index each keyword's keyword prefixes, shortest first ("advis" of "adviser")."""
        self._words = tuple(sorted(set(words)))
        if at_word_starts and not all(w[0].isalnum() or w[0] == "_" for w in self._words):
            raise ValueError("a keyword found only at word starts must open with a word character")
        self._opening = r"\b" if at_word_starts else ""
        known = set(self._words)
        self._prefixes = {
            word: tuple(word[:n] for n in range(1, len(word) + 1) if word[:n] in known)
            for word in self._words
        }

    @cached_property
    def _scan(self) -> re.Pattern[str]:
        """Match, without consuming it, where any keyword starts, capturing the longest keyword
        there (the trie tries a longer word before a shorter one; compiled when first used)."""
        return recache.compile(f"{self._opening}(?=({trie(self._words)}))")

    def find(self, low: str) -> dict[str, list[int]]:
        """Return the sorted offsets of each keyword that occurs in `low`.

        The keywords that occur at one offset are the longest one there and its keyword prefixes.
        """
        found: dict[str, list[int]] = {}
        prefixes = self._prefixes
        for match in self._scan.finditer(low):
            at = match.start()
            for word in prefixes[match.group(1)]:
                found.setdefault(word, []).append(at)
        return found

    @staticmethod
    def starts(found: dict[str, list[int]], words: Iterable[str]) -> list[int]:
        """Return the sorted offsets where any of `words` occurs, from what `find` found (a new
        list). Only the words that occur are read: a text holds few of many keywords."""
        present = found.keys() & words
        if len(present) == 1:  # one word's offsets are already sorted and distinct
            return list(found[present.pop()])
        return sorted({at for word in present for at in found[word]})


_Trie = dict[str, "_Trie"]


def trie(words: Iterable[str]) -> str:
    """Return an alternation of `words` shaped as a character trie: a position that starts no
    word is rejected after a character or two. The words are sorted first, so that the pattern
    (and its cached compilation) does not depend on their order."""
    tree: _Trie = {}
    for word in sorted(set(words)):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        if "" in node and branches:
            branches.append("")
        return "".join(branches) if len(branches) <= 1 else "(?:" + "|".join(branches) + ")"

    return render(tree)
