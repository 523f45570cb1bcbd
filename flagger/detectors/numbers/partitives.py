"""N102 partitives told apart: a part of a whole, the two not side by side, larger than it.

"Of the 20 sectors surveyed, 23 reported growth" (the whole first, its part after the comma);
"nearly 20 were injured, 23 of whom are still in hospital" (the part pointing back with "of
whom", "of which", "of them"); "13 players out of a squad of 11" (the whole named after "out
of a"). "Five of the four" side by side is the package's own partitive reader. The part must
count the whole's members: after it comes a verb ("23 reported"), the whole's noun
("23 sectors were") or "of them"; a unit ("23 years", "23 percent") makes it another figure.
The qualifiers bound both: "nearly 20" is below 20, "more than 20" has no top, "about 23" may be
well below 23. A part within those bounds and the written rounding is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    MONTH_WORD,
    SCALE,
    SCALE_WORDS,
    WORD_VALUES,
    format_figure,
    half_unit,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

WORDS = trie(sorted(WORD_VALUES, key=len, reverse=True))
QUALIFIER = (
    r"(?:(?P<{0}q>about|around|roughly|some|approximately|nearly|almost|more than|over|"
    r"at least|less than|under|fewer than|up to|only|just)\s+)?"
)
AMOUNT = (
    r"(?<![\w.,$£€#-])(?P<{0}n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|" + WORDS + r"\b)"
    rf"(?:\s?(?P<{{0}}s>{SCALE_WORDS})\b)?(?![\w%/:-]|[.,]\d)"
)
WHOLE = QUALIFIER.format("w") + AMOUNT.format("w")
PART = QUALIFIER.format("p") + AMOUNT.format("p")
OWNERS = r"(?:(?:the|those|these|its|their|all|our|his|her)\s+)?"
OPENED = lazy(r"(?:^|[.,;:!?\"“”(]\s*|\n\s*|\b(?:that|and|but|yet|so|well)\s+)$")
"""Before a fronted "of the 20 …", the opening of a clause: not "the cost of the 20 ships, 23"."""
FRONTED = lazy(
    rf"\b[Oo]f\s+{OWNERS}{WHOLE}(?P<noun>(?:\s+(?!of\b)(?:[A-Za-z'’][\w'’-]*|"
    rf"(?:1[89]|20)\d\d\b)){{0,10}}),\s+{PART}",
)
"""The whole first, then its part: "Of the 20 sectors surveyed by ISM, 23 …"."""
POINTED = lazy(
    rf"{WHOLE}(?P<noun>(?:\s+[A-Za-z][\w'’-]*){{0,3}}),\s+{PART}\s+of\s+"
    r"(?:wh(?:om|ich|o)|them|those|these)\b",
    re.IGNORECASE,
)
"""The part after its whole, pointing back: "nearly 20 injured, 23 of whom …"."""
NAMED = lazy(
    rf"{PART}(?P<noun>(?:\s+[a-z][\w'’-]*){{0,2}})\s+out\s+of\s+(?:a|an|the|its|their)\s+"
    rf"(?:[a-z][\w'’-]*\s+){{1,2}}of\s+{WHOLE}",
)
"""A whole named after "out of a": "13 players out of a squad of 11"."""
POINTING = lazy(r"\bof\s+(?:wh(?:om|ich|o)|them|those|these)\b", re.IGNORECASE)
"""Where a part points back at its whole: the cue `POINTED` is read back from."""
OUT_OF = lazy(r"\bout\s+of\s+(?:a|an|the|its|their)\s")
"""Where a part is set against a whole named after it: the cue `NAMED` is read around."""
PRONOUN = lazy(r"\s+of\s+(?:them|those|these|us|['’]em|which|whom)\b")
VERB = lazy(
    r"\s+(?:(?:are|were|is|was|have|has|had|will|would|could|can|did|do|does|said|say|says|"
    r"remain|still|now|also|got|get|went|came|saw|won|lost|took|made|hold|held|own|owned)\b|"
    r"[a-z]{3,}ed\b)"
)
"""A verb after the part: it counts members of the whole ("23 reported", "23 were")."""
NOUN_WORD = lazy(r"\s+(?P<w>[a-z][\w'’-]*)")
DAY = lazy(rf"\b{MONTH_WORD}\s+$")
"""Before the whole, a month: "admitted 173 patients to May 17, 68 of whom" counts no days."""
NO_TOP = frozenset({"more than", "over", "at least"})
NO_BOTTOM = frozenset({"less than", "under", "fewer than", "up to"})
LOOSE = frozenset({"about", "around", "roughly", "some", "approximately"})
NEAR = frozenset({"nearly", "almost"})


@dataclass(frozen=True, slots=True)
class Amount:
    """A count the reader read: where it stands, its value and the bounds its wording allows."""

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    scaled: bool


def partitives(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a part, told apart from its whole, larger than the whole."""
    text = doc.text
    seen: set[int] = set()
    for pattern, match in _matches(text):
        if match.start("pn") in seen or "\n\n" in match.group():
            continue
        whole, part = _amount(match, "w"), _amount(match, "p")
        if whole is None or part is None or part.scaled != whole.scaled:
            continue
        if DAY.search(text, max(0, whole.start - 12), whole.start):
            continue
        if pattern is FRONTED and not _counts_members(text, match.end(), match["noun"]):
            continue
        if part.low <= whole.high or whole.value < 2:
            continue
        seen.add(match.start("pn"))
        told = (" ".join(match.group().split()) if pattern is NAMED
                else f"{part.text} of {whole.text}{match['noun'].rstrip()}")
        yield rule.finding(
            doc, part.start, part.end, f"{told}: a part larger than its whole",
            related=(Span(whole.start, whole.end, whole.text, "whole"),),
            evidence=(f"{format_figure(part.value)} > {format_figure(whole.value)}",),
        )


def _matches(text: str) -> Iterator[tuple[re.Pattern[str], re.Match[str]]]:
    """Each wording's matches, read from its cue: "of" opening a clause, "of whom" (back to
    the whole before it), "out of a" (a part before it, the whole after)."""
    for match in FRONTED.finditer(text):
        if OPENED.search(text, max(0, match.start() - 8), match.start()):
            yield FRONTED, match
    for cue in POINTING.finditer(text):
        found = [m for m in POINTED.finditer(text, max(0, cue.start() - 100), cue.end())
                 if m.end() == cue.end()]
        yield from ((POINTED, m) for m in found[:1])
    for cue in OUT_OF.finditer(text):
        found = [m for m in NAMED.finditer(text, max(0, cue.start() - 60), cue.end() + 60)
                 if m.start("pn") < cue.start()]
        yield from ((NAMED, m) for m in found[:1])


def _amount(match: re.Match[str], name: str) -> Amount | None:
    """The count a named group reads, with the bounds of its qualifier and rounding; None for
    a year ("Of the 1990s"), which is no count."""
    written = match.group(f"{name}n")
    digits = written.replace(",", "")
    scale_word = match.group(f"{name}s")
    if digits.replace(".", "").isdigit():
        if re.fullmatch(r"(?:1[89]|20)\d\d", digits) and scale_word is None:
            return None
        value, rounding = float(digits), half_unit(digits)
    else:
        value, rounding = float(WORD_VALUES[written.casefold()]), 0.0
    scale = SCALE[scale_word.casefold()] if scale_word else 1.0
    value, rounding = value * scale, rounding * scale
    low, high = value - rounding, value + rounding
    qualifier = (match.group(f"{name}q") or "").casefold()
    if qualifier in NO_TOP:
        high = float("inf")
    elif qualifier in NO_BOTTOM:
        low = 0.0
    elif qualifier in LOOSE:
        low, high = low * 0.85 - 1, high * 1.15 + 1
    elif qualifier in NEAR:
        low = low / 1.12
    end = match.end(f"{name}s") if scale_word else match.end(f"{name}n")
    start = match.start(f"{name}q") if qualifier else match.start(f"{name}n")
    return Amount(start, end, match.string[start:end], value, low, high, scale_word is not None)


def _counts_members(text: str, at: int, noun: str) -> bool:
    """Say whether the figure ending at `at` counts members of the whole named by `noun`: a verb
    or "of them" follows it, or a word of the whole's noun and then a verb."""
    if PRONOUN.match(text, at) or VERB.match(text, at):
        return True
    word = NOUN_WORD.match(text, at)
    if word is None:
        return False
    stems = {w[:4].casefold() for w in noun.split() if len(w) > 2}
    return word["w"][:4].casefold() in stems and VERB.match(text, word.end()) is not None
