"""N102 multiples: "doubled to 261 from 179" — a multiple its own two figures contradict."""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.changes import (
    CLAUSE_END,
    FROM,
    TO,
    aligned,
    blank_parentheses,
    number_at,
    plain,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

MULTIPLE = lazy(
    r"(?P<q>(?:almost|nearly|about|roughly|more than|over|less than)\s+)?"
    r"(?P<m>doubled|tripled|trebled|quadrupled|halved)\b"
)
NEARLY = 1.05
""""Nearly doubled" allows a multiple within 5% above the factor: rounded figures, not a claim."""
FACTOR = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}

def multiples(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = blank_parentheses(doc.text)
    for match in MULTIPLE.finditer(text):
        right = text[match.end() : match.end() + 140]
        stop = CLAUSE_END.search(right)
        clause = right[: stop.start()] if stop else right
        to, frm = TO.search(clause), FROM.search(clause)
        if not (to and frm) or frm.start() < 0:
            continue
        x = number_at(text, match.end() + to.start())
        y = number_at(text, match.end() + frm.start())
        if x is None or y is None:
            continue
        pair = aligned(x, y)
        if pair is None:
            continue
        x, y = pair
        ratio = x.value / y.value
        factor = FACTOR[match.group("m")]
        qualifier = (match.group("q") or "").strip()
        low, high = factor * 0.75, factor * 1.25
        if qualifier in {"almost", "nearly"}:
            low, high = factor * 0.75, factor * NEARLY
        elif qualifier in {"more than", "over"}:
            low, high = factor * 0.98, float("inf")
        elif qualifier in {"less than"}:
            low = 0.0
        elif qualifier:
            low, high = factor * 0.75, factor * 1.25
        if low <= ratio <= high:
            continue
        yield rule.finding(
            doc, match.start(), match.end(),
            f"{match.group()} does not fit {y.text} → {x.text}: that is "
            f"{ratio:.2f} times",
            related=(Span(y.start, y.end, y.text, "from"), Span(x.start, x.end, x.text, "to")),
            evidence=(f"{plain(x)} / {plain(y)} = {ratio:.2f}",),
        )


