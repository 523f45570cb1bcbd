"""A weekday beside a date written in figures (T102): "On Thursday, 4/24." (a Friday in
2020), "Friday 5.21.20" (a Thursday).

A slash date may close its phrase ("Thursday, 4/24.") or carry its year ("4/24/20"); a dotted
one must carry its year, so "Friday 3.5 pct" and "Friday, 3/4 of the votes" are no dates. Month
and day may stand in either order (US "4/24", British "24/4"); the weekday contradicts the
date only when every valid reading (a year left out read as `local.desk_date` reads it) falls
on another day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import WEEKDAY_NAMES, WEEKDAYS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.local import desk_date
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

_WD = "|".join(WEEKDAY_NAMES)
_NUMERIC = lazy(
    rf"\b(?P<wd>{_WD}),?\s+(?P<a>[0-3]?\d)(?:(?P<slash>/)|\.)(?P<b>[0-3]?\d)"
    r"(?:(?(slash)/|\.)(?P<year>\d{4}|\d{2}))?(?![\d/.]?\d)", re.IGNORECASE)
_CLOSES = lazy(r"\s*(?:[.,;:)\]]|$)")


def numeric_weekday_mismatches(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T102: a weekday beside a date in figures that falls on another day in every reading."""
    text, published = doc.text, doc.article.published
    low = doc.lowered if doc.lowered is not None else text.lower()
    if published is None or not any(name in low for name in WEEKDAYS):
        return
    for match in finditer_at(_NUMERIC, text, doc.lowered, WEEKDAYS):
        if match["year"] is None and (match["slash"] is None or not _CLOSES.match(
                text, match.end())):
            continue
        year = _year(match["year"], published)
        readings = [d for month, day in ((match["a"], match["b"]), (match["b"], match["a"]))
                    if 1 <= int(month) <= 12
                    for d in desk_date(int(month), int(day), year, published)]
        named = WEEKDAYS[match["wd"].lower()]
        if not readings or any(d.weekday() == named for d in readings):
            continue
        day = readings[0]
        actual = WEEKDAY_NAMES[day.weekday()]
        d_start, d_end = match.start("a"), match.end()
        shown = text[d_start:d_end]
        yield rule.finding(
            doc, match.start(), match.end(),
            f"{shown} ({day.isoformat()}) is a {actual}, not a {match['wd'].capitalize()}",
            score=0.9, evidence=(f"{day.isoformat()} = {actual}", f"written: {match['wd']}"),
            related=(Span(*match.span("wd"), match["wd"], "weekday"),
                     Span(d_start, d_end, shown, "date")),
            suggestion=f"{actual}, {shown}")


def _year(written: str | None, published: date) -> int | None:
    """The written year (two figures in the publication's century), or None."""
    if written is None:
        return None
    year = int(written)
    if len(written) == 2:
        year += published.year // 100 * 100
        if year > published.year + 1:
            year -= 100
    return year

