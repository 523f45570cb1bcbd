"""N101 groups described again: a weak back-reference ("the four people close to the
candidate") larger than an earlier count of its noun described by the same words after it
("three people close to the nominee") counts the same group. A bare "the three girls" after
"two girls" may be a group that grew, so the describing words must be repeated: at least two
words after the noun, the first a content word. A strong back-reference so described ("all five
officers charged in …" after "the six officers charged in …") reaches back any distance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.pointing import POINTING, POINTING_REACH, head_end

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

AFTER = lazy(r"\s+([a-z]{3,})\s+([a-z]+)\b")
"""The two lower-case words after a counted noun ("close to", "familiar with")."""
FUNCTION = frozenset(
    "who whom whose that which and but the for from with was were are has have had will would "
    "could should said say says told been being also not all its their his her them they".split()
)
"""First words after a noun that describe nothing by themselves."""
CLAUSE = lazy(r"\s+(?:who|that|which|whose|where)\s+[a-z]+(?:\s+[a-z]+){2}\b")
"""A relative clause's first four words ("that have a sales")."""


def described(count: Count, earlier: list[Count], text: str) -> bool:
    """Say whether a weak back-reference `count` gives back the first of `earlier`, a few
    sentences before, described by the same words."""
    if count.definite not in POINTING or not earlier:
        return False
    if count.sentence - earlier[-1].sentence > POINTING_REACH:
        return False
    return same_described(count, earlier[0], text)


def same_described(count: Count, first: Count, text: str) -> bool:
    """Say whether `count`, larger than `first`, repeats the words that describe it."""
    return count.value > first.value and same_words_after(count, first, text)


def same_words_after(count: Count, first: Count, text: str) -> bool:
    """Say whether the two words after both counted nouns are the same, the first a content
    word ("officers charged in" … "officers charged in")."""
    one, two = AFTER.match(text, head_end(first)), AFTER.match(text, head_end(count))
    if one is None or two is None or one.group(1) in FUNCTION:
        return False
    return one.group(1, 2) == two.group(1, 2)


def same_clause(count: Count, first: Count, text: str) -> bool:
    """Say whether both counts are picked out by the same relative clause, its first four words
    alike ("the 45 states that have a sales tax" … "all 46 states that have a sales tax"): one
    group described twice, not a part picked out of it."""
    one, two = CLAUSE.match(text, head_end(first)), CLAUSE.match(text, head_end(count))
    return one is not None and two is not None and one.group().split() == two.group().split()
