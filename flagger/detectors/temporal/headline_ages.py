"""A headline age that the body gives otherwise (T106, warning): "38-year-old man sought in
harbour blast" over a body whose sentences about the blast say "a 28-year-old".

The body's ages are the "N-year-old" of its sentences that share a content word with the
headline (names and the words of the age itself aside); only one age told throughout, other
than the headline's, is a conflict. A body that gives several ages (a suspect and a victim)
is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.headline import content_stems
from flagger.report.finding import Finding

_AGED = re.compile(r"\b(?P<n>\d{1,3})-year-old\b", re.IGNORECASE)
_GENERIC = frozenset({"year", "old"})


def headline_age_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T106: the headline's one "N-year-old" where the body ages the same story otherwise."""
    head = doc.headline
    if head is None or "-year-old" not in head.text.lower():
        return
    said = list(_AGED.finditer(head.text))
    if len(said) != 1:
        return
    n = int(said[0]["n"])
    words = {stem for _, stem in content_stems(head.text)} - _GENERIC  # "Raping A 15-Year-Old"
    ages: dict[int, re.Match[str]] = {}
    for sentence in doc.sentences:
        if "-year-old" not in sentence.text.lower():
            continue
        if not words & _words(doc.text, sentence.start, sentence.end):
            continue
        for match in _AGED.finditer(doc.text, sentence.start, sentence.end):
            ages.setdefault(int(match["n"]), match)
    if len(ages) != 1 or n in ages:
        return
    value, match = next(iter(ages.items()))
    span = said[0].span("n")
    yield rule.finding(
        head, *span,
        f"The headline says {n} years old, but the body gives the same story's age as "
        f"“{match.group()}”: {value}", score=0.7, severity="warning",
        evidence=(f"headline: {said[0].group()}", f"body: {match.group()}"),
        related=(Span(match.start(), match.end(), match.group(), "body age", "text"),),
        suggestion=str(value))


def _words(text: str, start: int, end: int) -> set[str]:
    """The stems of the lower-case content words of text[start:end]: what happened, not who."""
    return {stem for offset, stem in content_stems(text, start, end)
            if text[offset].islower() and stem not in _GENERIC and not stem[0].isdigit()}
