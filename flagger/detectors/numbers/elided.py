"""N101 counts with their noun left out: "All four are", "all 36 of them", "The five of them"
give back the one group counted in the sentence or few sentences before ("three states",
"38 lawmakers") with another value.

The antecedent is the nearest counted group: the last sentence before (or the part of the
same sentence before the count) that holds a count, and it must hold exactly one, not a part
picked out of a whole ("four of the five suspects"), with no figure, named list or word of
others or change between. "all N" states the whole group, so it may be smaller or larger;
a sentence-opening "The N of them" or "The N are" may be a few of a group, so it links only
when larger than it. "all three of these companies" names its noun: no elided count."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.mentions import opens
from flagger.detectors.numbers.pointing import OTHERS
from flagger.detectors.numbers.values import COUNT, count_value
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

ELIDED = lazy(
    rf"\b(?P<lead>[Aa]ll|ALL|[Tt]he|THE)\s+{COUNT}(?P<of>\s+of\s+them\b)?"
    r"(?(of)|\s+(?:are|were|have|had|will|would|could|can|must|should|did|remain|remained)\b)"
)
"""An elided count: "all four of them", "All 17 were", "The four are"."""
REACH = 3
"""How many sentences back the antecedent may stand."""
FIGURE = lazy(rf"(?<![\w,.:$£€#-]){COUNT}(?![\w,.:%-]|\.\d)", re.IGNORECASE)
"""Another figure between the antecedent and the elided count: a second candidate."""
NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
NAMES = lazy(rf"\b{NAME}(?:,\s+{NAME})+,?\s+(?:and|&)\s+{NAME}")
"""A named list ("Smith, Jones and Lee") the elided count may give back instead."""
JOINS = lazy(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
CHANGE = lazy(
    r"\b(?:rose|risen|climbed|increased|jumped|revised|updated|now|so far|total|totals?|"
    r"including|among|besides|except|each|respectively)\b",
    re.IGNORECASE,
)
"""Words between that make the elided count a new or another tally."""
PARTITIVE = frozenset({"of the", "one of the"})


def elided(doc: Document, rule: Rule, seen: list[Count]) -> Iterator[Finding]:
    """Yield N101 findings for elided counts that contradict the one group counted before."""
    text = doc.text
    if not seen:
        return
    for match in ELIDED.finditer(text):
        value = count_value(match.group("count"))
        if value is None or value < 2 or 1800 <= value <= 2100:
            continue
        strong = match.group("lead").casefold() == "all"
        if not strong and not opens(doc, match.start()):
            continue  # "one of the four of them", "the four have" inside a sentence
        first = _antecedent(doc, seen, match)
        if first is None or first.low <= value <= first.high:
            continue
        if not strong and value <= first.high:
            continue  # "The two of them" after "three men": two of the three
        between = text[first.match.end() : match.start()]
        if (_figure(between) or _names(doc, first, match.start(), value)
                or OTHERS.search(between) or CHANGE.search(between)):
            continue
        yield _finding(doc, rule, first, match, value)


def _names(doc: Document, first: Count, end: int, value: int) -> bool:
    """Say whether a list of `value` names stands from the sentence before the antecedent up
    to `end` ("Smith, Jones, Brown and Lee" … "All four"): the elided count may be theirs."""
    start = doc.sentences[max(first.sentence - 1, 0)].start
    return any(len(JOINS.split(names.group())) == value
               for names in NAMES.finditer(doc.text, start, end))


def _figure(between: str) -> bool:
    """Say whether `between` holds a figure of two or more that is no year."""
    for found in FIGURE.finditer(between):
        number = count_value(found.group("count"))
        if number is not None and number >= 2 and not 1800 <= number <= 2100:
            return True
    return False


def _antecedent(doc: Document, seen: list[Count], match: re.Match[str]) -> Count | None:
    """Return the one count of the nearest sentence holding counts before `match`."""
    here = doc.sentence_index(match.start())
    before = [c for c in seen if c.match.start() < match.start()]
    if not before or here - before[-1].sentence > REACH:
        return None
    nearest = [c for c in before if c.sentence == before[-1].sentence]
    if len(nearest) != 1:
        return None
    first = nearest[0]
    if first.added or first.definite in PARTITIVE or first.value < 2:
        return None
    return first


def _finding(
    doc: Document, rule: Rule, first: Count, match: re.Match[str], value: int
) -> Finding:
    earlier = first.match
    return rule.finding(
        doc, match.start("count"), match.end("count"),
        f"{match.group().strip()}: {match.group('count')} here, but {earlier.group('count')} "
        f"{first.noun} just before for what reads as the same group ({value:,} ≠ "
        f"{first.value:,})",
        related=(Span(earlier.start("count"), earlier.end("count"), earlier.group("count"),
                      "earlier count"),),
        evidence=(f"{earlier.group().strip()} = {first.value:,}",
                  f"{match.group().strip()} = {value:,}"),
    )
