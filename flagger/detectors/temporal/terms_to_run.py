"""T107: a security's (or an office's) whole term against the time its maturity still lies
ahead ("a 250 mln guilder five-year bond ... will be redeemed in full on April 15, 1996" in a
March 1987 story: nine years to run; "a 30-day repurchase agreement ... The bills, to mature on
June 12" sold in early April: over sixty days; "named for a two-year term expiring June 30,
1992" in 1987).

A term counts from the day a security is sold or settled, which is no later than shortly after
the story (a day of issue told between the term and its maturity is left to durations.py), so
the maturity cannot lie further from publication than the term and a little more: a year for
terms in years, a month for months, a week (or a tenth of the term) for days and weeks. Old
debt only has less time left to run, so nothing is read in the other direction, except for a
sale or credit told for "today" or "tomorrow" ("funds allocated will be credited tomorrow"):
from that day the term must reach the maturity within a day (weeks and months rounded).

The term is an adjective before its security ("six-year bullet bond", "28-day securities
repurchase pact", at most four words between, not a rate's "90-day bill rate", a benchmark's
"over five-year Treasury notes" nor an "extendable" or "renewable" term's first step); it owns
the maturities told after it and before the next term, unless another count stands between
("90-day bills ... through 21-day deals maturing"). A maturity is a date after a word of
maturing ("due", "matures", "expiring", "maturity date of", "redeemed in full on", "buy back
securities pledged on"): after the term in its own sentence, or in a later one just after the
security's noun told again with "the" ("The bills, which mature ..."; "an offering of notes
due 1997" is another issue's), or after "repurchase securities pledged on" for a repurchase.
Every such date must be the same day, and of the security's kind; an article of tranches is
not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.wordscan import matches_at, search_at
from flagger.report.finding import Finding

_SECURITIES = (r"notes?|bonds?|debentures?|euronotes?|eurobonds?|bills?|paper|issue|"
               r"certificates|repurchase\s+(?:agreement|pact|accord|tender)s?|repos?|terms?")
_TERM = lazy(
    rf"(?<![\d.,/-])\b(?P<n>\d{{1,3}}|{NUMBER_WORDS})[\s-]+(?P<unit>day|week|month|year)\b"
    rf"(?![\s-]+old)(?P<gap>(?:[\s,]+[\w().$'-]+){{0,4}}?)[\s,]+(?P<noun>{_SECURITIES})\b"
    r"(?!\s+(?:discount\s+)?(?:rates?|yields?|futures|index)\b)", re.IGNORECASE)
_UNITS = ("day", "week", "month", "year")
_LONGEST_COUNT = max(3, *(len(word) for word in NUMBER_WORDS.split("|")))
"""The longest count a `_TERM` opens with: three digits or a number word."""
_NOUN = lazy(rf"\b(?:{_SECURITIES})\b", re.IGNORECASE)
_HAS_TERM = lazy(r"\d[\s-]+(?:day|week|month|year)\b|[a-z][\s-](?:day|week|month|year)\b",
                 re.IGNORECASE)
_CUE = lazy(
    r"\b(?:due|matur(?:e|es|ing)|maturity(?:\s+date)?(?:\s+(?:of|is))?|expir(?:e|es|ing)|"
    r"(?:redeemed|repaid|paid\s+back)(?:\s+in\s+full)?(?:\s+at\s+[^;:]{0,40}?)?|"
    r"(?:buy\s+back|repurchase)\s+(?:the\s+)?securities(?:\s+pledged)?)"
    r"\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_CUE_OPENINGS = ("due", "matur", "expir", "redeemed", "repaid", "paid", "buy", "repurchase")
"""The words each _CUE_WORDS match opens with."""
_CUE_WORDS = lazy(r"\b(?:due|matur|expir|redeemed|repaid|paid\s+back|buy\s+back|repurchase)",
                  re.IGNORECASE)
_REACH = 120  # characters before a date searched for its word of maturing
# a later sentence's maturity must follow the security's noun closely, told again ("The
# bills, which mature"; "The bond, which is a placement, matures"), not another one's ("an
# offering of notes due 1997")
_NAMED = lazy(rf"\b(?:the|these|this|those|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
              rf"(?:{_SECURITIES})\b(?:\s*,\s*(?:which|that)\s[^,.;:]{{0,40}},)?"
              r"(?:[\s,]+(?:which|that|to|will|would|is|are|be|was|were|now|all|also)){0,3}"
              r"[\s,]+$", re.IGNORECASE)
# "buy back securities pledged on": a repurchase names its own end
_OWN_END = lazy(r"(?:buy\s+back|repurchase)\b", re.IGNORECASE)
_SOLD = lazy(r"\b(?:credited|sold|sell|selling|issued|allocated|settled|settle|paid)\b"
             r"[^.;:]{0,40}$", re.IGNORECASE)
_NOW = lazy(r"^(?:today|tomorrow)$", re.IGNORECASE)
_COUNT = lazy(r"\b\w+[\s-](?:day|week|month|year)s?\b", re.IGNORECASE)
# "two-year extendable notes with a final maturity of 1993": the term is the first step
_OPEN_ENDED = lazy(r"exten[dt]|renew|roll|perpetual|treasur", re.IGNORECASE)
# "20 basis points over five-year Treasury notes": a benchmark, not the issue
_BENCHMARK = lazy(r"\b(?:over|above|below|than)\s+(?:the\s+)?$", re.IGNORECASE)
_TRANCHES = lazy(r"\btranches?\b", re.IGNORECASE)  # several securities of one kind


def term_to_run_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a term that ends before the maturity its security is given."""
    published = doc.article.published
    text = doc.text
    if (published is None or not search_at(_CUE_WORDS, text, doc.lowered, _CUE_OPENINGS)
            or not _HAS_TERM.search(text)
            or _TRANCHES.search(text)):
        return
    terms = [m for m in _terms(text, doc.lowered)
             if not any(c.isdigit() for c in m["gap"]) and not _OPEN_ENDED.search(m["gap"])
             and not _BENCHMARK.search(text, max(m.start() - 12, 0), m.start())]
    for i, term in enumerate(terms):
        n = cardinal(term["n"])
        dues = _maturities(doc, term, terms[i + 1].start() if i + 1 < len(terms) else len(text))
        if n is None or not dues or len({tx.first for tx in dues}) != 1:
            continue  # no maturity, or several: which is the term's is not read
        unit, due = term["unit"].lower(), dues[0]
        assert due.first is not None and due.last is not None
        sold = _sale_day(doc, term.start(), due.start)
        if sold is None and (back(due.first, n, unit) <= _latest(published, n, unit)
                             or _dated_between(doc, term.end(), due.start)):
            continue  # fits, or an issue day told between ("issued June 2 and mature June 30")
        if sold is not None and _fits(sold, back(due.last, n, unit), back(due.first, n, unit),
                                      unit):
            continue
        start = published if sold is None else sold
        said = "publication" if sold is None else "the sale or credit"
        yield rule.finding(
            doc, term.start(), term.end("unit"),
            f"“{' '.join(term.group().split())}” runs {n} {unit}{'s' if n != 1 else ''}, but "
            f"from {said} ({start.isoformat()}) to its maturity “{due.text}” "
            f"({due.first.isoformat()}) is {_measure(start, due.first, unit)}",
            score=0.6, severity="warning", evidence=(term.group(), due.text),
            related=(Span(due.start, due.end, due.text, "maturity"),))


def _terms(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """Yield what `_TERM.finditer(text)` yields, trying only the few characters before a unit
    word that a space or hyphen leads ("five-year", "90 day"): a term's count ends there
    (`low` as `Document.lowered` gives it; None: the whole text is scanned)."""
    if low is None:
        yield from _TERM.finditer(text)
        return
    starts: set[int] = set()
    for unit in _UNITS:
        at = low.find(unit)
        while at >= 0:
            end = at
            while end > 0 and (text[end - 1].isspace() or text[end - 1] == "-"):
                end -= 1
            if end < at:
                starts.update(range(max(end - _LONGEST_COUNT, 0), end))
            at = low.find(unit, at + 1)
    yield from matches_at(_TERM, text, sorted(starts))


def _measure(start: date, end: date, unit: str) -> str:
    """The time from `start` to `end` in days, or about so many weeks, months or years."""
    days = (end - start).days
    if unit == "day":
        return f"{days} days"
    size = {"week": 7, "month": 30.44, "year": 365.25}[unit]
    return f"about {days / size:.1f} {unit}s"


def _maturities(doc: Document, term: re.Match[str], end: int) -> list[TimeExpression]:
    """The dates the term's security matures on, before `end` (the next term): after the term
    in its sentence, or in a later sentence just after a security's noun."""
    text = doc.text
    here = doc.sentence_index(term.start())
    kind = _kind(term["noun"])
    found = []
    for tx in doc.dates:
        if (not term.end() <= tx.start < end or tx.type != "DATE" or not tx.explicit
                or tx.first is None or tx.range_start):
            continue
        before = text[max(tx.start - _REACH, term.end()) : tx.start]
        cue = _CUE.search(before)
        if cue is None:
            continue
        if doc.sentence_index(tx.start) != here and not (
                _NAMED.search(before, 0, cue.start()) or _OWN_END.match(cue.group())):
            continue
        if _COUNT.search(text, term.end(), tx.start):
            continue  # a nearer count owns it: "90-day bills ... through 21-day deals maturing"
        nouns = [m.group() for m in _NOUN.finditer(before, 0, cue.start())]
        if nouns and _kind(nouns[-1]) not in (kind, "issue") and kind != "issue":
            continue  # another security's maturity: "notes and debentures due 1999"
        found.append(tx)
    return found


def _kind(noun: str) -> str:
    """A security's kind: notes, bonds and debentures each one, money-market paper (bills,
    repurchase pacts, certificates) another, an office's term another; "issue" names any."""
    word = noun.lower()
    return next((k for k in ("note", "bond", "debenture", "issue", "term") if k in word),
                "money")


def _sale_day(doc: Document, start: int, end: int) -> date | None:
    """The "today" or "tomorrow" of a sale or credit told between the term and its maturity,
    or in the term's sentence."""
    first = doc.sentences[doc.sentence_index(start)].start
    for tx in doc.dates:
        if first <= tx.start < end and _NOW.match(tx.text) and _SOLD.search(
                doc.text, max(tx.start - 60, first), tx.start):
            return tx.first
    return None


def _dated_between(doc: Document, start: int, end: int) -> bool:
    """Whether an explicit date stands between the term and its maturity: it may be the day
    of issue, from which durations.py counts the term."""
    return any(start <= tx.start < end and tx.type == "DATE" and tx.explicit
               for tx in doc.dates)


def back(due: date, n: int, unit: str) -> date:
    """The day `n` units before `due` (a month's day clipped to the month's end)."""
    if unit == "day":
        return due - timedelta(days=n)
    if unit == "week":
        return due - timedelta(weeks=n)
    months = due.year * 12 + due.month - 1 - (n if unit == "month" else 12 * n)
    year, month = divmod(months, 12)
    day = due.day
    while True:
        try:
            return date(year, month + 1, day)
        except ValueError:
            day -= 1


def _latest(published: date, n: int, unit: str) -> date:
    """The latest day a term told at publication may start: a year, a month, or a week (a
    tenth of the term when longer)."""
    if unit == "year":
        return published + timedelta(days=366)
    if unit == "month":
        return published + timedelta(days=31 + 15)
    days = n * (7 if unit == "week" else 1)
    return published + timedelta(days=max(7, days // 10))


def _fits(sold: date, earliest: date, latest: date, unit: str) -> bool:
    """Whether a term sold on `sold` can start between `earliest` and `latest` (the maturity
    read back by the term), a day off allowed, weeks and months rounded."""
    slack = {"day": 1, "week": 3, "month": 15, "year": 183}[unit]
    return earliest - timedelta(days=slack) <= sold <= latest + timedelta(days=slack)
