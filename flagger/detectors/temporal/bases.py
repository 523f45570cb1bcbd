"""Year-on-year comparisons whose two bases disagree, within one sentence.

- A month counted from publication compared with a named month of the year before that is
  another month: "sales last month rose 30% compared with April 2019" (published May 2020:
  last month is March, a year earlier is March 2019).
- A figure compared with "last year" (or "a year ago") and, in the same or the next
  sentence, with "the <year> period" of another year: "above the 1985 period at 19,020
  against 18,145 last year" (published 1987: last year is 1986). Until April "a year ago" may
  count from last year's results, so then a base two years back is flagged only when the
  sentence dates what it reports in the current year ("the mid-March period", "through
  February").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_MARKER = lazy(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs|than|above|below|"
               r"ahead\s+of|behind)\b(?:[^.;:]|\.\d){0,40}$", re.IGNORECASE)
_RELATIVE_MONTH = lazy(r"^(?:in\s+)?(?:last|this)\s+month$", re.IGNORECASE)
_YEAR_AGO = lazy(r"^(?:(?:a|one)\s+year\s+(?:ago|earlier)|last\s+year)$", re.IGNORECASE)
# "February a year ago", "February last year": a month of the year before, written so.
_MONTH_YEAR_AGO = lazy(r"\s*,?\s*(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b",
                       re.IGNORECASE)
# "the 1985 period", "the 1987 quarter", "the 1985 pace": the period compared with.
_PERIOD_NOUN = lazy(r"\s+(?:period|quarter|pace|level|levels|figure|figures|months|"
                    r"half|results)\b", re.IGNORECASE)
_THE = lazy(r"\bthe\s+$", re.IGNORECASE)
_SENTENCE_END = lazy(r"[;.?!]\s|\n\s*\n")
SPAN = 200  # characters between the two bases of one comparison
EARLY = 4  # until April a year-ago base may count from the results of last year


def _month_of(tx: TimeExpression) -> int | None:
    """The month a date names, when it is one whole month."""
    if tx.granularity != "month" or tx.first is None:
        return None
    return tx.first.month


def _compared(text: str, tx: TimeExpression, start: int) -> bool:
    """Whether a comparison word ("from", "compared with", "than") introduces `tx`."""
    return bool(_MARKER.search(text[max(start, tx.start - 60) : tx.start]))


def base_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 (local): the two bases of a year-on-year comparison disagree."""
    published = doc.article.published
    if published is None:
        return
    dates = [tx for tx in doc.dates if tx.type == "DATE" and tx.first and tx.last]
    for i, tx in enumerate(dates):
        if _RELATIVE_MONTH.match(tx.text):
            yield from _month_bases(doc, rule, tx, dates[i + 1 : i + 4], published)
        elif tx.deictic and _YEAR_AGO.match(tx.text):
            yield from _year_bases(doc, rule, tx, dates, published)


def _window(text: str, a: TimeExpression, b: TimeExpression, sentences: int = 1) -> bool:
    """Whether two expressions are close and in one sentence (or in `sentences` in a row)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end : second.start]
    return (len(between) <= SPAN * sentences
            and len(_SENTENCE_END.findall(between)) < sentences)


def _month_bases(doc: Document, rule: Rule, rel: TimeExpression,
                 after: list[TimeExpression], published: date) -> Iterator[Finding]:
    """"last month ... compared with April 2019" when last month is March."""
    text = doc.text
    assert rel.first is not None
    for other in after[:1]:
        month = _month_of(other)
        if month is None or not _window(text, rel, other) or not _compared(text, other, rel.end):
            return
        year = other.first.year if other.first else None
        if _MONTH_YEAR_AGO.match(text, other.end):
            year = rel.first.year - 1
        elif not other.has_year:
            return
        if year != rel.first.year - 1 or month == rel.first.month:
            return
        meant = rel.first.replace(year=rel.first.year - 1).strftime("%B %Y")
        said = rel.first.strftime("%B %Y")
        yield rule.finding(
            doc, other.start, other.end,
            f"“{rel.text}” is {said} (published {published.isoformat()}); a year earlier is "
            f"{meant}, not “{other.text}”, which it is compared with", score=0.75,
            severity="warning",
            evidence=(f"{rel.text} = {said}", f"a year earlier = {meant}"),
            related=(Span(rel.start, rel.end, rel.text, "compared period"),),
            suggestion=meant)


def _year_bases(doc: Document, rule: Rule, ago: TimeExpression,
                dates: list[TimeExpression], published: date) -> Iterator[Finding]:
    """"above the 1985 period ... against 18,145 last year" when last year is 1986."""
    text = doc.text
    assert ago.first is not None
    sentence = doc.sentences[doc.sentence_index(ago.start)] if doc.sentences else None
    floor = sentence.start if sentence else 0
    possessive = re.match(r"['’]s\b", text[ago.end : ago.end + 2])
    if not (possessive or _compared(text, ago, floor)):
        return
    year = published.year - 1
    for other in dates:
        if other is ago or not other.explicit or not other.has_year or other.first is None:
            continue
        if other.granularity != "year" or not _window(text, ago, other, sentences=2):
            continue
        noun = _PERIOD_NOUN.match(text, other.end)
        if noun is None or not _THE.search(text, max(other.start - 5, 0), other.start) \
                or not _compared(text, other, floor):
            continue  # only "[above] the 1985 period": the period a figure is compared with
        written = other.first.year
        early = published.month <= EARLY  # "a year ago" may still count from last year
        if written == year or (written == year - 1 and early
                               and not _current(dates, ago, published)):
            continue
        yield rule.finding(
            doc, other.start, other.end,
            f"“{ago.text}” is {year} (published {published.isoformat()}), but the same "
            f"comparison is with “the {other.text}{noun.group()}”", score=0.7, severity="warning",
            evidence=(f"{ago.text} = {year}", f"written: {other.text}"),
            related=(Span(ago.start, ago.end, ago.text, "year-ago base"),),
            suggestion=str(year))
        return


def _current(dates: list[TimeExpression], ago: TimeExpression, published: date) -> bool:
    """Whether the comparison reports a period of the current year: a month or quarter
    without a written year, resolved to the publication year, near the year-ago base."""
    return any(
        tx.first is not None and not tx.has_year and not tx.deictic
        and tx.granularity in ("month", "quarter", "day") and tx.first.year == published.year
        and abs(tx.start - ago.start) <= SPAN
        for tx in dates)
