"""Counts of years that run from a dated start to publication, in one clause (T107): the age
of a thing beside its founding ("the 125-year-old bank, founded in 1882", published 1997: 114
or 115), and a span "since" a date ("president for 15 years, since the company was founded in
1974", published 1987: 12 or 13; "a two-year freeze ... since March 1983", 1987: four;
"two decades of feuding, dating to 2011", 2020: nine), and a finished span that would end after
publication ("a career that lasted 19 years, beginning in 2002"; "it took two decades to
recover from the slump of 2009", 2020).

A count fits the completed years from the start to publication, within a year when the start
has no month, and a count of decades five years either way; a sentence that names a year after
the start may end the period there ("the 40-year-old bridge, built in 1950, closed in 1990"),
so the count must then fit publication or none of those years ("the 70-year-old bank, founded
in 1882, sold in 1995", published 1997, fits neither and is flagged), and
a bound ("more than", "nearly", "under") is read as `ago_events.misfit` reads it ("a nearly
six-year partnership dating back to 2022", 2025: three years).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ago_events import misfit
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.report.finding import Finding

_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)\b"
_MONTH = (r"(?:(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
          r"(?:\d{1,2},?\s+)?)?")
_CLAUSE = r"(?:[^.;:()!?\n]|\n(?!\s*\n))"  # words of one clause, wrapped lines and all
# "the 125-year-old bank, founded in 1882"; "The 78-year-old organization, which was founded
# in 1900": a passive participle of beginning, so a person's age ("who founded") is not read.
_FOUNDED = lazy(
    rf"\b(?P<n>\d{{1,3}}|{_NUM})-year-old\b{_CLAUSE}{{0,60}}?(?:,\s*|\b(?:which|that)\s+"
    r"(?:was|were)\s+|\bwas\s+)(?:first\s+)?(?:founded|established|created|formed|built|opened|"
    rf"incorporated|launched|set\s+up)\s+in\s+{_MONTH}{_YEAR}", re.IGNORECASE)
# "for 15 years, since 1974"; "a two year freeze on rates since March 1983".
# "two decades of feuding, dating to the days of 2011"
_SINCE = lazy(
    rf"\b(?P<n>\d{{1,3}}|{_NUM})[\s-]+(?P<unit>year|decade)s?\b"
    r"(?![\s-]+(?:ago|old|later|earlier|after|before))"
    rf"{_CLAUSE}{{0,50}}?\b(?:since|dating\s+(?:back\s+)?to)\s+"
    rf"(?:{_CLAUSE}{{0,50}}?\b(?:in|of)\s+)?{_MONTH}{_YEAR}", re.IGNORECASE)
# The count after its start: "since 1982, nearly a decade"; "since March 1983 - four years".
_SINCE_COUNT = lazy(
    rf"\bsince\s+{_MONTH}{_YEAR}\s*(?:,|--|—|–)\s*(?:(?P<rough>more\s+than|over|nearly|almost|"
    rf"less\s+than|under|at\s+least)\s+)?(?P<n>\d{{1,3}}|{_NUM}|a(?=\s+decade))\s+"
    r"(?P<unit>year|decade)s?\b(?![\s-]+(?:ago|old|later|earlier|after|before))", re.IGNORECASE)
# A span ending now that began in a year: "ending a seven-year tenure that began in 1984".
_ENDING = lazy(
    rf"\bending\s+(?:a|an|his|her|its|their)\s+(?P<n>\d{{1,3}}|{_NUM})[\s-]year\s+"
    r"(?:[a-z]+\s+){0,2}?(?:tenure|career|stint|reign|run|term|spell|presidency|chairmanship|"
    rf"association|partnership|relationship)\b{_CLAUSE}{{0,30}}?\b(?:that|which)\s+"
    rf"(?:began|started)\s+in\s+{_MONTH}{_YEAR}", re.IGNORECASE)
# Bounds ("more than 20 years") and repetitions ("every two years since 1999") count no span.
_ROUGH = lazy(
    r"\b(?:more\s+than|over|nearly|almost|about|some|around|roughly|at\s+least|"
    r"less\s+than|under|up\s+to|every|each|once\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE)
_LATER_YEAR = lazy(r"\b(?:1[6-9]|20)\d\d\b")
# "Five years after the first camera phone debuted in 2002, the market is in full bloom":
# counted to now when the sentence speaks in the present and names no other year.
_AFTER = lazy(
    rf"\b(?P<n>\d{{1,3}}|{_NUM})\s+years\s+(?:after|later|on)\b", re.IGNORECASE)
# A finished span and its start: "a career that lasted 19 years, beginning in 2002", "after
# six years of stagnation which began in late 1983". It must have ended by publication.
_SPAN = lazy(
    rf"\b(?:lasted|spanned|after)\s+(?P<n>\d{{1,3}}|{_NUM})\s+years?\b{_CLAUSE}{{0,40}}?"
    r"(?:,\s*|\b(?:which|that)\s+)(?:beginning|starting|began|started)\s+in\s+"
    rf"(?:(?:late|early|mid)[\s-]+)?{_YEAR}", re.IGNORECASE)
# "It took two decades to recover from the slump of 2009": recovered by publication
_TOOK = lazy(
    rf"\btook\s+(?P<n>\d{{1,3}}|{_NUM})\s+(?P<unit>year|decade)s?\s+to\s+{_CLAUSE}{{0,40}}?"
    rf"\bfrom\s+(?:{_CLAUSE}{{0,40}}?\b(?:of|in)\s+)?(?:(?:late|early|mid)[\s-]+)?{_YEAR}",
    re.IGNORECASE)
_STARTS = (" began", "beginning", "starting", "started", "took")
_PRESENT = lazy(r"\b(?:is|are|has|have|remains?|now|still|today)\b", re.IGNORECASE)
_PAST = lazy(r"\b(?:was|were|had|did|would)\b", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def since_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: an age of a thing or a span "since" a date that the years to publication rule
    out."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        if not ("year" in lower or "decade" in lower) or not (
                "since" in lower or "dating" in lower or "-year-old" in lower
                or "ending" in lower):
            continue
        s_start, s_end = sentence.start, sentence.end
        matches = [*_FOUNDED.finditer(text, s_start, s_end), *_SINCE.finditer(text, s_start, s_end),
                   *_SINCE_COUNT.finditer(text, s_start, s_end),
                   *_ENDING.finditer(text, s_start, s_end)]
        for match in matches:
            n = 1 if match["n"].lower() == "a" else cardinal(match["n"])
            first = int(match["year"])
            rough = _told_bound(match) or _ROUGH.search(
                text, max(match.start() - 14, s_start), match.start())
            if n is None or first >= published.year:
                continue
            later = _later_years(text, s_start, s_end, first)
            if rough is not None:
                yield from _bounded(doc, rule, match, n, rough.group().strip(), published, later)
                continue
            low, high = _completed(first, match["month"], published)
            slack = 0 if match["month"] else 1  # a year alone leaves the month open
            if _decades(match):
                slack, n = 5, 10 * n  # "two decades": 15 to 25 years
            if low - slack <= n <= high + slack or any(
                    abs(n - (end - first)) <= max(slack, 1) + 1 for end in later):
                continue
            could = str(low) if low == high else f"{low} or {high}"
            begun = (match.start("month") if match["month"] else match.start("year"),
                     match.end("year"))
            said = text[begun[0] : begun[1]]
            unit = "decades" if _decades(match) else "years"
            yield rule.finding(
                doc, match.start("n"), match.end("n"),
                f"“{match['n']}” {unit}: from {said} to publication "
                f"({published.isoformat()}) is {could} years, not {n}",
                score=0.8, evidence=(match.group(), f"published {published.isoformat()}"),
                related=(Span(*begun, said, "date"),),
                suggestion=None if _decades(match) else could)


def _bounded(doc: Document, rule: Rule, match: re.Match[str], n: int, rough: str,
             published: date, later: list[int]) -> Iterator[Finding]:
    """A bounded count ("nearly six years", "more than 20 years") that the years from its
    start to publication, and to each later year of its sentence, rule out as the desk reads
    the bound (`ago_events.misfit`)."""
    if not rough.lower().startswith(("more", "over", "nearly", "almost", "less", "under",
                                     "at least")):
        return  # "every two years", "up to ten years", "about": no bound to check
    year = int(match["year"])
    month = _MONTHS.index(match["month"].lower()[:3]) + 1 if match["month"] else None
    first = date(year, month or 1, 1)
    last = date(year, month or 12, 28 if month == 2 else 30 if month else 31)
    unit = "decades" if _decades(match) else "years"
    found = misfit(n, unit, rough.lower(), first, last, published)
    if found is None or any(misfit(n, unit, rough.lower(), first, last, end) is None
                            for year in later for end in (date(year, 1, 1), date(year, 12, 31))):
        return
    said = doc.text[match.start("month") if match["month"] else match.start("year")
                    : match.end("year")]
    yield rule.finding(
        doc, match.start("n"), match.end("n"),
        f"“{rough} {match['n']} {unit[:-1] if n == 1 else unit}”: from {said} to publication "
        f"({published.isoformat()}) "
        f"is {found}", score=0.8, evidence=(match.group(), f"published {published.isoformat()}"),
        related=(Span(match.start("year"), match.end("year"), match["year"], "date"),))


def years_after_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "N years after" or "N years later" counted from the one year of a sentence that
    speaks of now ("investigators are still pursuing"), which publication contradicts."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        if "years" not in lower or not any(w in lower for w in (" after", " later", " on")):
            continue
        s_start, s_end = sentence.start, sentence.end
        years = {int(y) for y in _LATER_YEAR.findall(text, s_start, s_end)}
        if len(years) != 1 or not _PRESENT.search(sentence.text) or _PAST.search(sentence.text):
            continue
        first = years.pop()
        for match in _AFTER.finditer(text, s_start, s_end):
            n = cardinal(match["n"])
            since = published.year - first
            if (n is None or since <= 0 or abs(n - since) <= 1
                    or _ROUGH.search(text, max(match.start() - 14, s_start), match.start())):
                continue
            at = _LATER_YEAR.search(text, s_start, s_end)
            assert at is not None
            yield rule.finding(
                doc, match.start(), match.end(),
                f"“{match.group()}” {first} is {first + n}, but the sentence speaks of the "
                f"present (published {published.isoformat()}, {since} years after {first})",
                score=0.7, severity="warning",
                evidence=(match.group(), f"published {published.isoformat()}"),
                related=(Span(at.start(), at.end(), at.group(), "date"),), suggestion=str(since))


def finished_span_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a finished span of N years whose start year puts its end after publication."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        if not ("year" in lower or "decade" in lower) or not any(w in lower for w in _STARTS):
            continue
        for match in (*_SPAN.finditer(text, sentence.start, sentence.end),
                      *_TOOK.finditer(text, sentence.start, sentence.end)):
            n, first = cardinal(match["n"]), int(match["year"])
            unit = "decades" if _decades(match) else "years"
            if n is not None and _decades(match):
                n = 10 * n - 5  # "two decades" may be 15 years
            if n is None or first + n <= published.year + 1:
                continue  # "late 1983" and four years may end at a 1987 publication
            yield rule.finding(
                doc, match.start("n"), match.end("n"),
                f"“{match['n']}” {unit} from {first} end in {first + n} at the earliest, after "
                f"the publication "
                f"date ({published.isoformat()}): at most {published.year - first} years",
                score=0.8, evidence=(match.group(), f"published {published.isoformat()}"),
                related=(Span(*match.span("year"), match["year"], "date"),))


def _told_bound(match: re.Match[str]) -> re.Match[str] | None:
    """The bound written inside the count's own pattern ("since 1982, nearly a decade")."""
    if "rough" not in match.re.groupindex or match["rough"] is None:
        return None
    return _ROUGH.search(match.group("rough") + " ")


def _decades(match: re.Match[str]) -> bool:
    """Whether the count is of decades."""
    return "unit" in match.re.groupindex and match["unit"].lower() == "decade"


def _later_years(text: str, start: int, end: int, first: int) -> list[int]:
    """The years the sentence names after `first`: the period may end at any of them ("the
    40-year-old bridge, built in 1950, closed in 1990")."""
    return [int(y) for y in _LATER_YEAR.findall(text, start, end) if first < int(y)]


def _completed(first: int, month: str | None, published: date) -> tuple[int, int]:
    """The completed years (lowest, highest) from a start in `first` (and `month`) to
    publication."""
    years = published.year - first
    if month is None:
        return years - 1, years
    index = _MONTHS.index(month.lower()[:3]) + 1
    if index < published.month:
        return years, years
    if index > published.month:
        return years - 1, years - 1
    return years - 1, years

