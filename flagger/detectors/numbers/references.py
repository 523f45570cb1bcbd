"""N101 links by meaning: nouns that name one kind of counted thing, and a group named again as
the subject that opens a nearby sentence ("53 workers volunteered. The 35 workers have …")."""

from __future__ import annotations

import re

from flagger.annotations.document import Document

KINDS = {
    "vessels": "ships", "employees": "workers", "staffers": "workers", "personnel": "workers",
    "staff": "workers", "crewmen": "sailors", "seamen": "sailors", "youngsters": "children",
    "kids": "children", "persons": "people", "individuals": "people",
}
"""Plural nouns that count the same kind of thing; each maps to one name for the kind."""
OPENING = re.compile(r"[\"“‘'(\s]*the\s+$", re.IGNORECASE)
"""Only a quote mark or bracket may stand before the "The" that opens a sentence."""
NEARBY = 3
"""How many sentences after its group a sentence-opening "The N nouns" may point back."""


def kind(noun: str) -> str:
    """Return the name of the kind of thing `noun` counts ("vessels" → "ships")."""
    return KINDS.get(noun, noun)


def opens_sentence(doc: Document, sentence: int, start: int) -> bool:
    """Say whether the count at `start` is the subject "The N …" that opens its sentence."""
    return OPENING.fullmatch(doc.text, doc.sentences[sentence].start, start) is not None
ENDS = re.compile(r"\b(?:until|till|through)\s+[A-Z][a-z]+\.? \d{1,2}\b")
"""The day a span of time ends ("laid off until May 11") dates no other event."""


def without_ends(sentence: str) -> str:
    """Return `sentence` without the days its spans of time end on."""
    return ENDS.sub("", sentence)
