"""One month's year-ago base given two years.

A monthly report compares its month with the same month a year before, often in several
sentences: "the deficit widened in May from 492 mln in May last year" and "exports fell to
10.7 bln, compared with 10.9 bln in May 2022" (published June 2024). "May last year" is May
2023 counted from publication; a second base of the same
month written with another, earlier year makes the year-ago comparison two years apart, and
one of the two bases is wrong. Bases are read as `compared_periods` reads them (after "from",
"compared with", "against", or listed after "and"; "the same 2022 month" takes the month of
the period compared). The month must have begun in the publication year, so "last year"
is sure; no base of that month may be written with the year "last year" names, or the writer
compares two years on purpose. Warnings (T101) on the written base, the relative one related.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTH_NAMES
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.compared_periods import bases as compared_bases
from flagger.detectors.temporal.period_words import Period, periods
from flagger.report.finding import Finding

_CUE = lazy(r"last\s+year")
_YEARISH = lazy(r"last\s+year|(?:19|20)\d\d")


def year_base_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for a month whose year-ago bases name two years."""
    published, text = doc.article.published, doc.text
    low = doc.lowered or text.lower()
    if published is None or not _CUE.search(low):
        return
    bases: dict[int, list[Period]] = {}
    for sentence in doc.sentences:
        if not _YEARISH.search(low, sentence.start, sentence.end):
            continue
        found = list(periods(text, sentence.start, sentence.end, published))
        for base in compared_bases(text, found, sentence.start, sentence.end):
            month = _month(found, base)
            if month is not None and month <= published.month and not base.yearless:
                bases.setdefault(month, []).append(base)
    for month, listed in bases.items():
        relative = [b for b in listed if b.relative and b.year == published.year - 1]
        written = [b for b in listed if not b.relative]
        if not relative or any(b.year == published.year - 1 for b in written):
            continue
        for base in written:
            if base.year < published.year - 1:
                yield _finding(doc, rule, base, relative[0], month, published)


def _month(found: list[Period], base: Period) -> int | None:
    """The one month a base names: its own ("May 2022"), or for "the same 2022 month" that of
    the month without its year before it ("in April, down from 5,900 in the same 2022 month");
    None for a year or a span of months."""
    before = next((p for p in reversed(found) if p.end <= base.start), None)
    months = base.months if base.months is not None else (
        before.months if base.same and before is not None and before.yearless else None)
    if months is None or months[0] != months[1]:
        return None
    return months[0]


def _finding(doc: Document, rule: Rule, base: Period, other: Period, month: int,
             published: date) -> Finding:
    """The warning on the written base, the relative base related."""
    text = doc.text
    said, partner = text[base.start : base.end], text[other.start : other.end]
    name = MONTH_NAMES[month - 1]
    message = (f"“{said}” makes the year-ago base {name} {base.year}, but “{partner}” "
               f"(published {published.isoformat()}) makes it {name} {other.year}: one month "
               f"compared with two years")
    return rule.finding(
        doc, base.start, base.end, message, score=0.6, severity="warning",
        evidence=(f"{said} = {name} {base.year}", f"{partner} = {name} {other.year}"),
        related=(Span(other.start, other.end, partner, "the same base"),))
