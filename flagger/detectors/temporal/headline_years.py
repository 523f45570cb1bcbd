"""A headline that dates a change by the year the body gives as its base, or as another year.

"SWISS NET CAPITAL EXPORTS RISE IN 1985" over "net capital exports rose to 11.7 billion francs
last year from 10.0 billion in 1985" (published 1987): the body's change is last year's
(1986), and 1985 is only the year it is measured from. Read so:

- the headline names one year, written or relative, and a change ("rise", "falls", "up",
  "slows", "flat", "increase"), and no other period;
- a lede sentence (the first few) shares a content word with the headline and holds a
  comparison (`compared_periods`) whose base is the headline's year and whose period
  compared is another year, one of the two read from publication ("last year", "this year");
- or the first sentence shares a content word, names a change and dates it by one relative
  year alone that is not the headline's ("the surplus fell ... last year", published 1987,
  under "SURPLUS FALLS IN 1985").

Fiscal years are left alone. Warning (T101), on the headline's year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.compared_periods import comparisons
from flagger.detectors.temporal.period_words import Period, periods
from flagger.report.finding import Finding

LEDE = 3  # body sentences that may tell the headline's change
NEAR = 40  # characters from a comparison word to the relative year that is its base

_CHANGE = lazy(
    r"\b(?:ris(?:e|es|ing)|rose|up|down|fall(?:s|ing)?|fell|slow(?:s|ed|ing|down)?|grow(?:s|n|th)?|"
    r"grew|increas(?:e|es|ed)|declin(?:e|es|ed)|drop(?:s|ped)?|gain(?:s|ed)?|jump(?:s|ed)?|"
    r"climb(?:s|ed)?|soar(?:s|ed)?|surg(?:e|es|ed)|plung(?:e|es|ed)|higher|lower|flat|"
    r"shr[iu]nk(?:s)?|shrank|doubl(?:e|es|ed)|halve[sd]?|quadrupl(?:e|es|ed)|widen(?:s|ed)?|"
    r"narrow(?:s|ed)?)\b", re.IGNORECASE)
_HEAD_YEAR = lazy(r"\b(?:(?P<year>(?:19|20)\d\d)(?![\d/-])|(?P<rel>last|this|next)"
                  r"\s+year)\b", re.IGNORECASE)
_BASE = lazy(r"\b(?:from|after|vs|versus|against|over|than|on)\s+(?:\w+\s+)?$",
             re.IGNORECASE)
_ANY_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_COMPARED = lazy(r"\b(?:from|after|against|compared\s+(?:with|to)|than|versus|vs|"
                 r"over|above|below)\b", re.IGNORECASE)
_FISCAL = lazy(r"\b(?:fiscal|financial\s+year|/\d\d)\b|\d/\d", re.IGNORECASE)
_WORD = lazy(r"[A-Za-z]{3,}")
_QUIET = frozenset({"the", "and", "for", "its", "pct", "mln", "bln", "dlrs", "says", "said",
                    "sees", "expects", "year", "last", "this", "next", "will",
                    "with", "from", "after", "than", "over", "into", "report", "reports",
                    "official", "officials", "total", "figures", "data", "quarter", "first",
                    "second", "third", "fourth"})
_OFFSET = {"last": -1, "this": 0, "next": 1}


def headline_year_conflicts(doc: Document, rule: Rule,
                            skip: frozenset[int] = frozenset()) -> Iterator[Finding]:
    """T101 warnings for a headline's year of a change that the lede gives to another year;
    `skip` holds the headline offsets other headline rules already flag."""
    head, published = doc.headline, doc.article.published
    if head is None or published is None or not doc.sentences:
        return
    title = head.text
    years = list(_HEAD_YEAR.finditer(title))
    if len(years) != 1 or not _CHANGE.search(title) or _FISCAL.search(title):
        return
    said = years[0]
    if said.start() in skip or _BASE.search(title, 0, said.start()):
        return  # "OUTPUT UP 2.4 PCT FROM 1986": the headline's year is its own base
    year = int(said["year"]) if said["year"] else published.year + _OFFSET[said["rel"].lower()]
    words = {w.lower() for w in _WORD.findall(title)} - _QUIET
    words -= {m.group().lower() for m in _CHANGE.finditer(title)}
    for index, sentence in enumerate(doc.sentences[:LEDE]):
        text = doc.text[sentence.start : sentence.end]
        if _FISCAL.search(text) or not words & {w.lower() for w in _WORD.findall(text)}:
            continue
        found = list(periods(doc.text, sentence.start, sentence.end, published))
        other: tuple[Period, ...] | None = _based(doc.text, found, sentence.start,
                                                  sentence.end, year)
        if other is None and index == 0:
            other = _dated(doc.text, found, sentence.start, sentence.end, year)
        if other is not None:
            yield _finding(doc, rule, said, year, other, published)
            return


def _based(text: str, found: list[Period], start: int, end: int,
           year: int) -> tuple[Period, Period] | None:
    """The period compared and base of a comparison whose base is `year` and the period
    another year."""
    for current, base, kind in comparisons(text, found, start, end):
        if kind != "between" and base.months is None and current.months is None \
                and base.year == year and current.year != year \
                and not base.following and not current.following \
                and (current.relative or base.relative):
            return current, base
    return None


def _dated(text: str, found: list[Period], start: int, end: int,
           year: int) -> tuple[Period] | None:
    """The one relative year that dates the sentence's change, when it is not `year`."""
    if len(found) != 1 or not found[0].relative or found[0].months is not None \
            or found[0].year == year or not _CHANGE.search(text, start, end) \
            or _ANY_YEAR.search(text, start, end) \
            or _COMPARED.search(text, max(start, found[0].start - NEAR), found[0].start):
        return None  # another year named, or the relative year is a base ("from last year's")
    return (found[0],)


def _finding(doc: Document, rule: Rule, said: re.Match[str], year: int,
             body: tuple[Period, ...], published: date) -> Finding:
    """The warning on the headline's year, the body's period (and base) related."""
    assert doc.headline is not None
    other, text = body[0], doc.text
    words = text[other.start : other.end]
    message = (f"The headline dates the change to {year}, but the lede reports it for "
               f"“{words}” ({other.year}; published {published.isoformat()})")
    related = [Span(other.start, other.end, words, "period of the same change", "text")]
    if len(body) > 1:
        base = text[body[1].start : body[1].end]
        message += f", measured from “{base}” ({year})"
        related.append(Span(body[1].start, body[1].end, base, "base of the change", "text"))
    return rule.finding(
        doc.headline, said.start(), said.end(), message, score=0.6, severity="warning",
        evidence=(f"headline: {said.group()} = {year}", f"body: {words} = {other.year}"),
        related=tuple(related), suggestion=str(other.year))
