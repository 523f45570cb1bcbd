"""Who an age or a birth date belongs to, across an article.

A profile gives a birth date once ("Poehl was born in 1929", "Born in Valparaiso on November
25, 1915, Pinochet ...") and the age elsewhere ("The ebullient Poehl, 61,"; "Marsalis ... has
died at the age of 88"; "He was 82 years old" after a sentence about Dibango). The person is
named by a surname: the one written beside the age, else the subject the sentence opens with,
else (for a sentence that opens with "He" or "She") the subject of the sentence before.
"""

from __future__ import annotations

import re

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy

# A sentence that opens with a name: "Ellis Marsalis, jazz pianist, ...", "Dibango was".
_SUBJECT = lazy(r"\s*(?:The\s+|the\s+)?(?:[a-z]+\s+)?(?:[A-Z][a-z]+\s+){0,3}"
                r"(?P<name>[A-Z][a-z]{2,})(?:\s+Jr\.?|\s+Sr\.?)?(?=,|\s+[a-z])")
# A name apposed to the subject and followed by its verb: "the saxophonist Manu Dibango, has".
_NAMED_SUBJECT = lazy(r"\b(?P<name>[A-Z][a-z]{2,}),?\s+(?:has|had|was|who)\b")
_PRONOUN = lazy(r"\s*(?:He|She)\b")
KIN = lazy(r"\b(son|daughter|child|children|baby|babies|wife|husband|father|mother|"
                       r"brother|sister|twin|parents|grand\w+|family)\b", re.IGNORECASE)
NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "His", "Her", "Their", "Its",
                        "But", "And", "When", "After", "Before", "In", "On", "At", "For",
                        "One", "Some", "Many", "Most", "All", "Two", "Three"})


def subject_name(doc: Document, index: int) -> str | None:
    """The surname the sentence at `index` opens with, or the one of the sentence before
    when it opens with "He" or "She"; only a word the article also capitalises inside a
    sentence ("Filing after your retirement age" names no one)."""
    sentence = doc.sentences[index]
    if _PRONOUN.match(sentence.text):
        name = _opening_name(doc.sentences[index - 1].text) if index else None
    else:
        name = _opening_name(sentence.text)
    if name is None or not re.search(rf"[a-z,] {re.escape(name)}\b", doc.text):
        return None
    return name


def _opening_name(text: str) -> str | None:
    match = _NAMED_SUBJECT.search(text, 0, 200) or _SUBJECT.match(text)
    if match is None or match["name"] in NOT_NAMES:
        return None
    return match["name"]


def first_person(age: str) -> str | None:
    """"I" for an age the writer gives of themselves ("makes me, at 57,"), else None: the
    writer's birth is the one "I was born" gives."""
    return "I" if re.match(r"(?:I|me)\b", age) else None


def born_to(doc: Document, index: int, name: str, end: int) -> bool:
    """Whether the birth ending at `end`, in the sentence at `index`, is `name`'s: the name
    stands in that sentence and no relative of anyone does before the birth date."""
    sentence = doc.sentences[index]
    before = doc.text[sentence.start : end]
    return (re.search(rf"\b{re.escape(name)}\b", sentence.text) is not None
            and not KIN.search(before))
