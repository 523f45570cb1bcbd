"""Year-ago bases of one comparison that name different years.

A figure is compared with the same period a year before. When that base is named twice, or
named both relatively and with its year, the two must agree:

- "the same 1985 period" (or "the comparable period of 1985") is the year before the period
  it follows: "the first five months of this year ... up 24 pct from the same 1985 period"
  (published 1987: this year is 1987, so the same period is 1986's);
- a written base ("up from 4.0 billion dlrs in 1984", "from 489,000 in January 1985") and a
  relative one ("from the previous year", "a year ago", "in the same month last year",
  "February last year") of one comparison frame: the sentence, or a neighbour whose every
  date is itself a base (it restates the comparison and has no period of its own). The
  relative base counts from the period reported before it ("in 1986 ... the previous year"
  is 1985), or from publication ("last year", "a year ago").

A base is a date after a comparison word ("from", "compared with", "against", "than", "over
the") and a figure, with no finite verb, "to" or other date between; "more than 5 mln" and
"below 70 pct" are amounts, and "this year" is never a base. A written base is compared only
with relative bases of the same reported period, and not with a base it is itself the base
of ("1.52 bln last year, up from 1.01 bln in 1985"). A written base two or more years away
from the relative one is a deliberate longer comparison, and early in a year "last year" may
still mean the year before the results just reported, so both readings are accepted then.
Warnings (T101), on the written base.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# The words a year-ago base is written with: only their sentences and neighbours are read.
# (Scanned in the lower-cased text: a case-blind scan of every article costs more.)
_CUE = lazy(r"year\s+(?:ago|earlier|before)|(?:previous|prior|preceding|last)\s+year|"
            r"same|comparable|corresponding")
# A comparison word before a base, with the figure compared after it.
# (Not "more than 5 mln", "over 5 mln", "below 70 pct": amounts, not bases.)
_MARKER = lazy(r"(?i)\b(?:from|compared\s+(?:with|to)|against|versus|vs|"
               r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!rather\s)than|over(?=\s+the\b))\b")
_CLAUSE = lazy(r"[;:]|\.(?!\d)")
_BARE = lazy(r"(?i)\s+(?:in\s+)?(?:the\s+)?")
# A finite verb after "from" ends the comparison ("Turnover from its units was 700 mln in"),
# and "to" names the figure it came to ("from 5.1 pct in 2023 to last year's 5.6 pct").
_VERB = lazy(r"(?i)\b(?:is|are|was|were|will|would|should|could|said|says|to)\b")
_REPORT = lazy(r"(?i)(?:in\s+)?(?:this|last|next)\s+year(?:['’]s)?")
_RELATIVE = lazy(
    r"(?i)\b(?:(?P<anchored>(?:a|one)\s+year\s+(?:ago|earlier|before)|"
    r"the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+(?:before|earlier))"
    r"(?:(?<=ago)|(?=\s*(?:[,.;)]|$)|\s+(?:and|but|while|when|as)\b))|"
    r"(?P<deictic>(?:the\s+same\s+(?P<unit>period|month|quarter|time)\s+|"
    r"(?P<month>" + "|".join(_MONTHS) + r")\s+)?last\s+year))\b")
# "the same 1985 period", "the comparable 1987 quarter"
_SAME_BEFORE = lazy(r"(?i)\b(?:from|compared\s+(?:with|to)|against|versus|vs|than|over|"
                    r"above|below|on)\s+(?:in\s+)?the\s+(?:same|comparable|corresponding|"
                    r"year-earlier|year-ago)\s+$")
_PERIOD_AFTER = lazy(r"(?i)\s*(?:period|quarter|months|month|half|time|point|level)\b")
# "the same period in 1985", "the comparable quarter of 1986"
_SAME_AFTER = lazy(r"(?i)\b(?:from|compared\s+(?:with|to)|against|versus|vs|than|over|"
                   r"above|below|on|in|with)\s+the\s+(?:same|comparable|corresponding)\s+"
                   r"(?:[a-z-]+\s+)?"
                   r"(?:period|quarter|months|month|half|time|point|weeks)\s+(?:in|of)\s+$")
# A base followed at once by its own base: "1.52 bln last year, up from 1.01 bln in 1985".
_CHAIN = lazy(r"(?i)\s*,?\s*(?:and\s+)?(?:(?:up|down|rising|falling|rose|fell)\s+)?"
              r"(?:from|against|compared\s+(?:with|to)|versus|vs)\b(?:[^.;]|\.\d)*$")
_YEAR = lazy(r"\b(?:1[6-9]|20)\d\d\b")
REACH = 100  # characters from a comparison word to its base
EARLY = 4  # until April "last year" may count from the results of the year before


@dataclass(frozen=True, slots=True)
class _Base:
    """A relative base of comparison: its place, the year (and month) it names."""

    start: int
    end: int
    text: str
    year: int
    month: int | None  # "February last year"
    grain: str  # "year", "month", or "any" ("a year earlier", "the same period last year")
    loose: bool  # counted from publication ("last year", "a year ago")
    season: bool  # the year before a split year ("1986/87 ... the previous year")
    key: int | None  # where the period it is the base of starts, when its sentence names one


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence's comparison parts."""

    written: list[tuple[TimeExpression, int | None]]  # "from 4.0 bln in 1984", with its key
    same: list[TimeExpression]  # "the same 1985 period"
    relative: list[_Base]
    reports: list[TimeExpression]  # the periods reported: "in 1986", "this year"


def _written_year(tx: TimeExpression) -> int | None:
    """The first four-digit year written in `tx` ("1984/85" gives 1984)."""
    found = _YEAR.search(tx.text)
    return int(found.group()) if found else None


def _compared(text: str, floor: int, start: int, figure: bool,
              taken: tuple[int, ...] = ()) -> bool:
    """Whether the nearest comparison word before `start` in its clause is followed by a
    figure (or, unless `figure`, directly by the base): "up from 4.0 bln in 1984"."""
    markers = list(_MARKER.finditer(text, max(floor, start - REACH), start))
    if not markers:
        return False
    tail = text[markers[-1].end() : start]
    if _CLAUSE.search(tail) or _VERB.search(tail) \
            or any(markers[-1].end() < t < start for t in taken):
        return False
    return any(c.isdigit() for c in tail) or (not figure and _BARE.fullmatch(tail) is not None)


def _same(text: str, tx: TimeExpression, floor: int) -> bool:
    """"the same 1985 period", "the same period in 1985": a year-ago base by its wording."""
    before = text[max(floor, tx.start - 60) : tx.start]
    if _SAME_AFTER.search(before):
        return True
    return bool(_SAME_BEFORE.search(before)) and (
        _PERIOD_AFTER.match(text, tx.end) is not None
        or tx.text.lower().endswith(("period", "quarter", "half")))


def _reported(tx: TimeExpression) -> bool:
    """A period reported: a written year ("in 1986", "1986/87"), a yearless month read in
    its year, or "this / last / next year" (not a yearless quarter, whose year is a guess)."""
    if tx.first is None or tx.ago:
        return False
    if tx.explicit:
        return tx.has_year or tx.granularity == "month"
    return tx.deictic and tx.granularity == "year" and _REPORT.fullmatch(tx.text) is not None


def _report(reports: list[TimeExpression], before: int) -> TimeExpression | None:
    """The last period reported before `before`."""
    earlier = [tx for tx in reports if tx.end <= before]
    return earlier[-1] if earlier else None


def _year_of(tx: TimeExpression) -> int | None:
    """The (first) year a reported period names."""
    return _written_year(tx) if tx.has_year else tx.first.year if tx.first else None


def _read(doc: Document, index: int, dates: list[TimeExpression], published: date) -> _Sentence:
    """Sort the dates of one sentence into bases and reported periods."""
    text, sentence = doc.text, doc.sentences[index]
    floor = sentence.start
    matches = [m for m in _RELATIVE.finditer(text, floor, sentence.end)
               if m.group("anchored") or m.group("unit")
               or _compared(text, floor, m.start(), figure=False)]
    spans = [(m.start(), m.end()) for m in matches]  # a "last year" left is a period reported
    dates = [tx for tx in dates if not any(a <= tx.start < b for a, b in spans)]
    taken = tuple(sorted([tx.start for tx in dates] + [a for a, _ in spans]))
    written, same, reports = [], [], []
    for tx in dates:
        if tx.explicit and tx.has_year and _same(text, tx, floor):
            same.append(tx)
        elif tx.deictic and _reported(tx):
            reports.append(tx)  # "this year", "next year": never a year-ago base
        elif _compared(text, floor, tx.start, figure=True):
            if tx.explicit and tx.has_year and _compared(text, floor, tx.start, True, taken):
                report = _report(reports, tx.start)
                written.append((tx, None if report is None else report.start))
        elif _reported(tx):
            reports.append(tx)
    relative = []
    for match in matches:
        base = _relative(text, match, floor, reports, published)
        if base is not None:
            relative.append(base)
    return _Sentence(written, same, relative, reports)


def _relative(text: str, match: re.Match[str], floor: int,
              reports: list[TimeExpression], published: date) -> _Base | None:
    """The relative base `match` names, with its year; None when it is no base."""
    unit, month = match.group("unit"), match.group("month")
    report = _report(reports, match.start())
    key = None if report is None else report.start
    if match.group("anchored") is None:
        grain = "month" if month or unit == "month" else "any" if unit else "year"
        number = _MONTHS.index(month.lower()) + 1 if month else None
        return _Base(match.start(), match.end(), match.group(), published.year - 1, number,
                     grain, True, False, key)
    year = None if report is None else _year_of(report)
    ago = match.group().lower().endswith("ago")
    if year is None:
        if not ago:
            return None  # "a year earlier" than a period not named here
        return _Base(match.start(), match.end(), match.group(), published.year - 1, None,
                     "any", True, False, key)
    assert report is not None
    return _Base(match.start(), match.end(), match.group(), year - 1, None, "any", False,
                 report.range_start, key)


def year_ago_conflicts(doc: Document, rule: Rule,
                       skip: frozenset[int] = frozenset()) -> Iterator[Finding]:
    """T101 warnings for a written base that a year-ago base of its comparison rules out;
    `skip` holds the starts of expressions already flagged."""
    published, text = doc.article.published, doc.text
    if published is None or not doc.sentences:
        return
    # A conflict needs a written year, so only the sentences beside one are scanned.
    years = {doc.sentence_index(tx.start) for tx in doc.dates if tx.explicit and tx.has_year}
    low = doc.lowered or text.lower()
    cued = {i for i in years | {i - 1 for i in years} | {i + 1 for i in years}
            if 0 <= i < len(doc.sentences)
            and _CUE.search(low, doc.sentences[i].start, doc.sentences[i].end)}
    if not cued:
        return
    wanted = cued | {i + 1 for i in cued} | {i - 1 for i in cued}
    by_sentence: dict[int, list[TimeExpression]] = {}
    for tx in doc.dates:
        if tx.type in ("DATE", "DURATION"):
            index = doc.sentence_index(tx.start)
            if index in wanted:
                by_sentence.setdefault(index, []).append(tx)
    read = {i: _read(doc, i, by_sentence.get(i, []), published) for i in sorted(wanted)
            if 0 <= i < len(doc.sentences) and (i in by_sentence or i in cued)}
    for index, parts in read.items():
        for tx in parts.same:
            report = _report(parts.reports, tx.start)
            year = None if report is None else _year_of(report)
            if report is None or year is None or report.range_start != tx.range_start:
                continue  # "the current season ... the same period of 1985/86"
            if tx.start not in skip and _written_year(tx) not in (year - 1, None):
                yield _finding(doc, rule, tx, f"the period it follows is {year}", year - 1,
                               None)
        for tx, key in parts.written:
            partner = _partner(text, _frame(read, index), (tx, key), published)
            if partner is not None and tx.start not in skip:
                yield _finding(doc, rule, tx, f"“{partner.text}” is {partner.year}",
                               partner.year, partner)


def _frame(read: dict[int, _Sentence], index: int) -> list[_Base]:
    """The relative bases of the sentence, and of a neighbour when one of the two names no
    period of its own (it restates the other's comparison)."""
    here, before, after = read[index], read.get(index - 1), read.get(index + 1)
    bases = list(here.relative)
    if before is not None and not (before.reports and here.reports):
        bases.extend(before.relative)
    if after is not None and not (after.reports or after.same):
        bases.extend(after.relative)
    return bases


def _partner(text: str, bases: list[_Base], written: tuple[TimeExpression, int | None],
             published: date) -> _Base | None:
    """The relative base of the same comparison that the written base disagrees with by one
    year: not the base of another period of the sentence, nor one that the written base is
    itself the base of ("1.52 bln last year, up from 1.01 bln in 1985")."""
    tx, key = written
    year = _written_year(tx)
    if year is None:
        return None
    month = tx.first.month if tx.granularity == "month" and tx.first else None
    verdict = None
    for base in bases:
        if key is not None and base.key is not None and key != base.key:
            continue  # "rose last year from ... in 1985, and in the first quarter ... a year ago"
        if base.end <= tx.start and _CHAIN.match(text, base.end, tx.start):
            continue
        if base.season != tx.range_start:
            continue  # a split year ("1984/85") against a calendar year
        if month is not None and (base.grain == "year" or base.month not in (None, month)):
            continue  # "in January 1985" against "February last year": two bases
        if month is None and base.grain == "month":
            continue
        readings = {base.year}
        if base.loose and month is not None and base.grain == "any":
            readings = {(published.year if month <= published.month else published.year - 1)
                        - 1}  # "a year ago" from a recent month
        elif base.loose and month is None and published.month <= EARLY:
            readings.add(base.year - 1)  # "vs ... last year" beside last year's results
        if year in readings:
            return None
        if verdict is None and len(readings) == 1 and abs(year - base.year) == 1:
            verdict = base
    return verdict


def _finding(doc: Document, rule: Rule, tx: TimeExpression, why: str, expected: int,
             base: _Base | None) -> Finding:
    """The warning on the written base `tx`."""
    message = (f"“{tx.text}” is a base a year before the period compared, but {why}: the "
               f"base should be {expected}")
    related = () if base is None else (Span(base.start, base.end, base.text, "year-ago base"),)
    return rule.finding(doc, tx.start, tx.end, message, score=0.6, severity="warning",
                        evidence=(f"written: {tx.text}", f"year-ago base = {expected}"),
                        related=related, suggestion=str(expected))
