"""N102 a share whose part a definite noun refers back to: "The bank will add a provision of 75
mln dlrs to its reserve. … The provision represents 38.5 pct of its 263 mln dlrs of loans"
(75 of 263 is 28.5 pct).

The share is "the [one or two words] NOUN represents / is / accounts for / amounts to P% of
[the, its, Name's] W"; its part is the one figure the same noun was given in the three
sentences before ("a provision of 75 mln dlrs", "the 75 mln dlr provision"). Part and whole
must be of one measure: the same currency and the same unit word after the figure. Rounding
within the written digits and the qualifier before P ("about", "more than") is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.changes import QUALIFIERS
from flagger.detectors.numbers.shares import share_finding
from flagger.detectors.numbers.values import (
    NUMBER,
    NUMBER_RE,
    Figure,
    figure,
    is_year,
    qualified,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

VERB = (
    r"(?:represents|represented|is|was|equals|equalled|equaled|amounts\s+to|amounted\s+to|"
    r"accounts\s+for|accounted\s+for|makes\s+up|made\s+up)"
)
SHARE = lazy(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]{4,})\s+(?:would\s+)?" + VERB + r"\s+"
    rf"(?P<q>(?:{'|'.join(QUALIFIERS)})\s+)?(?P<p>\d+(?:\.\d+)?)\s?(?:pct|percent|per cent|%)"
    r"\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.&'’ -]{0,40}?['’]s\s+)?(?:total\s+)?"
    rf"(?=[$£€]?\d){NUMBER}"
)
"""A share told of a noun named before: "the additional provision represents 38.5 pct of
Mercantile's 263 mln dlrs"."""
UNIT = lazy(r"\s+(?P<unit>[a-z]+)")
"""The word after a figure that names its unit ("mln dlrs", "tonnes")."""
NOT_UNIT = frozenset({"of", "in", "to", "and", "or", "for", "a", "the", "from", "at", "on"})
REACH = 3
"""How many sentences before the share its part may be named in."""


def referred_shares(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a share of a noun named before that its figures contradict."""
    text = doc.text
    for match in SHARE.finditer(text):
        whole_match = NUMBER_RE.match(text, match.start("cur") if match.group("cur")
                                      else match.start("num"))
        if whole_match is None:
            continue
        whole = figure(whole_match)
        index = doc.sentence_index(match.start())
        begin = doc.sentences[max(0, index - REACH)].start
        parts = _parts(text, match.group("noun"), begin, match.start())
        if len(parts) != 1:
            continue  # the noun not given a figure before, or given several
        part = parts.pop()
        if (part.currency != whole.currency or _unit(text, part) != _unit(text, whole)
                or is_year(part) or is_year(whole) or not 0 < part.value <= whole.value):
            continue
        yield from _judge(doc, rule, match, part, whole)


def _parts(text: str, noun: str, start: int, end: int) -> set[Figure]:
    """The figures the noun is given in [start, end): "provision of 75 mln dlrs" or "75 mln
    dlr provision"."""
    found: dict[float, Figure] = {}
    name = re.escape(noun)
    after = rf"\b{name}s?\s+of\s+(?:about\s+|some\s+|nearly\s+)?(?=[$£€]?\d){NUMBER}"
    before = rf"(?=[$£€]?\d){NUMBER}(?:\s+[a-z]+)?\s+{name}\b"
    for pattern in (after, before):
        for level in re.finditer(pattern, text[start:end]):
            at = start + (level.start("cur") if level.group("cur") else level.start("num"))
            number = NUMBER_RE.match(text, at)
            if number is not None:
                found.setdefault(figure(number).value, figure(number))
    return set(found.values())


def _unit(text: str, fig: Figure) -> str:
    """The unit word after a figure ("dlrs"), or "" if none stands there."""
    unit = UNIT.match(text, fig.end)
    word = unit.group("unit") if unit else ""
    return "" if word in NOT_UNIT else word.rstrip("s")


def _judge(
    doc: Document, rule: Rule, match: re.Match[str], part: Figure, whole: Figure
) -> Iterator[Finding]:
    """Flag the stated share when part / whole, rounding allowed, cannot give it."""
    low = (part.value - part.half_unit) / (whole.value + whole.half_unit) * 100
    high = (part.value + part.half_unit) / max(whole.value - whole.half_unit, 1e-9) * 100
    said = match.group("p")
    stated = float(said)
    half = 0.5 * 10 ** -(len(said.split(".")[1]) if "." in said else 0)
    low, high = qualified(match.group("q") or "", low - half - 0.01 * stated,
                          high + half + 0.01 * stated)
    if low <= stated <= high:
        return
    yield share_finding(doc, rule, match, part, whole)
