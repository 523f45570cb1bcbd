"""'They said' right after an unnamed crowd, 'he said' right after one unnamed person: the
pronoun carries the same unnamed source on."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.detectors.attribution import words as w

THEY_SAY = re.compile(
    rf"(?<!\bif\s)(?<!\bthan\s)\bthey\s+{w.AUX}(?:{w.SAY}|{w.OPINE}){w.VERB_END}", re.IGNORECASE
)
HE_SAYS = re.compile(
    rf"(?<!\bif\s)\b(?:he|she)\s+{w.AUX}(?:{w.SAY}|{w.OPINE}){w.VERB_END}", re.IGNORECASE
)
SINGULAR = re.compile(r"(?:an?|one|another)\s", re.IGNORECASE)
NAME = re.compile(r"(?<![.!?\"“‘(]\s)(?<!^)\b[A-Z][a-z]+\b")
"""A capitalised word inside a sentence: a person the pronoun may point to instead."""
ANY_SAY = re.compile(rf"\b{w.SAY}\b", re.IGNORECASE)
CARRIED = frozenset({"A101", "A102", "A104"})
"""Codes whose source a plural pronoun can take up; hearsay (A103) has no speaker."""


def carried(doc: Document, sources: list[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """Yield (code, start, end) of each 'they said' (or 'he/she said') outside quotes whose
    nearest source, in the previous sentence with no other speech verb between, is an unnamed
    plural (or singular) source; a singular one only with no capitalised word between.

    `sources` are the kept (code, start, end) findings, in text order.
    """
    if not sources:
        return
    text = doc.text
    ends = [end for _, _, end in sources]
    for plural, pattern in ((True, THEY_SAY), (False, HE_SAYS)):
        for match in pattern.finditer(text):
            at = bisect.bisect_right(ends, match.start())
            if at == 0:
                continue
            code, start, end = sources[at - 1]
            if (
                code in CARRIED
                and bool(SINGULAR.match(text, start)) != plural
                and doc.sentence_index(match.start()) - doc.sentence_index(start) == 1
                and doc.quote_at(match.start(), match.end()) is None
                and not ANY_SAY.search(text, end, match.start())
                and (plural or not NAME.search(text, end, match.start()))
            ):
                yield code, match.start(), match.end()
