"""A headline age that the body gives otherwise (T106, warning): "38-year-old man sought in
harbour blast" over a body whose sentences about the blast say "a 28-year-old".

The body's ages are the "N-year-old" of its sentences that share a content word with the
headline (names and the words of the age itself aside); only one age told throughout, other
than the headline's, is a conflict. A body that gives several ages (a suspect and a victim)
is not compared. A headline that ages two people ("20-Yr-Old Boxer Beat 77 Yr-Old Veteran")
compares each age with the body sentences that name its noun ("the 75-year-old victim is a
veteran") and give one age.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.headline import content_stems
from flagger.report.finding import Finding

_AGED = lazy(r"\b(?P<n>\d{1,3})[\s-](?:year|yr)s?[\s-]old\b", re.IGNORECASE)
_DIED_AT = lazy(r"\b(?:dies|died|dead|passes\s+away|passed\s+away)\s+at\s+(?:age\s+)?"
                r"(?P<n>\d{1,3})\b(?![\d%]|[.,]\d)", re.IGNORECASE)
"""A headline's age at death: "Rose Pak Dies at 86"."""
_WHOLE = r"\b(?![\d%]|[.,]\d)"  # a whole number: no decimal, no percent
_BODY_AGE = lazy(
    rf"\b(?:died|dies|dead)\s+at\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?(?P<n1>\d{{1,3}}){_WHOLE}"
    rf"|\b(?:aged|at\s+(?:the\s+)?age\s+(?:of\s+)?)(?P<n2>\d{{1,3}}){_WHOLE}"
    r"|\b(?P<n3>\d{1,3})[\s-](?:year|yr)s?[\s-]old\b"
    r"|\b(?:He|She)\s+was\s+(?P<n4>\d{1,3})\s*[.;]"
    r"|\b[A-Z][a-z]+,\s+(?P<n5>\d{1,3}),")
"""The ages an obituary's body tells: "died at 86", "aged 86", "the 86-year-old", "She was
86.", "Pak, 86,"."""
_NOUN = lazy(r"\s+(?P<noun>[A-Za-z]{3,})\b")
_GENERIC = frozenset({"year", "old"})


def headline_age_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T106: the headline's one "N-year-old" where the body ages the same story otherwise."""
    head = doc.headline
    if head is None:
        return
    died = list(_DIED_AT.finditer(head.text))
    if len(died) == 1:
        yield from _death_age(doc, rule, died[0])
        return
    if "old" not in head.text.lower():
        return
    said = list(_AGED.finditer(head.text))
    if len(said) == 1:
        words = {stem for _, stem in content_stems(head.text)} - _GENERIC  # "Raping A 15-Year-Old"
        found = _body_ages(doc, lambda start, end: bool(words & _words(doc.text, start, end)))
        if found is not None:
            yield from _finding(doc, rule, said[0], *found)
        return
    lower = doc.text.lower()
    for age in said:
        noun = _NOUN.match(head.text, age.end())
        if noun is None:
            continue
        named = re.compile(rf"\b{noun['noun'].lower()}\b")
        found = _body_ages(doc, _naming(lower, named), alone=True)
        if found is not None:
            yield from _finding(doc, rule, age, *found)


def _death_age(doc: Document, rule: Rule, said: re.Match[str]) -> Iterator[Finding]:
    """The headline's age at death against the one age the body tells, if it tells one."""
    ages: dict[int, re.Match[str]] = {}
    for match in _BODY_AGE.finditer(doc.text):
        value = next(int(v) for v in match.groups() if v is not None)
        ages.setdefault(value, match)
    if len(ages) == 1:
        yield from _finding(doc, rule, said, *next(iter(ages.items())))


def _naming(lower: str, named: re.Pattern[str]) -> Callable[[int, int], bool]:
    """Whether a sentence (by offsets into the lower-cased body) names the noun."""
    return lambda start, end: named.search(lower, start, end) is not None


def _body_ages(doc: Document, telling: Callable[[int, int], bool],
               alone: bool = False) -> tuple[int, re.Match[str]] | None:
    """The one age the body's telling sentences give (those of one age when `alone`)."""
    ages: dict[int, re.Match[str]] = {}
    for sentence in doc.sentences:
        if (" old" not in sentence.text and "-old" not in sentence.text) or not telling(
                sentence.start, sentence.end):
            continue
        found = list(_AGED.finditer(doc.text, sentence.start, sentence.end))
        if alone and len(found) != 1:
            continue
        for match in found:
            ages.setdefault(int(match["n"]), match)
    return next(iter(ages.items())) if len(ages) == 1 else None


def _finding(doc: Document, rule: Rule, said: re.Match[str], value: int,
             match: re.Match[str]) -> Iterator[Finding]:
    """The headline's age against the body's, when they differ."""
    head = doc.headline
    n = int(said["n"])
    if head is None or n == value:
        return
    span = said.span("n")
    yield rule.finding(
        head, *span,
        f"The headline says {n} years old, but the body gives the same story's age as "
        f"“{match.group()}”: {value}", score=0.7, severity="warning",
        evidence=(f"headline: {said.group()}", f"body: {match.group()}"),
        related=(Span(match.start(), match.end(), match.group(), "body age", "text"),),
        suggestion=str(value))


def _words(text: str, start: int, end: int) -> set[str]:
    """The stems of the lower-case content words of text[start:end]: what happened, not who."""
    return {stem for offset, stem in content_stems(text, start, end)
            if text[offset].islower() and stem not in _GENERIC and not stem[0].isdigit()}
