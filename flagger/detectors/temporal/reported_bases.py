"""A base that names the period the article reports.

A monthly report states its period in the lede ("reserves rose to 45.9 bln in February from
44.0 bln in January", published March 2024: February 2024, `reported`); a later sentence gives
another figure with its bases and names no period of its own ("net reserves rose to 38.3 bln
from 30.1 bln in January, compared with 36.0 bln in February this year"). Its figure is the
reported period's, so a base read from publication as that same period ("February this year",
"the same period this year") compares the period with itself. With no period compared at all,
"the same period this year" is the base of a figure of this year ("sales in the week to March 7
rose to 3,501 from 2,578 at the same time this year"). Fiscal and crop years are left
alone, and so is "this year" in January. Warnings (T101) on the base, the lede's period
related.
"""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.compared_periods import unnamed_bases
from flagger.detectors.temporal.period_words import Period, periods
from flagger.detectors.temporal.reported import reported_period
from flagger.detectors.wordscan import search_at
from flagger.report.finding import Finding

_CUE = lazy(r"\b(?:this|last)\s+year\b")
_FISCAL = lazy(r"\b(?:fiscal|financial\s+year|crop|marketing\s+year|seasons?\b|ended|ending)")
_CUE_OPENINGS = ("this", "last")
_FISCAL_OPENINGS = ("fiscal", "financial", "crop", "marketing", "season", "ended", "ending")
"""The words each `_CUE` and `_FISCAL` match opens with."""


def reported_base_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for a base read as the period the lede reports."""
    published, text = doc.article.published, doc.text
    low = doc.lowered or text.lower()
    if published is None or published.month == 1 \
            or not search_at(_CUE, low, doc.lowered, _CUE_OPENINGS) \
            or search_at(_FISCAL, low, doc.lowered, _FISCAL_OPENINGS):
        return
    reported = reported_period(doc)
    period, lede = reported if reported is not None else (None, -1)
    for index, sentence in enumerate(doc.sentences):
        if not _CUE.search(low, sentence.start, sentence.end):
            continue
        found = list(periods(text, sentence.start, sentence.end, published))
        for base in unnamed_bases(text, found, sentence.start, sentence.end):
            if period is not None and index > lede and _same(base, period):
                yield _finding(doc, rule, base, period)
            elif base.same and base.relative and base.months is None \
                    and base.year == published.year:
                yield _finding(doc, rule, base, None)


def _same(base: Period, period: Period) -> bool:
    """Whether a base read from publication names the reported period."""
    return base.relative and not base.yearless and not base.following \
        and base.year == period.year \
        and (base.months == period.months or (base.same and base.months is None))


def _finding(doc: Document, rule: Rule, base: Period, period: Period | None) -> Finding:
    """The warning on the base, the lede's period related (none for "the same period this
    year" with no period compared)."""
    text = doc.text
    said = text[base.start : base.end]
    published = doc.article.published
    if period is None:
        message = (f"“{said}” is {base.year} (published {published}), the year of the figure "
                   f"it is the base of: the figure is compared with itself")
        return rule.finding(doc, base.start, base.end, message, score=0.6, severity="warning",
                            evidence=(f"{said} = {base.year}",))
    partner = text[period.start : period.end]
    message = (f"“{said}” (published {published}) is the period the story reports, “{partner}”"
               f" ({period.year}): its figure is compared with itself")
    return rule.finding(
        doc, base.start, base.end, message, score=0.6, severity="warning",
        evidence=(f"{said} = {base.year}", f"{partner} = {period.year}"),
        related=(Span(period.start, period.end, partner, "the reported period"),))
