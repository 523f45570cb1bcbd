"""N101 update wording: the words beside two counts or between them that make the later one
another figure than the first ("rose to", "another", "so far", "by Tuesday") rather than the
same count given again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

CHANGED = lazy(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|revised|updated|another|additional|"
    r"now (?:stands?|stood|at|totals?|numbers?)|(?:is|are|has|have) now (?:risen|reached|at|\d)|"
    r"more(?! than)|so far|latest|more than doubled|by (?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|then|now|evening|morning|night|noon|midday)|joined|"
    r"an? (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?! of))\b",
    re.IGNORECASE,
)
"""Words that tell the figure changed, or that one more member came ("a third", "joined")."""
AROUND = lazy(
    r"\b(?:rose|risen|rise|rising|climbed|increased|jumped|raised|revised|updated|more(?! than)|"
    r"another|other|others|additional|new|total|so far|latest|later|earlier|further|remaining|"
    r"rest|previous|originally|initially|of whom|among|next|first|past)\b",
    re.IGNORECASE,
)
"""Words beside the first count that make it one figure of several (a running or partial one)."""
AMONG = lazy(r"\bamong\s+(?:the\s+)?$", re.IGNORECASE)
AROUND_LATER = lazy(
    r"\b(?:rose|risen|climbed|increased|jumped|raised|revised|updated|so far|latest|total|"
    r"originally|initially|planned|envisioned|remaining|rest)\b",
    re.IGNORECASE,
)
"""Words beside the later count that make it another figure than the first."""

def around(text: str, count: Count, middle: str) -> str:
    """Return the words beside a count, with `middle` between them, without an "among" right
    before it: "among six nations" counts the whole the subject is one of."""
    before = AMONG.sub("", text[max(0, count.match.start() - 40) : count.match.start()])
    return before + f" {middle} " + text[count.match.end() : count.match.end() + 20]


def update_window(doc: Document, first: Count, count: Count) -> str:
    """Return where an update of the first figure would be said: the rest of its sentence, and
    the sentence of the later figure with the one before it."""
    text = doc.text
    sentences = doc.sentences
    rest = text[first.match.end() : sentences[first.sentence].end]
    start = sentences[max(count.sentence - 1, first.sentence)].start
    return rest + " " + text[max(start, first.match.end()) : count.match.start()]
