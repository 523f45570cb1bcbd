"""T107: one record told twice, as a count of years and as a year ("the worst performance for
15 years" ... "the worst performance since 1974" in a 1987 story: 12 or 13 years).

A superlative with its count ("the first ... in 25 years", "biggest overhaul in 20 years",
"First Time in a Decade") and the same superlative with "since" a year ("for the first time
since 1952") measure the same gap when the article holds each once and the two sentences (or
the headline and its sentence) share a content word ("surplus", "income", "closed"). The gap
runs from the year to the publication year, or to a later year either sentence names (the
year reported on). Each side is one clause: no comma between the superlative and its count or
year ("the first quarter, the largest decline since 1951" dates the largest). Rounding words
are bounds: "more than 20 years" fails only when the gap is shorter, "nearly 20 years" only
when it is longer; a count of decades allows five years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Field, Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

_SUPERLATIVES = ("first", "worst", "best", "biggest", "largest", "highest", "lowest",
                 "strongest", "weakest", "sharpest", "steepest", "fastest", "slowest",
                 "smallest", "deepest", "longest")
_SUPER = rf"(?P<sup>{'|'.join(_SUPERLATIVES)})"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ROUGH = r"(?P<rough>more\s+than|over|nearly|almost|about|some|around|roughly|under|less\s+than)"
_COUNTED = lazy(
    rf"\b{_SUPER}\b(?:[^.,;:()\n]|\n(?!\s*\n)){{0,50}}?\b(?:in|for)\s+(?:(?:the\s+)?(?:past|last)\s+)?"
    rf"(?:{_ROUGH}\s+)?(?:(?P<n>\d{{1,3}}|{NUMBER_WORDS})|an?)\s+(?P<unit>years?|decades?)\b",
    re.IGNORECASE)
_SINCE = lazy(rf"\b{_SUPER}\b[^.,;:()]{{0,70}}?\bsince\s+(?P<year>{_YEAR})\b",
              re.IGNORECASE)
_LATER_YEAR = lazy(rf"\b(?:in|for)\s+(?P<year>{_YEAR})\b")
_WORD = lazy(r"[a-z]{5,}")
# Words of five letters or more that any two sentences of a report share, and the
# superlatives themselves: the shared word must name the thing measured.
_COMMON = frozenset(_SUPERLATIVES) | frozenset({
    "about", "after", "again", "against", "before", "being", "could", "every", "first",
    "other", "their", "there", "these", "those", "three", "under", "until", "where", "which",
    "while", "would", "years", "since", "month", "months", "decade", "decades",
    "times", "still", "think", "today", "according", "percent", "saying", "added",
    "officials", "official", "statement", "reported", "reuters", "during",
    "among", "through", "around", "because", "between", "government", "country", "nearly",
    "almost", "people", "state", "states", "level", "levels", "united", "national",
    "president", "minister",
})
_SENTENCE = 400  # characters of a sentence read for shared words


def record_gap_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a superlative's count of years that the same superlative's "since" year
    contradicts."""
    published = doc.article.published
    if published is None or not doc.sentences or "since" not in doc.text:
        return
    places = [(doc, False)] + ([(doc.headline, True)] if doc.headline is not None else [])
    counted = [(w, title, m) for w, title in places
               for m in finditer_at(_COUNTED, w.text, w.lowered, _SUPERLATIVES)]
    if not counted:
        return
    since = [(w, title, m) for w, title in places
             for m in finditer_at(_SINCE, w.text, w.lowered, _SUPERLATIVES)]
    for where, in_title, count in counted:
        sup = count["sup"].lower()
        partners = [(w, t, m) for w, t, m in since if m["sup"].lower() == sup]
        if len(partners) != 1 or sum(1 for *_, c in counted if c["sup"].lower() == sup) != 1:
            continue
        other, other_title, year = partners[0]
        a, b = _context(where, in_title, count), _context(other, other_title, year)
        if not _shared(a, b):
            continue
        start = int(year["year"])
        refs = [published.year] + [int(m["year"]) for m in _LATER_YEAR.finditer(a + " " + b)
                                   if start < int(m["year"]) <= published.year]
        low, high = min(refs) - start - 1, max(refs) - start
        n = 1 if count["n"] is None else cardinal(count["n"])
        if n is None or start >= published.year:
            continue
        years = n * (10 if count["unit"].lower().startswith("decade") else 1)
        if _fits(years, count["unit"], (count["rough"] or "").lower(), (low, high)):
            continue
        yield _finding(rule, (where, count), (year, "title" if other_title else "text"),
                       (low, high, years))


def _context(where: Document, title: bool, match: re.Match[str]) -> str:
    """The sentence (or headline) around `match`, lowercased."""
    if title or not where.sentences:
        return where.text.lower()
    sentence = where.sentences[where.sentence_index(match.start())]
    return where.text[sentence.start : sentence.end][:_SENTENCE].lower()


def _shared(a: str, b: str) -> bool:
    """Whether two sentences share a content word (a plural, "clos" stems aside)."""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in _WORD.findall(text) if w not in _COMMON}
    return bool(stems(a) & stems(b))


def _fits(years: int, unit: str, rough: str, gap: tuple[int, int]) -> bool:
    """Whether a count of `years` (with its rounding word) can measure the gap."""
    low, high = gap
    slack = 5 if unit.lower().startswith("decade") else 1
    if rough in ("more than", "over"):
        return years <= high + slack
    if rough in ("nearly", "almost", "under", "less than"):
        return years >= low - slack
    if rough:
        slack = max(slack, round(years / 5))
    return low - slack <= years <= high + slack


def _finding(rule: Rule, counted: tuple[Document, re.Match[str]],
             since: tuple[re.Match[str], Field], numbers: tuple[int, int, int]) -> Finding:
    """The finding on the count, the "since" year (in `field`) related."""
    where, count = counted
    year, field = since
    low, high, years = numbers
    gap = f"{max(low, 0)}–{high}" if low != high else str(high)
    said = count.group()
    start = count.start("n") if count["n"] else count.start("unit")
    message = (f"“{said}” counts {years} years, but “{year.group()}” dates the same "
               f"{count['sup'].lower()} to {year['year']}, {gap} years before")
    return rule.finding(where, start, count.end(), message, score=0.6, severity="warning",
                        evidence=(f"{years} years", f"since {year['year']} = {gap} years"),
                        related=(Span(year.start("year"), year.end("year"), year["year"],
                                      "same record", field),))
