"""A headline anniversary that the body counts otherwise (T107, warning): "Rebels mark 20th
anniversary of coup" over a body that says the coup was "19 years ago", or "... on the city's
fourth anniversary" over a body that marks "the fifth anniversary" of the same event.

The body's counts are the anniversaries ("the fifth anniversary", "two-year anniversary") and
the "N years ago" of its sentences that share a content word with the headline's words for the
event (after "anniversary of", or just before the anniversary); only one count told
throughout, other than the headline's, is a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import ORDINALS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, count, ordinal
from flagger.detectors.temporal.headline import content_stems
from flagger.report.finding import Finding

_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_ANNIVERSARY = lazy(rf"\b(?P<n>{_ORDINAL}|{_NUM}[\s-]year)[\s-]+anniversary\b",
                    re.IGNORECASE)
_COUNT = lazy(
    rf"{_ANNIVERSARY.pattern}|\b(?P<ago>{_NUM})\s+years?\s+ago\b", re.IGNORECASE)
_ROUGH = lazy(r"\b(?:more\s+than|over|nearly|almost|about|some|around|roughly|"
              r"at\s+least|less\s+than|under)\s+$", re.IGNORECASE)
_GENERIC = frozenset({"anniv", "years", "year"})
_OF = lazy(r"\s+of\s+", re.IGNORECASE)


def headline_anniversary_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: the headline's "Nth anniversary" where the body counts the same event otherwise."""
    head = doc.headline
    if head is None or "anniversar" not in head.text.lower():
        return
    said = _ANNIVERSARY.search(head.text)
    n = count(said["n"]) if said else None
    if said is None or n is None:
        return
    words = _event_words(head.text, said)
    counts: dict[int, re.Match[str]] = {}
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        if "anniversar" not in lower and " ago" not in lower:
            continue
        if not words & {stem for _, stem in content_stems(doc.text, sentence.start,
                                                          sentence.end)}:
            continue
        for match in _COUNT.finditer(doc.text, sentence.start, sentence.end):
            value = count(match["n"] or match["ago"])
            rough = _ROUGH.search(doc.text, max(match.start() - 14, 0), match.start())
            if value is not None and not rough:
                counts.setdefault(value, match)
    if len(counts) != 1 or n in counts:
        return
    value, match = next(iter(counts.items()))
    yield rule.finding(
        head, said.start(), said.end(),
        f"The headline's “{said.group()}” counts {n} years, but the body counts the same "
        f"event “{match.group()}”: {value} years", score=0.7, severity="warning",
        evidence=(f"headline: {said.group()}", f"body: {match.group()}"),
        related=(Span(match.start(), match.end(), match.group(), "body count", "text"),),
        suggestion=f"{ordinal(value)} anniversary")


def _event_words(title: str, said: re.Match[str]) -> set[str]:
    """The content words that name the headline anniversary's event: those after "of" ("20th
    anniversary of coup"), or else those just before it ("Sandy Hook's fourth anniversary")."""
    of = _OF.match(title, said.end())
    if of:
        found = content_stems(title, of.end(), min(of.end() + 40, len(title)))
    else:
        found = content_stems(title, max(said.start() - 30, 0), said.start())
    return {stem for _, stem in found} - _GENERIC

