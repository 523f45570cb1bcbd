"""N101 weak back-references that still name a group again: the subject "The N nouns" that
opens a sentence soon after the group ("Four people took part. … The five people faced …"), and
a definite count after a definite count ("the three countries" … "those four countries")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from flagger.annotations.document import Document

AGAIN = frozenset({"the", "these", "those", "all", "all of the", "of those"})
"""Back-references that make an earlier count a known group."""
OPENING = re.compile(r"[\"“‘'(\s]*the\s+$", re.IGNORECASE)
"""Only a quote mark or bracket may stand before the "The" that opens a sentence."""
NEARBY = 3
"""How many sentences after its group a weak back-reference may point back."""
ENDS = re.compile(r"\b(?:until|till|through)\s+[A-Z][a-z]+\.? \d{1,2}\b")
"""The day a span of time ends ("laid off until May 11") dates no other event."""


class Mention(Protocol):
    """What these links read of a count."""

    @property
    def match(self) -> re.Match[str]: ...
    @property
    def sentence(self) -> int: ...
    @property
    def definite(self) -> str: ...


def known_group(earlier: Sequence[Mention]) -> bool:
    """Say whether the first earlier count of the noun was itself a definite back-reference."""
    return bool(earlier) and earlier[0].definite in AGAIN


def opens_sentence(doc: Document, count: Mention) -> bool:
    """Say whether the count is the subject "The N …" that opens its sentence."""
    start = doc.sentences[count.sentence].start
    return OPENING.fullmatch(doc.text, start, count.match.start()) is not None


def without_ends(sentence: str) -> str:
    """Return `sentence` without the days its spans of time end on."""
    return ENDS.sub("", sentence)
