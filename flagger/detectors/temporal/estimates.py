"""A figure given for a relative year, then named back with another written year.

"He estimated 3.00 dlrs a share this year and 3.35 dlrs next year. His 1989 figure reflects
a lower tax rate" (published 1987): "his 1989 figure" points back at the figures just given,
which are for 1987 and 1988. The pointer ("his / its / the / that <year> figure, estimate,
forecast, projection") must name one of the years the sentence before (or its own sentence,
before it) gives figures for, when those are all relative years ("this year", "next year",
"last year") and no year is written there. A year two or more away is another period the
writer turns to; only a year next to one of them is flagged. Warning (T101), on the year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_POINTER = lazy(r"(?i)\b(?:his|her|its|their|the|that|this)\s+((?:1[6-9]|20)\d\d)\s+"
                r"(?:figure|estimate|forecast|projection)s?\b")
_NOUNS = ("figure", "estimate", "forecast", "projection")
_POINTED = lazy(r"(?:1[6-9]|20)\d\d\s+(?:figure|estimate|forecast|projection)")
"""What every `_POINTER` match holds, in the lower-cased text: found fast by its digits."""
_RELATIVE = lazy(r"(?i)(?:in\s+)?(?:this|next|last)\s+year(?:['’]s)?")
_YEAR = lazy(r"\b(?:1[6-9]|20)\d\d\b")


def _figured(text: str, tx: TimeExpression, floor: int) -> bool:
    """Whether a figure stands in the clause just before the relative year `tx`."""
    before = text[max(floor, tx.start - 40) : tx.start]
    clause = re.split(r"[;:]|\.(?!\d)|\band\b", before)[-1]
    return any(c.isdigit() for c in clause)


def estimate_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for "<his> <year> figure" that names none of the years just given."""
    text = doc.text
    low = doc.lowered or text.lower()
    if doc.article.published is None or not any(word in low for word in _NOUNS) \
            or (doc.lowered is not None and not _POINTED.search(doc.lowered)):
        return
    for match in _POINTER.finditer(text):
        index = doc.sentence_index(match.start())
        if index < 0:
            continue
        first = doc.sentences[max(index - 1, 0)].start
        if _YEAR.search(text, first, match.start()):
            continue  # a written year names the period: the pointer may follow it
        given = [tx for tx in doc.dates if first <= tx.start < match.start()
                 and tx.deictic and tx.first is not None and tx.granularity == "year"
                 and _RELATIVE.fullmatch(tx.text)
                 and _figured(text, tx, doc.sentences[doc.sentence_index(tx.start)].start)]
        if not given:
            continue
        years = {tx.first.year for tx in given if tx.first is not None}
        year = int(match.group(1))
        if year in years or min(abs(year - y) for y in years) != 1:
            continue
        near = min(given, key=lambda tx: abs((tx.first.year if tx.first else 0) - year))
        shown = ", ".join(f"“{tx.text}” = {tx.first.year if tx.first else ''}" for tx in given)
        yield rule.finding(
            doc, match.start(1), match.end(1),
            f"“{match.group()}” points back at the figures just given, which are for "
            f"{' and '.join(str(y) for y in sorted(years))} ({shown}), not {year}",
            score=0.6, severity="warning",
            evidence=(f"written: {year}", shown),
            related=(Span(near.start, near.end, near.text, "figure's year"),),
            suggestion=str(near.first.year if near.first else year))
