"""T107: a count of years, months or decades tied by grammar to the years it spans ("the
first three full years of operation from 1989 through 1992": four; "a 30-month run ... in
1993-94": at most 24; "more than two decades (2005 through 2017)": 13; "three years to set
its baseline — 2019 and 2020 —": two).

The count and its years stand in one noun phrase: the count, at most six words that continue it
(the noun of "N-year", or a preposition after "N years"; no participle or verb of a second
predicate), then "from" or "between" a range, the range in parentheses or after a comma, dash
or colon, or "in" a range that contains the span. A range counts the ends apart or both
included, but full (calendar, whole) years "through" the last include both; "in" bounds the
count from above only. A list of single years in parentheses or dashes, at most eight words on,
is counted, as is a run of things "in a row" with its years listed, one a year ("four titles in
a row — 2014, 2015 and 2016 —": three). Rounding words are bounds ("more than" fails only when
the span is shorter); a decade allows five years. A count of the last, next or remaining years
is a part of the range; a look-back ("a 10-year high"), a security's or rate's term ("the
30-year mortgage rate") and a moving average are not spans; "in" a range is read only of what
happens in it ("run", "stint", ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations import recache
from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.report.finding import Finding

_Y = r"(?:1[6-9]|20)\d\d"
_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_ROUGH = (r"(?:(?P<rough>more\s+than|over|at\s+least|nearly|almost|less\s+than|under|"
          r"up\s+to|about|some|around|roughly|approximately)\s+)?")
_COUNT = (rf"\b{_ROUGH}(?P<n>{_NUM})[\s-]+"
          r"(?:(?P<adj>full|straight|consecutive|calendar|whole)\s+)?(?P<unit>year|month|decade)s?\b")
_GAP = r"(?P<gap>(?:\s+[a-z]+){0,6}?)"
_LIST_GAP = r"(?P<gap>(?:\s+[a-z]+){0,8}?)"
_JOIN = r"(?P<join>\s*[-–]\s*|\s+(?:to|through|thru|until|till|and)\s+)"
_RANGE = rf"(?P<first>{_Y}){_JOIN}(?P<last>{_Y}|(?<=[-–])\d\d|(?<=[-–]\s)\d\d)\b(?![/-]\d)"
# "N years of operation from 1989 through 1992", "N years (2005 through 2017)", "the
# four-year period, 1984 to 1989", "a 30-month run in 1993-94"
_SPAN = recache.compile(  # compiled now: `_attached` tells its matches by `match.re is _SPAN`
    rf"{_COUNT}{_GAP}(?P<open>,?\s+(?:from|between|covering|spanning)\s+(?:the\s+years?\s+)?|"
    rf"\s*\(|\s*,\s*|\s*(?:—|--|:)\s*|\s+(?:in|during)\s+)"
    rf"{_RANGE}(?!\s*(?:,|and|&)\s*{_Y})", re.IGNORECASE)
# "three years to set its baseline — 2019 and 2020 —", "two years (2019, 2020 and 2021)"
_LIST = lazy(
    rf"{_COUNT}{_LIST_GAP}\s*(?P<open>\(|—|--|:)\s*"
    rf"(?P<years>{_Y}(?:\s*,\s*{_Y})*,?\s+and\s+{_Y})\s*(?:\)|—|--|[.;,])", re.IGNORECASE)
# "four state titles in a row — 2014, 2015 and 2016 —": a run of one a year, its years listed
_ROW = lazy(
    rf"\b(?P<rough>)(?P<n>{_NUM})\s+(?:(?:straight|consecutive|successive)\s+)?"
    rf"(?P<unit>(?:[a-z]+\s+){{0,2}}?[a-z]+s)\s+in\s+a\s+row(?P<gap>)\s*(?P<open>\(|—|--|:)\s*"
    rf"(?P<years>{_Y}(?:\s*,\s*{_Y})*,?\s+and\s+{_Y})\s*(?:\)|—|--|[.;,])", re.IGNORECASE)
_YEARS = lazy(_Y)
_HAS = lazy(rf"{_Y}(?:\s*[-–]\s*\d\d|\s+(?:to|through|thru|until|till|and)\s+{_Y}"
            rf"|\s*,\s*{_Y})")  # a cheap test first
# a gap word that opens a second predicate or another measure of time
_STOP = frozenset(("and", "or", "but", "which", "that", "while", "is", "was", "are", "were", "be",
                   "been", "has", "have", "had", "ago", "later", "earlier", "old", "after",
                   "before", "since", "each", "every", "per", "a", "an", "last", "past", "next",
                   "remaining", "other", "until", "till", "than", "will", "would"))
# nouns a count names without lasting over the range: a look-back ("a 10-year high"), a term
# of a security or a rate ("the 30-year mortgage rate"), an average over a moving window
_NOT_SPANS = frozenset((
    "high", "highs", "low", "lows", "peak", "peaks", "record", "records", "best", "worst",
    "anniversary", "mortgage", "mortgages", "bond", "bonds", "note", "notes", "bill", "bills",
    "treasury", "treasuries", "gilt", "gilts", "yield", "yields", "loan", "loans", "debt",
    "paper", "securities", "swap", "swaps", "rate", "rates", "average", "averages", "mean",
    "rolling", "moving", "trailing", "basis", "return", "returns", "growth", "change", "changes",
    "maturity", "maturities", "warranty", "guarantee", "cycle", "cycles"))
# what happens inside the years it is "in": "a 30-month run at the theatre in 1993-94"
_OCCURS = frozenset(("run", "stint", "stay", "spell", "stretch", "streak", "tour", "period",
                     "span", "drought", "campaign", "tenure", "residency", "engagement", "trip",
                     "visit", "absence", "war", "strike", "freeze", "hiatus", "recession",
                     "boom", "slump", "investigation", "battle", "career", "reign", "rule"))
_PREPOSITIONS = frozenset(("of", "at", "in", "on", "for", "to", "as", "under", "with"))
_PARTIAL = lazy(r"\b(?:last|past|next|final|remaining|previous|other|another)\s+$",
                re.IGNORECASE)
_LOWER = ("more than", "over", "at least")
_UPPER = ("nearly", "almost", "less than", "under", "up to")
_TWO_DIGITS = 2


@dataclass(frozen=True)
class _Told:
    """A count and what the years it should span allow, in years and in months."""

    n: int
    unit: str
    rough: str
    years: tuple[int, int]  # whole years the span counts, at least and at most
    months: tuple[int, int]  # months it lasts, at least and at most
    where: tuple[int, int]  # the offsets of the years


def year_span_conflicts(doc: Document, rule: Rule, skip: frozenset[int]) -> Iterator[Finding]:
    """T107: a count the range or list of years in its noun phrase contradicts; counts whose
    start is in `skip` are another rule's."""
    text = doc.text
    for sentence in doc.sentences:
        if not _HAS.search(sentence.text):
            continue
        row = " in a row" in sentence.text
        for pattern, read in ((_SPAN, _spanned), (_LIST, _listed), (_ROW, _rowed)):
            if pattern is _ROW and not row:
                continue
            for match in pattern.finditer(text, sentence.start, sentence.end):
                told = read(match)
                if (told is None or match.start("n") in skip or not _attached(match)
                        or _PARTIAL.search(text, max(match.start() - 12, 0), match.start())):
                    continue
                if not _fits(told):
                    yield _finding(doc, rule, match, told)


def _attached(match: re.Match[str]) -> bool:
    """Whether the words between the count and its years continue its noun phrase: the noun
    of "N-year", or a preposition after "N years"; no participle ("losses incurred") or verb
    of a second predicate."""
    words = match["gap"].lower().split()
    if (_STOP.intersection(words) or _NOT_SPANS.intersection(words)
            or any(w.endswith("ed") for w in words)):
        return False
    if match.re is _SPAN and match["open"].strip().lower() in ("in", "during") and (
            not words or words[0] not in _OCCURS):
        return False  # "in" a range holds only what happens within it
    if match.re is _SPAN and any(w.endswith("ing") for w in words):
        return False
    hyphened = match.string[match.end("n") : match.end("n") + 1] == "-"
    return not words or hyphened or words[0] in _PREPOSITIONS


def _spanned(match: re.Match[str]) -> _Told | None:
    """The count and what its range of years allows."""
    first, last = int(match["first"]), match["last"]
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    join = match["join"].strip().lower()
    opened = match["open"].strip().lower()
    if (end <= first or end - first > 60 or (join == "and") != opened.startswith("between")
            or (len(last) == _TWO_DIGITS and join not in ("-", "–"))):
        return None
    apart = end - first
    if opened in ("in", "during"):  # a span inside the years
        years, months = (0, apart + 1), (0, 12 * (apart + 1))
    elif join in ("through", "thru") and (match["adj"] or "").lower() in ("full", "calendar",
                                                                         "whole"):
        # whole years "through" the last: both included ("eight-year period (2009 through
        # 2017)" is written for eight years too)
        years, months = (apart + 1, apart + 1), (12 * apart + 1, 12 * (apart + 1))
    else:
        years, months = (apart, apart + 1), (12 * (apart - 1) + 1, 12 * (apart + 1))
    return _told(match, years, months, (match.start("first"), match.end("last")))


def _listed(match: re.Match[str]) -> _Told | None:
    """The count and the years listed."""
    years = {int(y) for y in _YEARS.findall(match["years"])}
    if match["unit"].lower() != "year" or len(years) < 2 or match["rough"]:
        return None
    return _told(match, (len(years), len(years)), (12 * len(years), 12 * len(years)),
                 (match.start("years"), match.end("years")))


def _rowed(match: re.Match[str]) -> _Told | None:
    """A run of things "in a row" and the years listed, one a year."""
    years = {int(y) for y in _YEARS.findall(match["years"])}
    n = cardinal(match["n"])
    if n is None or len(years) < 2:
        return None
    return _Told(n, "year", "", (len(years), len(years)), (12 * len(years), 12 * len(years)),
                 (match.start("years"), match.end("years")))


def _told(match: re.Match[str], years: tuple[int, int], months: tuple[int, int],
          where: tuple[int, int]) -> _Told | None:
    n = cardinal(match["n"])
    if n is None:
        return None
    return _Told(n, match["unit"].lower(), (match["rough"] or "").lower(), years, months, where)


def _fits(told: _Told) -> bool:
    """Whether the count, within what its wording allows, fits what the years allow."""
    low, high = told.months if told.unit == "month" else told.years
    least = most = told.n * (10 if told.unit == "decade" else 1)
    if told.unit == "decade":
        least, most = least - 5, most + 5
    return rough_fits(least, most, told.rough, low, high)


def rough_fits(least: int, most: int, rough: str, low: int, high: int) -> bool:
    """Whether a count read as [least, most], widened by its wording ("more than", "nearly",
    "about"), meets what its span allows, [low, high]."""
    if rough in _LOWER:
        most = 10**6
    elif rough in _UPPER:
        least = 0
    elif rough:
        slack = max(1, least // 4)
        least, most = least - slack, most + slack
    return least <= high and most >= low


def _finding(doc: Document, rule: Rule, match: re.Match[str], told: _Told) -> Finding:
    """The finding on the count, with what the years allow in the message."""
    shown = doc.text[told.where[0] : told.where[1]]
    unit = "months" if told.unit == "month" else "years"
    low, high = told.months if told.unit == "month" else told.years
    allows = (f"at most {high} {unit}" if low == 0 else f"{low} {unit}" if low == high
              else f"{low} to {high} {unit}")
    end = match.end("unit") + (doc.text[match.end("unit") : match.end("unit") + 1] == "s")
    said = doc.text[match.start() : end]
    count = (f"{told.n * 10} years" if told.unit == "decade"
             else f"{told.n} {told.unit}{'s' if told.n != 1 else ''}")
    if told.rough:
        count = f"{told.rough} {count}"
    return rule.finding(
        doc, match.start("n"), end,
        f"“{said}” counts {count}, but “{shown}” makes {allows}", score=0.8,
        evidence=(match.group(), shown), related=(Span(*told.where, shown, "years"),))
