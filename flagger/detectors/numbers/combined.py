"""N102 a "combined" figure that is not the sum of the two it combines.

"Miley Cyrus is worth $160 million while Liam boasts $16 million. … their combined $196
million" ($176 million). The two figures are the only ones before "combined" in its sentence
or, when it has none, in the sentence before; all three share a currency and a scale word, and
the rounding of each is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    NUMBER,
    NUMBER_RE,
    PERCENT_UNIT,
    Figure,
    figure,
    format_figure,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

COMBINED = lazy(rf"\b(?:their|the|a|its|our|his|her)\s+combined\s+{NUMBER}", re.IGNORECASE)
AFTER = lazy(rf"{PERCENT_UNIT}|\s*(?:-|–|to\s+\d)")
"""After a figure: a percentage or a range, no amount to add."""


def combined(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a combined figure that is not the sum of its two parts."""
    text = doc.text
    for match in COMBINED.finditer(text):
        whole_match = NUMBER_RE.match(text, match.start("cur") if match.group("cur")
                                      else match.start("num"))
        if whole_match is None or AFTER.match(text, whole_match.end()):
            continue
        whole = figure(whole_match)
        index = doc.sentence_index(match.start())
        parts = _figures(text, doc.sentences[index].start, match.start())
        if not parts and index > 0:
            parts = _figures(text, doc.sentences[index - 1].start, doc.sentences[index - 1].end)
        if parts is None or len(parts) != 2 or any(
            p.currency != whole.currency or p.scale != whole.scale for p in parts
        ):
            continue
        total = parts[0].value + parts[1].value
        if abs(total - whole.value) <= parts[0].half_unit + parts[1].half_unit + whole.half_unit:
            continue
        shown = f"{whole.currency}{format_figure(total / whole.scale)}"
        shown += whole.text[whole_match.end("num") - whole.start :]
        yield rule.finding(
            doc, whole.start, whole.end,
            f"combined {whole.text}, but {parts[0].text} and {parts[1].text} make {shown}",
            related=tuple(Span(p.start, p.end, p.text, "part") for p in parts),
            evidence=(f"{parts[0].text} + {parts[1].text} = {shown} ≠ {whole.text}",),
        )


def _figures(text: str, start: int, end: int) -> list[Figure] | None:
    """The amounts in text[start:end] but years; None when a percentage or range is among
    them (the figures are of another kind)."""
    found = []
    for match in NUMBER_RE.finditer(text, start, end):
        if AFTER.match(text, match.end()):
            return None
        fig = figure(match)
        if not is_year(fig):
            found.append(fig)
    return found
