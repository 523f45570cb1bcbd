"""One month's year-ago base given two years.

A monthly report compares its month with the same month a year before, often in several
sentences: "the deficit widened in May from 492 mln in May last year" and "exports fell to 10.7
bln, compared with 10.9 bln in May 2022" (published June 2024). "May last year" is May 2023
counted from publication; a second base of the same month written with another, earlier year
makes the year-ago comparison two years apart, and one of the two bases is wrong. Bases are read
as `compared_periods` reads them (after "from", "compared with", "against", or listed after
"and"; "the same 2022 month" takes the month of the period compared). The month must have begun
in the publication year, so "last year" is sure. The year-ago year is read from "May last year",
else from a base written with it ("against 10.9 bln in May 2023") when the older base's sentence
reports the month itself ("exports in May ... against 9.8 bln in May 2022"), or from the
comparison's own words ("a year-on-year rise of 4 pct in May from 7.5 bln in May 2022"). A base
written with the year-ago year in the older base's sentence means the writer compares two years
on purpose ("with 3.9 bln in May 2023 and 3.2 bln in May 2022"), and so does a sentence that
names the step ("over two years"). Warnings (T101) on the older base, the base that dates the
step related.
"""

from __future__ import annotations

import re
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

_MONTH = lazy(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_YEARISH = lazy(r"last\s+year|(?:19|20)\d\d")
# A comparison that names its step: the base is the same month a year before.
_ANNUAL = lazy(r"\byear[- ](?:on|over)[- ]year\b", re.IGNORECASE)
# A step of several years the writer names ("over two years").
_YEARS = lazy(r"\b(?:two|three|four|five|[2-5])[- ]years?\b", re.IGNORECASE)


def year_base_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for a month whose year-ago bases name two years."""
    published, text = doc.article.published, doc.text
    low = doc.lowered or text.lower()
    if published is None:
        return
    bases: dict[int, list[tuple[Period, int, bool, bool]]] = {}
    for index, sentence in enumerate(doc.sentences):
        if not _YEARISH.search(low, sentence.start, sentence.end) \
                or not _MONTH.search(low, sentence.start, sentence.end):
            continue
        found = list(periods(text, sentence.start, sentence.end, published))
        for base in compared_bases(text, found, sentence.start, sentence.end):
            month = _month(found, base)
            if month is not None and month <= published.month and not base.yearless \
                    and not _YEARS.search(text, sentence.start, sentence.end):
                reported = any(p.yearless and p.months == (month, month) and p.end <= base.start
                               for p in found)
                annual = bool(_ANNUAL.search(text, sentence.start, base.start))
                bases.setdefault(month, []).append((base, index, reported, annual))
    for month, listed in bases.items():
        relative = [b for b, _, _, _ in listed if b.relative and b.year == published.year - 1]
        written = [(b, i) for b, i, _, _ in listed
                   if not b.relative and b.year == published.year - 1]
        anchors = relative or [b for b, _ in written]
        for base, index, reported, annual in listed:
            if base.relative or base.year >= published.year - 1 \
                    or any(i == index for _, i in written):
                continue
            if relative or (anchors and reported):
                yield _finding(doc, rule, base, anchors[0], month, published)
            elif reported and annual:
                yield _finding(doc, rule, base, base, month, published)


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
    """The warning on the older base, the base that dates the step related (the base itself
    when a year-on-year change dates it)."""
    text = doc.text
    said, partner = text[base.start : base.end], text[other.start : other.end]
    name = MONTH_NAMES[month - 1]
    if other is base:
        message = (f"“{said}” is the year-ago base of a year-on-year change in {name} "
                   f"{published.year} (published {published.isoformat()}): two years before, "
                   f"not one")
        evidence = (f"{said} = {name} {base.year}", f"{name} = {name} {published.year}")
    else:
        message = (f"“{said}” makes the year-ago base {name} {base.year}, but “{partner}” "
                   f"(published {published.isoformat()}) makes it {name} {other.year}: one "
                   f"month compared with two years")
        evidence = (f"{said} = {name} {base.year}", f"{partner} = {name} {other.year}")
    return rule.finding(
        doc, base.start, base.end, message, score=0.6, severity="warning", evidence=evidence,
        related=(Span(other.start, other.end, partner, "the same base"),))
