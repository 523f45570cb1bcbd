"""N102 shares of one whole that add up to more than all of it.

"About 2,400 died, 40% of whom were white, 35% were black and 54% were Latino" (129%); "the
balance of 85 percent good bacteria to 25 percent bad bacteria" (110%). The shares are told
as one list after "of whom" / "of which" (each "P% were X", X one word), or as a split of two
("a ratio / balance / split / mix of P% X to Q% Y"). Rounding of each share is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import PERCENT_WORD, format_figure
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

SHARE = rf"(?<![\w.,])\d{{1,2}}(?:\.\d+)?{PERCENT_WORD}"
ITEM = rf"{SHARE}\s+(?:were|are)\s+[A-Za-z][\w-]*"
LISTED = lazy(
    rf"(?<![\w.,])(?P<first>\d{{1,2}}(?:\.\d+)?){PERCENT_WORD}\s+of\s+wh(?:om|ich)\s+"
    rf"(?:were|are)\s+[A-Za-z][\w-]*(?P<rest>(?:,\s+{ITEM}){{0,4}},?\s+and\s+{ITEM})"
)
"""A list of shares of one whole: "40% of whom were white, 35% were black and 54% were …"."""
SPLIT = lazy(
    r"\b(?:ratio|balance|split|mix)\s+of\s+"
    rf"(?P<first>\d{{1,2}}(?:\.\d+)?){PERCENT_WORD}\s+(?:[A-Za-z][\w-]*\s+){{1,2}}?to\s+"
    rf"(?P<rest>{SHARE})\s+[A-Za-z]",
)
"""A whole split in two: "a balance of 85 percent good bacteria to 15 percent bad"."""
VALUE = lazy(rf"(?P<v>\d+(?:\.\d+)?){PERCENT_WORD}")
LIST_GATE = lazy(r" of wh(?:om|ich) (?:were|are) ")
SPLIT_GATE = lazy(r"\b(?:ratio|balance|split|mix) of \d")


def wholes(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for shares of one whole that sum to more than 100 percent."""
    text = doc.text
    if " of whom " in text or " of which " in text:
        yield from _lists(doc, rule)
    if "ratio of" in text or "balance of" in text or "split of" in text or "mix of" in text:
        for gate in SPLIT_GATE.finditer(text):
            if (match := SPLIT.match(text, gate.start())) is not None:
                yield from _judge(doc, rule, match)


def _lists(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    for gate in LIST_GATE.finditer(text):
        match = LISTED.search(text, max(0, gate.start() - 14), gate.end() + 300)
        if match is not None and match.start() < gate.start():
            yield from _judge(doc, rule, match)


def _judge(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    first = VALUE.match(doc.text, match.start("first"))
    found = [first] if first else []
    found += VALUE.finditer(doc.text, match.start("rest"), match.end("rest"))
    shares = [(m.start(), m.group(), m.group("v")) for m in found]
    total = sum(float(v) for *_, v in shares)
    slack = sum(0.5 * 10 ** -(len(v.split(".")[1]) if "." in v else 0) for *_, v in shares)
    if total - slack <= 100:
        return
    start, last, _ = shares[-1]
    yield rule.finding(
        doc, start, start + len(last),
        f"shares of one whole add up to {format_figure(total)}%, more than all of it",
        related=tuple(Span(s, s + len(t), t, "share") for s, t, _ in shares[:-1]),
        evidence=(" + ".join(v for *_, v in shares) + f" = {format_figure(total)} > 100",),
    )
