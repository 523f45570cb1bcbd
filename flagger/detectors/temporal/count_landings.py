"""T107: "N years later" that lands on the year written just before it, counted from the one
year the sentence before wrote ("The judge was removed from the bench in 2003. In 2012, five
years later, he won his seat back": nine years). The count rests on linking the two sentences,
so a finding is a warning. A step between two dates of one sentence ("in 2028 compared to 2021,
three years earlier") is `count_ranges`'; a count forward from a year past publication is
`overruns`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import count
from flagger.detectors.temporal.elapsed import TIME_COUNT, elapsed_check
from flagger.report.finding import Finding

_LANDING = lazy(rf",\s*(?P<count>(?P<n>{TIME_COUNT})\s+(?P<unit>years?|decades?)\s+"
                r"(?P<way>later|earlier))\b", re.IGNORECASE)


def _year(tx: TimeExpression) -> bool:
    return (tx.type == "DATE" and tx.has_year and not tx.range_start and not tx.ago
            and tx.first is not None and tx.last is not None)


def landing_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a count that opens on a year of its own and the one year of the sentence before,
    which the calendar sets further apart or closer together."""
    by_sentence: dict[int, list[TimeExpression]] = {}
    for tx in doc.dates:
        if _year(tx):
            by_sentence.setdefault(doc.sentence_index(tx.start), []).append(tx)
    for index, here in by_sentence.items():
        told = by_sentence.get(index - 1, [])
        land = here[0]
        match = _LANDING.match(doc.text, land.end)
        if len(told) != 1 or match is None:
            continue
        n = count(match["n"])
        base = told[0]
        a, b = (base, land) if match["way"].lower() == "later" else (land, base)
        assert a.first and a.last and b.first and b.last
        found = n and elapsed_check(n, match["unit"], (a.first, a.last), (b.first, b.last))
        if found:
            said = match["count"]
            yield rule.finding(
                doc, match.start("count"), match.end("count"),
                f"“{said}”: from {a.text} to {b.text} is {found}", score=0.7,
                severity="warning", evidence=(said, base.text),
                related=(Span(base.start, base.end, base.text, "date"),
                         Span(land.start, land.end, land.text, "date")))
