"""One comparison whose figure and base fall in the same year once "last year" is read.

A figure is compared with a base of an earlier period. When one of the two is written with
its year and the other is "last year", read from publication, they must differ:

- a written period and a relative base: "a surplus of 124 bln in 2023, after 86 bln last
  year" (published 2024: "last year" is 2023, the year of the figure itself);
- a relative period and a written base: "returned to profit last year, with net of 43 mln
  against losses of 968 mln in 2023" (published 2024: the base is the year reported).

Only one sentence is read, and only a base that follows a comparison word ("from", "after",
"against", "compared with", "versus") with a figure between and no clause break, finite verb
or other year; the period compared is the nearest year (or "last year") before that word, not
itself a base. Fiscal and split years ("fiscal 2023", "2022/23") are left alone, and so is a
pair the local check of one comparison already flags. Warnings (T101), on the base.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_CUE = lazy(r"last\s+year")
_MARKER = lazy(r"\b(?:from|after|against|compared\s+(?:with|to)|versus|vs)\b",
               re.IGNORECASE)
# "last year" as a base: after a figure, closing the comparison.
_LAST = lazy(r"\blast\s+year\b(?!['’])(?=\s*(?:[,.;)]|$|\s(?:and|but|while)\b))",
             re.IGNORECASE)
# "last year" as the period reported: "last year", "last year's".
_LAST_PERIOD = lazy(r"\blast\s+year(?:['’]s)?\b", re.IGNORECASE)
# A written year as a period: "in 2023", "at the end of 2023", "for 2023"; not "2022/23".
_YEAR = lazy(r"\b(?:in|during|for|of)\s+(?P<year>(?:19|20)\d\d)\b(?![/-]\d)",
             re.IGNORECASE)
# A part of a year: "the third quarter of last year", "in May 2023", "last year's first half".
_PARTS = (r"(?:quarter|half|months?|weeks?|period|season|january|february|march|april|may|"
          r"june|july|august|september|october|november|december)")
_PART_BEFORE = lazy(_PARTS + r"\s+(?:(?:of|in)\s+)?$", re.IGNORECASE)
_PART_AFTER = lazy(r"(?:['’]s)?\s+(?:\w+[- ])?" + _PARTS + r"\b", re.IGNORECASE)
_ANY_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# A year opening a "since" or "until" phrase is no period of the comparison.
_SINCE = lazy(r"(?i)\b(?:since|until|till|before|by)\s+$")
_BREAK = lazy(r"[;:]|\.(?!\d)|\b(?:is|are|was|were|will|would|said|says|to)\b",
              re.IGNORECASE)
_FISCAL = lazy(r"\b(?:fiscal|financial\s+year)\b", re.IGNORECASE)
PART = 30  # characters before a year that may name a part of it


def _part(text: str, floor: int, start: int, end: int) -> bool:
    """Whether the year at `start`..`end` is named only as a part: "the first half of 2023"."""
    return bool(_PART_BEFORE.search(text, max(floor, start - PART), start)
                or _PART_AFTER.match(text, end))


REACH = 80  # characters from a comparison word to its base
SPAN = 160  # characters from the period compared to its comparison word


def same_year_comparisons(doc: Document, rule: Rule,
                          skip: frozenset[int] = frozenset()) -> Iterator[Finding]:
    """T101 warnings for a base of a comparison that falls in the year compared; `skip` holds
    the starts of expressions already flagged or related."""
    published, text = doc.article.published, doc.text
    if published is None or not doc.sentences:
        return
    low = doc.lowered or text.lower()
    last = published.year - 1
    for sentence in doc.sentences:
        start, end = sentence.start, sentence.end
        if not _CUE.search(low, start, end) or str(last) not in text[start:end] \
                or _FISCAL.search(text, start, end):
            continue
        for found in (*_relative_bases(doc, rule, start, end, last),
                      *_written_bases(doc, rule, start, end, last)):
            if found.start not in skip and found.related[0].start not in skip:
                yield found


def _marker_before(text: str, floor: int, start: int) -> re.Match[str] | None:
    """The comparison word whose base starts at `start`: a figure between, nothing else."""
    markers = list(_MARKER.finditer(text, max(floor, start - REACH), start))
    if not markers:
        return None
    tail = text[markers[-1].end() : start]
    if _BREAK.search(tail) or _ANY_YEAR.search(tail) or not any(c.isdigit() for c in tail):
        return None
    return markers[-1]


def _period_before(text: str, floor: int, marker: int) -> re.Match[str] | None:
    """The nearest written year (period) before the comparison word, if nothing but the figure
    lies between and it is not itself a base."""
    years = [m for m in _YEAR.finditer(text, max(floor, marker - SPAN), marker)
             if not _SINCE.search(text, max(floor, m.start("year") - 8), m.start("year"))]
    if not years:
        return None
    year = years[-1]
    between = text[year.end() : marker]
    if _ANY_YEAR.search(between) or _LAST_PERIOD.search(between) or ";" in between:
        return None
    if _marker_before(text, floor, year.start()) is not None:
        return None  # "up from 4 mln in 2023": a base, not the period compared
    return year


def _relative_bases(doc: Document, rule: Rule, start: int, end: int,
                    last: int) -> Iterator[Finding]:
    """"124 bln in 2023, after 86 bln last year" published in 2024."""
    text = doc.text
    for base in _LAST.finditer(text, start, end):
        marker = _marker_before(text, start, base.start())
        if marker is None or _part(text, start, base.start(), base.end()):
            continue
        period = _period_before(text, start, marker.start())
        if period is None or int(period["year"]) != last \
                or _part(text, start, period.start(), period.end("year")):
            continue
        yield _finding(doc, rule, (base.start(), base.end()),
                       (period.start("year"), period.end("year")), last)


def _written_bases(doc: Document, rule: Rule, start: int, end: int,
                   last: int) -> Iterator[Finding]:
    """"returned to profit last year, with 43 mln against losses of 968 mln in 2023"."""
    text = doc.text
    for base in _YEAR.finditer(text, start, end):
        if int(base["year"]) != last:
            continue
        marker = _marker_before(text, start, base.start())
        if marker is None or _part(text, start, base.start(), base.end("year")):
            continue
        periods = [m for m in _LAST_PERIOD.finditer(text, max(start, marker.start() - SPAN),
                                                    marker.start())]
        if not periods:
            continue
        period = periods[-1]
        between = text[period.end() : marker.start()]
        if not _since_only(between):
            continue
        if ";" in between or _marker_before(text, start, period.start()) is not None \
                or _part(text, start, period.start(), period.end()):
            continue
        yield _finding(doc, rule, (base.start("year"), base.end("year")),
                       (period.start(), period.end()), last)


def _since_only(between: str) -> bool:
    """Whether every year in `between` opens a "since" phrase ("for the first time since
    1982"), which names no period of the comparison."""
    return all(_SINCE.search(between[: m.start()]) for m in _ANY_YEAR.finditer(between))


def _finding(doc: Document, rule: Rule, base: tuple[int, int], period: tuple[int, int],
             year: int) -> Finding:
    """The warning on the base at `base`, compared with the period at `period`."""
    text = doc.text
    words, other = text[base[0] : base[1]], text[period[0] : period[1]]
    message = (f"“{words}” is the base of a comparison with “{other}”, but both are {year} "
               f"(“last year” is read from publication): the base should be {year - 1}")
    return rule.finding(doc, base[0], base[1], message, score=0.6, severity="warning",
                        evidence=(f"period compared = {year}", f"base = {year}"),
                        related=(Span(period[0], period[1], other, "period compared"),),
                        suggestion=str(year - 1))
