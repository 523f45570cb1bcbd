"""Local evidence: two expressions written side by side that arithmetic alone contradicts.

A weekday and its date ("Friday, May 22"), a relative day and the date beside it ("yesterday,
March 3", read in `relative_days`), a relative year and the year in apposition ("this year,
2019"). These need no event linking, so a conflict is an error. Dates written without a year
are read as a news desk reads them: in the publication year, or near the year's turn the
occurrence nearest publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.annotations.timex.lexicon import MONTHS, WEEKDAY_NAMES, WEEKDAYS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.comparing import compares
from flagger.detectors.temporal.governor import governing_tense
from flagger.detectors.wordscan import finditer_at, word_starts
from flagger.report.finding import Finding

_WD = "|".join(WEEKDAY_NAMES)
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November" \
       r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)(?!\d))?"
# "Friday, May 22", "Friday May 22, 2025", "Friday, the 22nd of May", "Friday 22 May", "Thursday
# night, March 6".
# Wire copy writes a day in words too ("effective Thursday, April one and", "expires today,
# June Two."), read only where the phrase ends there: "April one analyst" is no date.
_DAY_WORDS = {word: n for n, word in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split(), start=1)}
_DAY_WORDS |= {f"twenty-{word}": 20 + n for word, n in list(_DAY_WORDS.items())[:9]}
_DAY_WORDS |= {"thirty": 30, "thirty-one": 31}
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_MONTH_DAY = (rf"(?:(?P<mon>{_MON})\s+(?:(?P<day>[0-3]?\d){_ORD}(?![\d:])"
              rf"|(?P<dayw>{_DAY_WORD})(?=\s*(?:[,.;)]|and\b|$)))"
              rf"|(?:the\s+)?(?P<day2>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<mon2>{_MON})\b)")
_WEEKDAY_DATE = lazy(
    rf"\b(?P<wd>{_WD})(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+)?{_MONTH_DAY}"
    rf"{_YEAR}", re.IGNORECASE)
# "April 10 (Wednesday)".
_DATE_WEEKDAY = lazy(rf"\b{_MONTH_DAY}{_YEAR}\s*\(\s*(?P<wd>{_WD})\s*\)", re.IGNORECASE)
_PAREN_WEEKDAY = lazy(rf"\(\s*(?:{_WD})\s*\)", re.IGNORECASE)  # in every _DATE_WEEKDAY
# "was March 28, a Sunday", "until March 25, Thursday,": the weekday in apposition after its date;
# not a weekday that starts the next date of a list ("March 2, Tuesday March 3"), one of several
# days ("March 2, Tuesday and Wednesday") or a possessive ("March 2, Tuesday's vote").
_DATE_COMMA_WEEKDAY = lazy(
    rf"\b{_MONTH_DAY}{_YEAR}\s*,\s*(?:a\s+)?(?P<wd>{_WD})\b(?![\'’]s)"
    rf"(?!,?\s+(?:the\s+)?(?:{_MON}\s+\d|\d))(?!\s*(?:,\s*)?(?:and|or|through|to|-|–)\s)",
    re.IGNORECASE)
_COMMA_WEEKDAY = lazy(rf",\s*(?:a\s+)?(?:{_WD})\b", re.IGNORECASE)
"""In every `_DATE_COMMA_WEEKDAY` match: one search for it, which skips from comma to comma,
spares most texts the scan for a date at every word."""
# "since March 14 was on a Sunday", "June 5 falls on a Friday": a date, a copula, its weekday.
_COPULA = r"\s+(?:is|was|will\s+be|falls|fell)\s+(?:on\s+)?(?:a\s+)?"
_DATE_IS_WEEKDAY = lazy(
    rf"\b{_MONTH_DAY}{_YEAR}{_COPULA}(?P<wd>{_WD})\b(?![\'’]s)", re.IGNORECASE)
_DATE_COPULA = lazy(rf"\b{_MONTH_DAY}{_YEAR}{_COPULA}$", re.IGNORECASE)  # up to a weekday
# "the next Saturday, which is July 17": a weekday and its date in a relative clause.
_WEEKDAY_WHICH_DATE = lazy(
    rf"\b(?P<wd>{_WD}),?\s+which\s+(?:is|was|will\s+be|falls\s+on|fell\s+on)\s+"
    rf"(?:on\s+)?{_MONTH_DAY}{_YEAR}", re.IGNORECASE)
# "Tuesday (April 13)", "Monday night (Sept. 26)", "Monday's (Sept. 26) debate"; "Saturday
# (1200 hrs GMT March 15)", where the clock time in another zone may move the date by a day.
_WEEKDAY_PAREN_DATE = lazy(
    rf"\b(?P<wd>{_WD})(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\s*\(\s*(?P<clock>\d{{3,4}}\s*(?:hrs?\s*)?(?:[a-z]{{2,4}}\s*)?,?\s*)?"
    rf"{_MONTH_DAY}{_YEAR}\s*\)", re.IGNORECASE)
_RELYEAR = lazy(
    r"\b(?P<rel>this|last|next)\s+year\s*(?:,\s*|\(\s*)(?P<year>(?:1[6-9]|20)\d\d)\b(?!\s*[-/–])",
    re.IGNORECASE)
_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
_NEARBY_YEAR = lazy(r"\b(?:1[6-9]|20)\d\d\b")

RULES: tuple[Rule, ...] = ()  # the codes are T102, T105, T101: see `temporal.RULES`


def desk_date(month: int, day: int, year: int | None, published: date | None,
              context_years: tuple[int, ...] = ()) -> list[date]:
    """The dates a month and day may mean: the written year, else the occurrence nearest
    publication (a year omitted is the publication year, near the turn of the year the
    nearest), else every year written nearby."""
    years: list[int] = []
    if year is not None:
        years = [year]
    elif published is None:
        return []  # without its year or a publication date, the date itself is a guess
    else:
        if published is not None:
            candidates = []
            for y in (published.year - 1, published.year, published.year + 1):
                try:
                    candidates.append(date(y, month, day))
                except ValueError:
                    continue
            if candidates:
                years.append(min(candidates, key=lambda d: abs((d - published).days)).year)
        years.extend(context_years)
    out = []
    for y in dict.fromkeys(years):
        try:
            out.append(date(y, month, day))
        except ValueError:
            continue
    return out


def _day(match: re.Match[str]) -> int:
    if match["dayw"]:
        return _DAY_WORDS[match["dayw"].lower()]
    return int(match["day"] or match["day2"])


def _date_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the month and day (and year) sit in the text."""
    start = match.start("mon") if match["mon"] else match.start("day2")
    end = match.end("year") if match["year"] else max(match.end("day"), match.end("dayw"),
                                                       match.end("mon2"))
    return start, end


def _month(match: re.Match[str]) -> int | None:
    name = match["mon"] or match["mon2"]
    return MONTHS.get(name.lower().rstrip(".")) if name else None


def _context_years(text: str, start: int) -> tuple[int, ...]:
    """Years written in the 300 characters before `start` (a story set in another year)."""
    return tuple(int(y) for y in _NEARBY_YEAR.findall(text, max(start - 300, 0), start))


def _weekday_dates(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """Yield the matches of `_WEEKDAY_DATE`, `_DATE_WEEKDAY` and `_DATE_COMMA_WEEKDAY`, looking
    only where a weekday is named (half the articles name none); `low` is the text `lowered`."""
    if low is not None and not any(name in low for name in WEEKDAYS):
        return
    yield from finditer_at(_WEEKDAY_DATE, text, low, WEEKDAYS)
    if _PAREN_WEEKDAY.search(text):
        yield from _DATE_WEEKDAY.finditer(text)
    if _COMMA_WEEKDAY.search(text):
        yield from _DATE_COMMA_WEEKDAY.finditer(text)
    yield from finditer_at(_WEEKDAY_WHICH_DATE, text, low, WEEKDAYS)
    if "(" in text:
        yield from finditer_at(_WEEKDAY_PAREN_DATE, text, low, WEEKDAYS)
    if low is None:
        yield from _DATE_IS_WEEKDAY.finditer(text)
        return
    for at in word_starts(low, WEEKDAYS):  # read back from each weekday to a date and copula
        before = _DATE_COPULA.search(text, max(at - 50, 0), at)
        if before and (match := _DATE_IS_WEEKDAY.match(text, before.start())):
            yield match


def _fitting_tense(doc: Document, match: re.Match[str], readings: list[date]) -> list[date]:
    """The readings of a yearless date that fit the tense of the verb governing it: a year
    written nearby ("the same 1986 period") offers another reading, but "will ask ... on
    Tuesday, May 13" looks ahead of publication and "voted on" looks back. The desk reading
    (the first) always stays."""
    published = doc.article.published
    if published is None:
        return readings
    sentence = doc.sentences[doc.sentence_index(match.start())] if doc.sentences else None
    tense = governing_tense(doc.text, match.span(), sentence.start if sentence else 0,
                            has_year=False).tense
    if tense == "future":
        return [d for i, d in enumerate(readings) if i == 0 or d >= published]
    if tense == "past":
        return [d for i, d in enumerate(readings) if i == 0 or d <= published]
    return readings


def weekday_mismatches(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T102: a weekday beside a date (with or without its year) that falls on another day."""
    text, published = doc.text, doc.article.published
    seen: set[int] = set()
    for match in _weekday_dates(text, doc.lowered):
        month = _month(match)
        if month is None or match.start() in seen:
            continue
        seen.add(match.start())
        year = int(match["year"]) if match["year"] else None
        readings = desk_date(month, _day(match), year, published,
                             _context_years(text, match.start()))
        if year is None and len(readings) > 1:
            readings = _fitting_tense(doc, match, readings)
        named = WEEKDAYS[match["wd"].lower()]
        slack = 1 if "clock" in match.re.groupindex and match["clock"] else 0
        if not readings or any((d + timedelta(days=k)).weekday() == named
                               for d in readings for k in range(-slack, slack + 1)):
            continue
        day = readings[0]
        actual = WEEKDAY_NAMES[day.weekday()]
        w_start, w_end = match.span("wd")
        date_start, date_end = _date_span(match)
        shown = text[date_start:date_end]
        how = "" if year else f" (read as {day.year}: no year is written)"
        yield rule.finding(
            doc, match.start(), match.end(),
            f"{shown} is a {actual}, not a {match['wd'].capitalize()}{how}",
            score=0.95, evidence=(f"{day.isoformat()} = {actual}", f"written: {match['wd']}"),
            related=(Span(w_start, w_end, text[w_start:w_end], "weekday"),
                     Span(date_start, date_end, shown, "date")),
            suggestion=f"{actual}, {shown}")


def relative_year_appositions(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 (local): "this year, 2019," in a 2020 story."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    for match in finditer_at(_RELYEAR, text, doc.lowered, _YEAR_OFFSET):
        meant = published.year + _YEAR_OFFSET[match["rel"].lower()]
        written = int(match["year"])
        if written == meant:
            continue
        said = text[match.start("rel") : match.start("year")].rstrip(" ,(")
        yield rule.finding(
            doc, match.start(), match.start("rel") + len(said),
            f"“{said}” is {meant} (published {published.isoformat()}), but the year beside it "
            f"is {written}", score=0.9,
            evidence=(f"{said} = {meant}", f"written: {written}"),
            related=(Span(*match.span("year"), match["year"], "year beside it"),),
            suggestion=f"{said}, {meant}")


_COMPARED = lazy(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs|than|up\s+on|"
                 r"down\s+on|above|below|(?:increase|rise|gain|decline|drop|fall|"
                 r"improvement)s?\s+(?:over|on))\b", re.IGNORECASE)
_CALENDAR = lazy(
    r"(?:(?:in|of|for|during)\s+)?(?:the\s+(?:beginning|start|end|middle)\s+"
    r"of\s+)?(?:last|this|next)\s+(?:year|month)\b", re.IGNORECASE)
# "Two years ago" names a calendar year too (1985 in a 1987 story), as "last year" does.
# "A year ago" counts back from a report's own period as often as from publication ("70 bln at
# end-1986, down from 70.9 bln a year ago"), so only two and more years count.
_YEARS_AGO = lazy(r"(?!an?\s)(?:\w+|\d+)\s+years\s+ago", re.IGNORECASE)
_NOT_CALENDAR = lazy(r"\b(?:calendar|fiscal|its|their)\s+$", re.IGNORECASE)
_YEAR_AGO = lazy(r"\s*,?\s*(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year)",
                 re.IGNORECASE)
_LABEL = lazy(
    r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")  # "1986 target": the year labels a noun
# Reported results: a year that labels one ("1986 loan losses", "1986 earnings") names the
# period the figure is for, so comparing it with the same period is comparing it with itself.
_RESULTS = frozenset({"earnings", "profit", "profits", "loss", "losses", "sales", "revenue",
                      "revenues", "income", "net", "output", "production", "exports",
                      "imports", "shipments", "turnover", "deficit", "surplus", "spending"})
_PLANS = frozenset({"target", "targets", "goal", "goals", "forecast", "forecasts", "estimate",
                    "estimates", "budget", "plan", "projection", "projections", "quota",
                    "guidance", "outlook"})
_FUNCTION = frozenset({"to", "and", "or", "from", "compared", "against", "than", "versus", "vs",
                       "when", "as", "at", "in", "of", "for", "with", "by", "but", "while",
                       "after", "before", "on", "was", "were", "is", "are", "the", "a", "an"})
_PLANNED = lazy(r"\b(?:budgeted|projected|forecast|planned|targeted|envisaged)\b",
                re.IGNORECASE)
_POINT = lazy(
    r"(?:(?:in|of|for|during|at)\s+)?the\s+(?:beginning|start|end|middle)\s+of\b",
    re.IGNORECASE)
_NAMES_PERIOD = lazy(r"\d|" + _MON, re.IGNORECASE)
_SENTENCE_END = lazy(r"[;.?!][\"'”’)]*\s|\n\s*\n")  # "... a good 1986." Most analysts
# "and 1.70 in ": a second figure for a period coordinated with the first.
_WORD_OR_FIGURE = r"(?:[^,;]|(?<=\d),(?=\d))"  # "200,000 tons" keeps its comma
_COORDINATED = lazy(
    rf"\s*,?\s*and\s+{_WORD_OR_FIGURE}{{0,30}}\d{_WORD_OR_FIGURE}{{0,30}}"
    r"\s(?:in|for)\s+", re.IGNORECASE)
# "from 6.1 pct in 1986 to last year's", "from last year's 5 million to 5.2 million in".
_TO = lazy(r"(?:['’]s\s+[$£€]?[\d.,]+(?:\s+[a-z%]+){0,2})?\s*,?\s*to\s+"
           r"(?:[$£€]?[\d.,]+(?:\s+[a-z%]+){0,2}\s+(?:in|for)\s+)?", re.IGNORECASE)
# Two periods of one act: listed ("will rise next year and in 2018") or in sequence ("will
# drift lower this year and then rise in 1987"); naming one year twice is a slip.
_LISTED = lazy(r"\s*,?\s*(?:and|or)\s+(?:(?:then\s+)?(?:[a-z]+\s+){0,3}?)?"
               r"(?:in|during|for)\s+", re.IGNORECASE)
_NEW_CLAUSE = lazy(r",\s[^,]*\b(?:will|would|is|are|was|were|has|have|had|did|does)\b",
                   re.IGNORECASE)
NEIGHBOURS = 3  # dates on each side a relative period is compared with


def same_period_comparisons(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 (local): a relative period compared with an explicit date that is the same period
    ("shipments rose last month from ... in February 1987", published March 1987; "from 6.1
    pct in 1986 to last year's 6.7 pct", published 1987)."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    dates = [tx for tx in doc.dates if tx.type == "DATE" and tx.first and tx.last
             and tx.granularity in ("month", "year") and not tx.range_start
             and (not tx.ago or _YEARS_AGO.fullmatch(tx.text))]
    for i, rel in enumerate(dates):
        if not rel.deictic or not (_CALENDAR.match(rel.text) or rel.ago):
            continue
        for other in _nearest(dates, i):
            if _compared_with_itself(text, rel, other):
                yield _same_period_finding(doc, rule, rel, other, published)
                break


def _nearest(dates: list[TimeExpression], i: int) -> Iterator[TimeExpression]:
    """The nearest date on each side of `dates[i]` that names its period: a comparison pairs
    the nearer date ("from 98 mln last year, with ... the 1987 amount")."""
    for side in (range(i - 1, max(i - 1 - NEIGHBOURS, -1), -1),
                 range(i + 1, min(i + 1 + NEIGHBOURS, len(dates)))):
        for j in side:
            if _NAMES_PERIOD.search(dates[j].text) or _CALENDAR.match(dates[j].text):
                yield dates[j]
                break


def _compared_with_itself(text: str, rel: TimeExpression, other: TimeExpression) -> bool:
    """Whether `rel` and a date beside it that names the same period are the two sides of one
    comparison."""
    first, second = (rel, other) if rel.start < other.start else (other, rel)
    if second.start - first.end > 120 or (rel.first, rel.last) != (other.first, other.last):
        return False
    if _CALENDAR.match(other.text) or other.ago or not _NAMES_PERIOD.search(other.text):
        return False  # "February this year" names its month; "last year" does not
    label = _LABEL.match(text, other.end)
    labels = {w.lower() for w in label.groups() if w} if label else set()
    if label and label.group(1).lower() not in _FUNCTION and (
            not _RESULTS & labels or _PLANS & labels):
        return False  # "compared with an initial 1986 target": a label of another quantity
    if bool(_POINT.match(rel.text)) != bool(_POINT.match(other.text)):
        return False  # "the estimate at the end of last year" dates an estimate of 1986
    if (_YEAR_AGO.match(text, other.end)
            or re.match(r"['’]?s?\s+average", text[other.end : other.end + 12])
            or _NOT_CALENDAR.search(text[max(other.start - 12, 0) : other.start])
            or re.match(r"(?:calendar|fiscal)\b", other.text, re.IGNORECASE)):
        return False  # "a year earlier" counts from another date; "February a year ago"
    between = text[first.end : second.start]
    if _SENTENCE_END.search(between) or _PLANNED.search(between):
        return False  # "above the 11 mln budgeted last year": a plan and its outcome
    before = text[max(first.start - 40, 0) : first.start]
    ends = list(_SENTENCE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    opened = _COMPARED.search(before)
    if _COORDINATED.fullmatch(between) or _listed(between):
        return True  # "1.80 marks this year and 1.70 in 1987": two figures for one period
    if opened:  # both on one side ("above the 1986 period ... against 18,145 last year"),
        return opened.group().lower() == "from" and bool(_TO.fullmatch(between))  # or from-to
    compared = next((m for m in _COMPARED.finditer(between) if compares(between, m)), None)
    # "after falling in 1986, spending will rise less than last year": the comparison belongs
    # to a new clause with its own verb, and what it compares is that clause's own time.
    return compared is not None and not _NEW_CLAUSE.search(between, 0, compared.start())


def _listed(between: str) -> bool:
    """Whether the words between two periods list them as two times of one act: "and in",
    "and then rise modestly in" (a verb after "and" only with "then")."""
    match = _LISTED.fullmatch(between)
    if match is None:
        return False
    words = between.split()
    return len(words) <= 2 or "then" in (w.lower() for w in words)


def _same_period_finding(doc: Document, rule: Rule, rel: TimeExpression,
                         other: TimeExpression, published: date) -> Finding:
    """The finding on `rel`, compared with `other` that is the same period."""
    return rule.finding(
        doc, rel.start, rel.end,
        f"“{rel.text}” is {_period(rel)} (published {published.isoformat()}), the same "
        f"period as “{other.text}” it is compared with", score=0.8,
        evidence=(f"{rel.text} = {_period(rel)}", f"{other.text} = {_period(other)}"),
        related=(Span(other.start, other.end, other.text, "compared with"),))


def _period(tx: TimeExpression) -> str:
    assert tx.first is not None
    return str(tx.first.year) if tx.granularity == "year" else tx.first.strftime("%B %Y")
