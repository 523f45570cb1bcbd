"""'They said' right after an unnamed crowd: the pronoun carries the same unnamed source on."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.detectors.attribution import words as w

THEY_SAY = re.compile(
    rf"(?<!\bif\s)(?<!\bthan\s)\bthey\s+{w.AUX}(?:{w.SAY}|{w.OPINE}){w.VERB_END}", re.IGNORECASE
)
SINGULAR = re.compile(r"(?:an?|one|another)\s", re.IGNORECASE)
ANY_SAY = re.compile(rf"\b{w.SAY}\b", re.IGNORECASE)
CARRIED = frozenset({"A101", "A102", "A104"})
"""Codes whose source a plural pronoun can take up; hearsay (A103) has no speaker."""


def carried(doc: Document, sources: list[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """Yield (code, start, end) of each 'they said' outside quotes whose nearest source, in the
    previous sentence with no other speech verb between, is an unnamed plural source.

    `sources` are the kept (code, start, end) findings, in text order.
    """
    text = doc.text
    if not sources or "they" not in text.lower():
        return
    for match in THEY_SAY.finditer(text):
        before = [s for s in sources if s[2] <= match.start()]
        if not before:
            continue
        code, start, end = before[-1]
        # The next sentence only: within the first, the source is flagged already.
        next_sentence = doc.sentence_index(match.start()) - doc.sentence_index(start) == 1
        if (
            code in CARRIED
            and next_sentence
            and doc.quote_at(match.start(), match.end()) is None
            and not SINGULAR.match(text, start)
            and not ANY_SAY.search(text, end, match.start())
        ):
            yield code, match.start(), match.end()
