"""A comparison whose two periods are one, or whose base comes after what it is compared with.

A figure of one period is compared with a base ("from", "after", "following", "against",
"compared with", "than", "below", "above", "a rise over", "an increase of 3 mln over"); the two
periods are read as a news desk reads them (`period_words`): "last year" is the year before
publication, a month or quarter without its year is the latest one begun by publication. When
one of them is read so, the other is written with its year (or is "the same period this year"
beside a month), and they name one period, the figure is compared with itself:

- "rose 2.7 pct last year after a 1986 rise of 4.4 pct" (published 1987);
- "in the first two months of this year from 33.3 pct in January/February 1987" (1987);
- "up 3.4 pct in April compared to the same period this year" (May 2020);
- "will borrow 3 bln in 2023, twice the amount it borrowed last year" (2024);
- "sales in May ... against 4.1 bln in April and 4.6 bln in May this year" (June 2024): a
  second base listed after "and";
- "stocks in June ... up 0.2 pct from the previous month and up 1.9 pct from the same month
  this year" (August 2024): a second comparison of the same period.

A base that comes after its period ("72,374 tonnes in 1986 from 52,403 tonnes the following
year"; "from 1.30 dlrs this year to 1.50 dlrs in 1987" names one year twice) and an interval
that runs backwards ("between July 1986 and February last year", published 1987) are flagged
too (a year apart at most, both with their years). Only one sentence is read, with a figure
in the frame and beside the base, no clause break between the comparison word and either
period, no plan as the base ("the projected expenditure this year") and no period that is
itself the base of an earlier comparison word; fiscal, crop and marketing years and years
ended in another month are left alone, and so is a part without its year in an article that
names them. Warnings (T101), on the period read from publication.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS
from flagger.detectors.temporal.period_words import Period, periods
from flagger.report.finding import Finding

# "From" a source is no base: "profit from continuing operations", "ore from its Kestrel
# mine". A multiple names its base ("twice the amount it borrowed last year"). A currency is
# no base ("the won rose 4.5 pct against the dollar this year"), nor is a bound ("more than 4.5
# pct").
_MARKER = lazy(
    r"\b(?:(?P<from>from(?!\s+(?:(?:continuing|discontinued)\s+)?operations\b|\s+(?:its|their)"
    r"\s+(?-i:[A-Z])))|(?P<after>after|following)|against(?!\s+(?:the\s+)?(?:u\.s\.\s+)?"
    r"(?:dollar|dlr|yen|mark|sterling|pound|franc|currencies|basket)s?\b)|"
    r"compar(?:ed|es)\s+(?:with|to)|than(?!(?:(?<=more than)|(?<=less than))\s+[\d$])|"
    r"versus|vs|below|above|(?:up|down)\s+on|"
    r"(?P<times>double|twice|triple|treble)\s+(?=the\s+amount\b)|"
    r"(?:increase|rise|gain|growth|decline|drop|fall|improvement)s?\s+(?:of\s+(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+)?[$£€]?\d[\d.,]*\s+(?:[a-z]+\s+){0,3})?over)\b", re.IGNORECASE)
_CUE = lazy(r"\b(?:from|after|following|against|compared|compares|than|versus|vs|below|"
            r"above|over|between|(?:up|down)\s+on|double|twice|triple|treble)\b")
# Every pair with a period read from publication names a year: "last year", "the same period
# this year", "in April ... April 1986".
_YEARISH = lazy(r"year|(?:19|20)\d\d")
_BREAK = lazy(r";|:|\.\s|\b(?:said|says|while|whereas|but|which|who)\b",
              re.IGNORECASE)
_FISCAL = lazy(  # on the lowered text
    r"\b(?:fiscal|financial\s+year|crop\s+year|marketing\s+year|seasons?\b|(?:year|quarter|period|"
    r"months?|half)\s+(?:ended|ending|to)\s+(?:end-?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\b)|\d\d/\d\d")
# A comma, then a finite verb: a new clause with its own time ("after reducing it in 1986,
# consumer spending will contribute less than last year").
_NEW_CLAUSE = lazy(r",\s[^,]*\b(?:will|would|is|are|was|were|has|have|had|did|does)\b",
                   re.IGNORECASE)
# A plan is compared with the outcome of its own period ("lower than the projected
# expenditure this year").
_PLAN = lazy(r"\b(?:project|budget|forecast|estimat|expect|plann|target|goal|"
             r"aim|envisag|initial|original)", re.IGNORECASE)
_TO = lazy(r"\bto\b", re.IGNORECASE)
_BETWEEN = lazy(r"\bbetween\s+$", re.IGNORECASE)
_AND = lazy(r"\s+and\s+", re.IGNORECASE)
_AND_WORD = lazy(r"\band\b", re.IGNORECASE)
_COMMA = lazy(r",(?!\d{3}\b)")  # a clause comma, not one inside "273,300"
_OF = lazy(r"\b(?:in|of|for|during)\s+(?:the\s+)?$", re.IGNORECASE)
# A verb: a new clause, not another base of a list.
_VERB = lazy(r"\b(?:is|are|was|were|will|would|has|have|had|rose|fell|grew|increased|"
             r"decreased|declined|said)\b", re.IGNORECASE)
# A figure: a digit, or a number word before its unit ("one pct", "two billion").
_DIGIT = lazy(rf"\d|\b(?:{NUMBER_WORDS})\s+(?:pct|percent|per\s+cent|points?|mln|"
              rf"million|bln|billion|tonnes|tons|dlrs|dollars)\b", re.IGNORECASE)
REACH = 80  # characters from a comparison word to its base
SPAN = 150  # characters from the period compared to its comparison word
AROUND = 60  # characters around the frame that may hold its figure
NEAR = 40  # characters from a comparison word to a period that is its base, not a new period
AFTER = 30  # characters after a base that may hold its figure ("a 1986 rise of 4.4 pct")


def period_comparisons(doc: Document, rule: Rule,
                       skip: frozenset[int] = frozenset()) -> Iterator[Finding]:
    """T101 warnings for a comparison of a period with itself or with a later period; `skip`
    holds the starts of expressions other rules already flag or relate."""
    published, text = doc.article.published, doc.text
    if published is None or not doc.sentences:
        return
    low = doc.lowered or text.lower()
    fiscal: bool | None = None  # whether the article names fiscal years, read when needed
    for sentence in doc.sentences:
        start, end = sentence.start, sentence.end
        if not _YEARISH.search(low, start, end) or not _CUE.search(low, start, end) \
                or _FISCAL.search(low, start, end):
            continue
        found = list(periods(text, start, end, published))
        if any(p.yearless for p in found):
            fiscal = bool(_FISCAL.search(low)) if fiscal is None else fiscal
            found = [p for p in found if not fiscal or not p.yearless]
        if len(found) < 2 or not any(p.relative for p in found):
            continue
        for current, base, kind in comparisons(text, found, start, end):
            problem = _problem(current, base, kind, published)
            if problem is None or not _figure(text, found, current, base, start, end) \
                    or not _measured(text, base, kind, end):
                continue
            finding = _finding(doc, rule, current, base, problem, published)
            if finding.start not in skip and finding.related[0].start not in skip:
                yield finding


def comparisons(text: str, found: list[Period], start: int,
            end: int) -> Iterator[tuple[Period, Period, str]]:
    """(period compared, base, how) for each comparison ("from", "than") and interval
    ("between") of one sentence."""
    for marker in _MARKER.finditer(text, start, end):
        base = _base(text, found, marker)
        if base is None:
            continue
        if marker["from"]:
            later = next((p for p in found if p.start >= base.end), None)
            if later is not None and later.start - base.end <= REACH \
                    and _TO.search(text, base.end, later.start) \
                    and not _blocked(text, base.end, later.start):
                yield later, base, "from"  # "from 1.30 this year to 1.50 in 1987"
                continue
        current = next((p for p in reversed(found) if p.end <= marker.start()), None)
        if current is None or marker.start() - current.end > SPAN \
                or _blocked(text, current.end, marker.start(), parallel=True) \
                or _NEW_CLAUSE.search(text, current.end, marker.start()) \
                or _is_base(text, found, current, start):
            continue
        kind = "times" if marker["times"] else "than"
        yield current, base, "from" if marker["from"] or marker["after"] else kind
        for listed in _listed(text, found, base):
            yield current, listed, kind  # compared with it, never "later"
    for first, second in itertools.pairwise(found):
        if _BETWEEN.search(text, max(start, first.start - 9), first.start) \
                and _AND.fullmatch(text, first.end, second.start):
            yield second, first, "between"  # "between July 1986 and February last year"


def bases(text: str, found: list[Period], start: int, end: int) -> Iterator[Period]:
    """The base of each comparison word of one sentence, and the bases listed after it, with
    or without a period compared ("compared with 4.2 bln in May 2022")."""
    for marker in _MARKER.finditer(text, start, end):
        if (base := _base(text, found, marker)) is not None:
            yield base
            yield from _listed(text, found, base)


def unnamed_bases(text: str, found: list[Period], start: int, end: int) -> Iterator[Period]:
    """The bases of comparison words with no period compared before them in the sentence, only
    a figure ("rose to 38.3 bln from 30.1 bln in January, compared with 36.0 bln in February
    this year": both bases, and the figure's period is unnamed)."""
    for marker in _MARKER.finditer(text, start, end):
        base = _base(text, found, marker)
        if base is None or not _DIGIT.search(text, start, marker.start()) \
                or _PLAN.search(text, start, end):
            continue
        earlier = {b.start for b in bases(text, found, start, marker.start())}
        if all(p.start in earlier for p in found if p.end <= marker.start()):
            yield base


def _base(text: str, found: list[Period], marker: re.Match[str]) -> Period | None:
    """The period right after a comparison word, with no clause break between."""
    base = next((p for p in found if p.start >= marker.end()), None)
    if base is None or base.start - marker.end() > REACH \
            or _blocked(text, marker.end(), base.start):
        return None
    return base


def _listed(text: str, found: list[Period], base: Period) -> Iterator[Period]:
    """The bases listed after `base`, each with its figure after "and", no comma (but those
    of "273,300"), and "in" or "of" before it ("compared with 4.1 bln in April and 4.6 bln in
    May 2023")."""
    for period in (p for p in found if p.start >= base.end):
        if period.start - base.end > REACH or not _AND_WORD.search(text, base.end, period.start) \
                or _COMMA.search(text, base.end, period.start) \
                or not _OF.search(text, base.end, period.start) \
                or not _DIGIT.search(text, base.end, period.start) \
                or _VERB.search(text, base.end, period.start) \
                or _blocked(text, base.end, period.start):
            return
        yield period
        base = period


def _is_base(text: str, found: list[Period], period: Period, start: int) -> bool:
    """Whether `period` is itself the base of an earlier comparison word ("less than half the
    amount spent in 1985"), with no other period between."""
    markers = list(_MARKER.finditer(text, max(start, period.start - REACH), period.start))
    if not markers or period.start - markers[-1].end() > NEAR:
        return False
    at = markers[-1].end()
    return not _blocked(text, at, period.start) and not any(
        at <= p.start < period.start for p in found)


def _blocked(text: str, start: int, end: int, parallel: bool = False) -> bool:
    """Whether a clause break or another comparison word lies in text[start:end]; with
    `parallel`, a comparison word followed by "and" is a first base of the same period ("up
    0.2 pct from the previous month and up 1.9 pct from ...")."""
    return bool(_BREAK.search(text, start, end)) or any(
        not parallel or not _AND_WORD.search(text, marker.end(), end)
        for marker in _MARKER.finditer(text, start, end))


def _problem(current: Period, base: Period, kind: str, published: date) -> str | None:
    """"same" when the two name one period, "later" when the base (or an interval's start)
    comes after the period; None when they agree or neither is read from publication."""
    if current.relative == base.relative and not (
            current.yearless and (base.same or _named(base, current, published))):
        return None  # one side written with its year, a month and "the same period" or
        # "February" and "February this year"
    if published.month == 1 and any(p.relative and p.year == published.year
                                     for p in (current, base)):
        return None  # early January, "this year" may still be the year just ended
    if base.following:
        return "later" if kind == "from" and not current.following else None
    if current.following:
        return None
    if current.year == base.year and (current.months == base.months or base.same
                                      or current.same):
        return "same" if kind != "between" else None
    if kind in ("from", "between") and base.first > current.last \
            and base.year - current.year <= 1 and not (current.yearless or base.yearless) \
            and (kind == "from" or current.months != base.months):
        return "later"  # "between February this year and February 1986" compares two years
    return None


def _named(period: Period, month: Period, published: date) -> bool:
    """Whether `period` names the same months as a month without its year, both of the
    publication year ("February this year" beside "February"; "December last year" beside
    "December" in February may count from the December)."""
    return period.relative and not period.yearless and period.months == month.months \
        and period.year == month.year == published.year


def _figure(text: str, found: list[Period], current: Period, base: Period, start: int,
            end: int) -> bool:
    """Whether a figure (a digit outside the periods) sits in or around the frame."""
    low, high = min(current.start, base.start), max(current.end, base.end)
    low, high = max(start, low - AROUND), min(end, high + AROUND // 2)
    spans = [(p.start, p.end) for p in found]
    return any(not any(a <= m.start() < b for a, b in spans)
               for m in _DIGIT.finditer(text, low, high))


def _measured(text: str, base: Period, kind: str, end: int) -> bool:
    """Whether the base is an outcome measured by a figure: a digit just before or after it,
    or a margin before "than" ("will be 160 mln lower than last year"), or "the same period"
    or "twice the amount", a base by its words; and no plan ("the budgeted 199 mln")."""
    if kind == "between":
        return True
    markers = list(_MARKER.finditer(text, max(0, base.start - REACH), base.start))
    before = text[markers[-1].end() if markers else max(0, base.start - AFTER) : base.start]
    after = text[base.end : min(end, base.end + AFTER)]
    if _PLAN.search(before) or _PLAN.search(after):
        return False
    margin = markers[-1].start() if markers and kind == "than" else None
    return base.same or kind == "times" or _DIGIT.search(before) is not None \
        or _DIGIT.search(after) is not None \
        or (margin is not None and _DIGIT.search(text, max(0, margin - AFTER), margin) is not None)


def _finding(doc: Document, rule: Rule, current: Period, base: Period, problem: str,
             published: date) -> Finding:
    """The warning on the period read from publication, its partner related."""
    text = doc.text
    relative = [p for p in (current, base) if p.relative and not p.following]
    flagged = min(relative or [base], key=lambda p: p.yearless)  # "this year" before "April"
    other = base if flagged is current else current
    said, partner = text[flagged.start : flagged.end], text[other.start : other.end]
    if flagged.same and flagged.months is None:
        flagged = replace(flagged, months=other.months)  # "the same period this year"
    read = _shown(flagged, other)
    if problem == "same":
        message = (f"“{said}” is {read} (published {published.isoformat()}), the same period "
                   f"as “{partner}” it is compared with")
    else:
        message = (f"The base “{text[base.start : base.end]}” ({_shown(base, current)}) comes "
                   f"after the period it is compared with, “{text[current.start : current.end]}"
                   f"” ({_shown(current)}; published {published.isoformat()})")
    return rule.finding(
        doc, flagged.start, flagged.end, message, score=0.7, severity="warning",
        evidence=(f"{said} = {read}", f"{partner} = {_shown(other, flagged)}"),
        related=(Span(other.start, other.end, partner, "compared with"),))


def _shown(period: Period, other: Period | None = None) -> str:
    """A period in words: "1986", "January-February 1987", "the year after 1986"."""
    if period.following:
        return f"the year after {other.year}" if other else "the following year"
    if period.months is None:
        return str(period.year)
    first, last = (date(period.year, m, 1).strftime("%B") for m in period.months)
    return f"{first} {period.year}" if first == last else f"{first}-{last} {period.year}"
