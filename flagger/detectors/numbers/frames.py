"""N101 restated frames: two counts of one noun told with the same words around them ("40 clinics
taking part in the vaccine trial reported delays" … "the 42 clinics taking part in the vaccine
trial reported delays") count the same thing, whatever article or determiner stands before them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

WORD = lazy(r"[A-Za-z][A-Za-z'’-]{3,}")
FRAME_STOP = frozenset(
    "that this these those their there they them then than with from have has had been were "
    "will would could should also about more some said says told into over under after before "
    "while when which where what who whom whose other others each most many such only just "
    "still even very much well both them here".split()
)
"""Words too common to tell two frames apart."""
BEFORE, AFTER = 50, 80
"""How far the frame reaches before the figure and after it, inside its sentence."""
SHARED = 4
ALIKE = 0.5
"""Content words two frames must share, and the share of all their words, to tell of one count:
a parallel ("a sneeze releases 30,000 droplets that travel …", "a cough releases 3,000 droplets
that travel …") differs in its subject."""
APART = 2
"""Sentences between restatements: a parallel sits in the next sentence, a restatement of the
lead comes paragraphs later."""
RETOLD, RETOLD_SHARE = 6, 0.8
"""Content words, and their share, of a sentence told twice ("the trade has lost almost 300,000
jobs, or 12% of its staff, since April, a study found"): its own "since" or "earlier" sets
nothing apart."""


def frame(doc: Document, count: Count, cache: dict[int, frozenset[str]]) -> frozenset[str]:
    """Return the content words around a count in its sentence, cut to their first five
    letters so that "disqualified" and "disqualify" agree, without the noun (kept in `cache`,
    and read only for a noun counted twice)."""
    start, end = count.match.start(), count.match.end()
    if start not in cache:
        cache[start] = _words(doc, start, end, count.noun)
    return cache[start]


def _words(doc: Document, start: int, end: int, noun: str) -> frozenset[str]:
    sentence = doc.sentences[doc.sentence_index(start)]
    text = doc.text
    around = text[max(sentence.start, start - BEFORE) : start] + " " + text[
        end : min(sentence.end, end + AFTER)
    ]
    words = (w.casefold().replace("’", "'") for w in WORD.findall(around))
    return frozenset(w[:5] for w in words if w not in FRAME_STOP and w != noun)


def restated(one: frozenset[str], two: frozenset[str], apart: int) -> bool:
    """Say whether two frames `apart` sentences apart share enough content words to tell of
    one count."""
    shared = len(one & two)
    return apart >= APART and shared >= SHARED and shared >= ALIKE * len(one | two)


def retold(one: frozenset[str], two: frozenset[str]) -> bool:
    """Say whether two frames are nearly the same words: one sentence told twice."""
    shared = len(one & two)
    return shared >= RETOLD and shared >= RETOLD_SHARE * len(one | two)
