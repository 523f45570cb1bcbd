"""A role source the story names at once: 'a senior party official said. The official, the
party's policy chief Ana Roe, told reporters ...'.

The role was only a way to hold the name back one sentence; the reader learns who spoke.
"""

from __future__ import annotations

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.attribution.named import ends_with_person

NAMED_NEXT = lazy(
    r"\s*(?:The|This)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+)\s*,\s*(?P<who>[^,;\"“”]{3,120}?),"
    r"|\s*(?:The|This)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<named>[a-z]+)\s+(?:was|has\s+been|is)\s+"
    r"(?:later\s+)?(?:named|identified)\s+as\s+(?-i:[A-Z])"
)
"""The next sentence takes the role up with 'the official' and names it, in an apposition or
with 'was identified as'."""
PLACED_NEXT = lazy(
    r"(?:^\s*|(?<=[.!?]\s))(?P<head>[A-Z][a-z]+)\s+(?:with|at|from|of)\s+(?:the\s+)?[A-Z]"
)
"""The next sentence opens with the same people placed in a named body: 'Regional analysts
doubt it. Analysts at Nordbank said ...' (a missed sentence break too: 'said.Analysts at')."""


def named_next(doc: Document, index: int, words: str) -> bool:
    """Tell whether the sentence after sentence `index` names the role or crowd in `words`."""
    sentence = doc.sentences[index]
    last = doc.sentences[min(index + 1, len(doc.sentences) - 1)]
    for placed in PLACED_NEXT.finditer(doc.text[sentence.start : last.end]):
        if placed.start() > 0 and _heads(words, placed.group("head")):
            return True
    if index + 1 >= len(doc.sentences):
        return False
    after = doc.sentences[index + 1]
    match = NAMED_NEXT.match(doc.text, after.start, after.end)
    if match is None:
        return False
    head = (match.group("head") or match.group("named")).rstrip("s").lower()
    if head not in words.lower():
        return False
    who = match.group("who")
    return who is None or ends_with_person(who)


def _heads(words: str, noun: str) -> bool:
    """Tell whether `noun` ('Analysts') is a word of the cue `words` ('regional analysts doubt')."""
    return noun.lower() in words.lower().split()
