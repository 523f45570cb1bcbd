"""N102 a whole told in one sentence and the parts it consisted of in the next.

"The company has made payments of $175 million … These payments consisted of $54 million in
scheduled payments and $131 million in prepayments" ($185 million). "Consisted of" lists all
the parts, so they must add up to the whole: the whole is the figure the noun of "these
payments" had in the sentence before ("payments of $175 million", "$175 million in
payments"). All figures share one currency and scale word; rounding of each is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import NUMBER, NUMBER_RE, Figure, figure, format_figure
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

AMOUNT = r"[$£€]?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|billion|mln|million|trillion|tn|k)\b)?"
ITEM = rf"{AMOUNT}(?:\s+[A-Za-z-]+){{0,6}}?"
CONSISTED = lazy(
    r"\b(?:[Tt]hese|[Tt]hose|[Tt]he|[Tt]his|[Tt]hat)\s+(?P<noun>[a-z]{3,})\s+"
    r"(?:(?:consisted|consists|consist|(?:was|were|is|are)\s+made\s+up)\s+of|"
    r"(?:comprised|comprises|comprise)(?:\s+of)?)"
    rf"\s+(?P<list>{ITEM}(?:,\s+{ITEM}){{0,4}},?\s+and\s+{AMOUNT})"
)
"""The parts a whole "consisted of": "These payments consisted of $54 million in … and $131
million"."""
SCALE_WORD = lazy(r"[a-z]+$")
LEVEL_VERB = r"(?:rose|fell|increased|decreased|dropped|climbed|totalled|totaled|stood)"
"""A verb that gives the level its subject reached: "the balance … rose to 136,000 tonnes"."""


def consisting(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for parts that do not add up to the whole they are said to make."""
    text = doc.text
    for match in CONSISTED.finditer(text):
        index = doc.sentence_index(match.start())
        if index == 0:
            continue
        before = doc.sentences[index - 1]
        whole = _whole(text, before.start, before.end, match.group("noun"))
        parts = [m for m in NUMBER_RE.finditer(text, match.start("list"), match.end("list"))]
        if whole is None or len(parts) < 2:
            continue
        figures = [figure(m) for m in parts]
        if any(f.currency != whole.currency or f.scale != whole.scale for f in figures):
            continue
        total = sum(f.value for f in figures)
        slack = sum(f.half_unit for f in figures) + whole.half_unit
        if abs(total - whole.value) <= slack:
            continue
        last = figures[-1]
        scale = SCALE_WORD.search(whole.text)
        shown = f"{whole.currency}{format_figure(total / whole.scale)}"
        shown += f" {scale.group()}" if scale else ""
        yield rule.finding(
            doc, last.start, last.end,
            f"the parts add up to {shown}, not the {whole.text} they are said to make up",
            related=(Span(whole.start, whole.end, whole.text, "whole"),
                     *(Span(f.start, f.end, f.text, "part") for f in figures[:-1])),
            evidence=(" + ".join(f.text for f in figures) + f" = {shown} ≠ {whole.text}",),
        )


def _whole(text: str, start: int, end: int, noun: str) -> Figure | None:
    """The one figure the noun has in text[start:end]: "payments of $175 million", "$175
    million in payments", "its balance in port rose to 136,000 tonnes"."""
    stem = re.escape(noun.rstrip("s"))
    forms = (rf"\b{stem}s?\s+of\s+{NUMBER}", rf"{NUMBER}\s+(?:in\s+|of\s+)?{stem}s?\b",
             rf"\b{stem}s?\b(?:\s+[\w,'’-]+){{0,8}}?\s+{LEVEL_VERB}\s+(?:to\s+|at\s+)?{NUMBER}")
    found = [m for form in forms for m in re.finditer(form, text[start:end])]
    if len(found) != 1:
        return None
    at = start + (found[0].start("cur") if found[0].group("cur") else found[0].start("num"))
    match = NUMBER_RE.match(text, at)
    return figure(match) if match else None
