"""N102 a change told a sentence or two before its two levels: "crude output will drop by 24
pct … Crude output will fall to 61.2 mln barrels in 1987 from 105.6 mln in 1986" (a 42 pct
fall); "US oil prices have fallen by 6% … Light crude oil futures fell $5.86 to $41.32"
(from $47.18, a 12% fall).

The change is a verb and a bare percentage ("shed 23%", "will drop by 24 pct") with no other
figure after it in its sentence (a change with its own level or base is read where it stands).
Its levels are the first pair of the next two sentences: "to X from Y", "from Y to X", or an
amount and the level it reached ("fell $5.86 to $41.32"). The statements must be of the same
thing: a word before the change verb stands in the pair's sentence before the pair, nothing
between them tells another percentage, and neither sentence puts the change over another span
(a year, an average) than the pair's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.changes import (
    DOWN,
    FROM_TO,
    PERCENT,
    TO_FROM,
    UP,
    _read,
    judge_percent,
)
from flagger.detectors.numbers.later_changes import COMMON
from flagger.detectors.numbers.values import NUMBER, NUMBER_RE, Figure, figure, format_figure
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

VERB_BEFORE = lazy(
    rf"\b(?P<verb>{UP}{DOWN})\s+(?:by\s+)?(?:an?\s+estimated\s+)?$", re.IGNORECASE
)
"""A change told by a verb right before its percentage: "shed 23%", "will drop by 24 pct"."""
AMOUNT_X = NUMBER.replace("?P<", "?P<a")
MOVED = lazy(
    rf"\b(?P<verb>{UP}{DOWN})\s+(?:by\s+)?{AMOUNT_X}(?:\s+(?:a|per)\s+\w+)?\s+to\s+{NUMBER}",
    re.IGNORECASE,
)
"""An amount and the level it reached: "fell $5.86 to $41.32"."""
DOWNWARD = lazy(rf"^(?:{DOWN})$", re.IGNORECASE)
OTHER_SPAN = lazy(
    r"\b(?:annual|annually|average|cumulative|compound|year-on-year|year-over-year|"
    r"a year (?:earlier|ago)|since|so far|this year|in the past|over the)\b",
    re.IGNORECASE,
)
"""Words that put a change over another span than the one of the pair told beside it."""
YEAR = lazy(r"(?:1[89]|20)\d\d")
WORD = lazy(r"\b[A-Za-z]{3,}\b")
SHORT = frozenset("the and for its has had was are but not who per all one two new now".split())


def earlier_changes(
    doc: Document, rule: Rule, text: str, found: list[re.Match[str]]
) -> Iterator[Finding]:
    """Yield N102 findings for a percentage change its levels, told just after it, deny
    (`text` is the article with parentheses blanked, `found` its `percents`)."""
    if len(doc.sentences) < 2:
        return
    for match in found:
        if not VERB_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        index = doc.sentence_index(match.start())
        sentence = doc.sentences[index]
        rest = text[match.end() : sentence.end]
        if any(not YEAR.fullmatch(m.group("num")) for m in NUMBER_RE.finditer(rest)):
            continue  # a level, a base or a second figure of its own
        if OTHER_SPAN.search(text, sentence.start, sentence.end):
            continue
        subject = _words(text[sentence.start : match.start()])
        for later in doc.sentences[index + 1 : index + 3]:
            levels = _levels(text, later.start, later.end)
            if levels is None:
                if PERCENT.search(text, later.start, later.end):
                    break  # another change told first
                continue
            where, x, y, amount = levels
            if (
                PERCENT.search(text, later.start, later.end)
                or OTHER_SPAN.search(text, later.start, later.end)
                or not subject & _words(text[later.start : where])
            ):
                break
            for finding in judge_percent(doc, rule, match, x, y):
                kept = tuple(s for s in finding.related if not amount or s.start != y.start)
                yield dataclasses.replace(finding, related=(*kept, *amount))
            break


def _levels(
    text: str, start: int, end: int
) -> tuple[int, Figure, Figure, tuple[Span, ...]] | None:
    """The first pair of levels in text[start:end]: where it starts, the level reached, the
    level before, and the amount's span when the level before is reckoned from it."""
    for pattern, x_key, y_key in ((TO_FROM, "", "x"), (FROM_TO, "x", "")):
        if pair := pattern.search(text, start, end):
            x, y = _read(text, 0, pair, x_key), _read(text, 0, pair, y_key)
            if x is None or y is None:
                return None
            return pair.start(), x, y, ()
    moved = MOVED.search(text, start, end)
    if moved is None or (moved.group("acur") or "") != (moved.group("cur") or ""):
        return None
    if moved.group("ascale") or moved.group("scale"):
        return None  # "up 1.2 to 14.4 billion": the amount's scale is unclear
    first = NUMBER_RE.match(text, moved.start("acur" if moved.group("acur") else "anum"))
    level = NUMBER_RE.match(text, moved.start("cur" if moved.group("cur") else "num"))
    if first is None or level is None:
        return None
    amount, x = figure(first), figure(level)
    sign = 1 if DOWNWARD.match(moved.group("verb")) else -1
    before = x.value + sign * amount.value
    if before <= 0:
        return None
    y = Figure(amount.start, amount.end, f"{x.currency}{format_figure(before)}", before,
               amount.half_unit + x.half_unit, x.scale, x.has_scale, x.currency)
    return moved.start(), x, y, (Span(amount.start, amount.end, amount.text, "amount"),)


def _words(text: str) -> set[str]:
    """The words of `text` that may name what it speaks of ("oil", "output")."""
    return {w for w in (m.casefold() for m in WORD.findall(text))
            if w not in COMMON and w not in SHORT}
