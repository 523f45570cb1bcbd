"""Scan a text with a case-insensitive pattern only where one of its opening words occurs.

`pattern.finditer(text)` tries a match at every character; a pattern that opens with `\\b` and
ignores case gets no help from the regex engine to skip ahead. When every match starts with one
of a few words, finding those words with `str.find` in the lower-cased text and trying the
pattern only there yields the same matches at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from flagger.annotations.folding import FOLDS_TO_ASCII, lowered
from flagger.annotations.keywords import Keywords

__all__ = [
    "FOLDS_TO_ASCII",
    "Keywords",
    "finditer_at",
    "lowered",
    "matches_at",
    "search_at",
    "word_starts",
]


def word_starts(low: str, words: Iterable[str]) -> list[int]:
    """Return the sorted offsets where any of `words` (lower-case) occurs in `low`."""
    starts = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    return sorted(starts)


def finditer_at(
    pattern: re.Pattern[str], text: str, low: str | None, words: Iterable[str]
) -> Iterator[re.Match[str]]:
    """Yield what `pattern.finditer(text)` yields, for a pattern each of whose (non-empty)
    matches starts with one of `words`, trying only where they occur in `low`, the text as
    `lowered` gives it; without it (None) the whole text is scanned."""
    if low is None:
        yield from pattern.finditer(text)
        return
    yield from matches_at(pattern, text, word_starts(low, words))


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """Yield what `pattern.finditer(text)` yields when its matches can begin only at `starts`
    (sorted): the match at each start that no earlier match covers."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


def search_at(
    pattern: re.Pattern[str], text: str, low: str | None, words: Iterable[str]
) -> re.Match[str] | None:
    """Return what `pattern.search(text)` returns, for a pattern each of whose (non-empty)
    matches starts with one of `words`, trying only where they occur in `low` (as `finditer_at`:
    "until" found in "Talks run until May" by `str.find`, not by the regex engine at every
    character)."""
    return next(finditer_at(pattern, text, low, words), None)
