"""T107: a count of years from a year up to publication, told in one clause ("Since 1994,
China has organized 15 consecutive ... examinations" of an annual exam, in 2006: 12 to 13;
"prices were stable for 40 years from 1949", in 1987: at most 39).

"Since" a year, a run of "consecutive" (straight, successive) years, or of events the article
calls annual (yearly), counts the years to publication: the first may fall in the year named
or after it, the last in the publication year or before it. "For N years from" a year in a
sentence that does not look ahead, nor sets a term (a sentence, ban, lease, contract, loan),
ends by publication. The clause names no other year; rounding words are bounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.report.finding import Finding

_Y = r"(?:1[6-9]|20)\d\d"
_NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_CLAUSE = r"(?:[^.;:()!?\n]|\n(?!\s*\n))"  # words of one clause, wrapped lines and all
_RUN = (rf"(?P<n>{_NUM})\s+(?:straight|consecutive|successive)\s+"
        r"(?P<noun>(?:[a-z]+\s+){0,3}?[a-z]+s)\b")
# "Since 1994, China has organized 15 consecutive ... examinations"; "for 12 straight years
# since 1975"
_SINCE_RUN = (
    lazy(rf"\b[Ss]ince\s+(?P<year>{_Y})\b(?P<gap>{_CLAUSE}{{0,80}}?)\b{_RUN}"),
    lazy(rf"\b{_RUN}(?P<gap>{_CLAUSE}{{0,50}}?)\bsince\s+(?P<year>{_Y})\b",
         re.IGNORECASE),
)
# "stable prices for 40 years from 1949"; not "for 40 years from 1949 to 1989"
_FOR_FROM = lazy(
    rf"\bfor\s+(?P<rough>(?:more\s+than|over|nearly|almost|about|some|around|roughly)\s+)?"
    rf"(?P<n>{_NUM})\s+(?P<unit>years|decades)\s+(?:from|starting\s+in|beginning\s+in)\s+"
    rf"(?P<year>{_Y})\b(?!\s*(?:[-–]|to\b|through\b|until\b|till\b|and\b))", re.IGNORECASE)
_YEAR = lazy(rf"(?<![\d,.$£€-]){_Y}\b(?![\d%-])")
_AHEAD = lazy(r"\b(?:will|would|shall|could|might|may|should|expects?|expected|due|"
              r"plans?|planned|scheduled|if|until|unless)\b|['’]ll\b", re.IGNORECASE)
# a term set to run on past publication: a sentence, a ban, a lease, a contract or a loan
_TERM = lazy(r"\b(?:sentenc\w*|jail\w*|imprison\w*|prison|ban\w*|barred|suspend\w*|"
             r"leas\w*|licen[cs]\w*|contract\w*|agreement|deal|term|concession|"
             r"franchise|patent|grant\w*|award\w*|sign\w*|loan|bond|guarantee\w*|"
             r"warrant\w*|pledg\w*|commit\w*|extend\w*|exempt\w*)\b", re.IGNORECASE)
_ROUGH_BEFORE = lazy(r"\b(?:more\s+than|over|nearly|almost|about|some|around|"
                     r"roughly|at\s+least|less\s+than|under|up\s+to)\s+$",
                     re.IGNORECASE)


def open_span_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a run of years since a year, or a span for N years from one, that the years to
    publication rule out."""
    published = doc.article.published
    if published is None:
        return
    text = doc.text
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        if "since" in lower and ("consecutive" in lower or "straight" in lower
                                 or "successive" in lower):
            for pattern in _SINCE_RUN:
                for match in pattern.finditer(text, sentence.start, sentence.end):
                    found = _run(doc, match, published.year)
                    if found is not None:
                        yield _finding(doc, rule, match, *found)
        if ("for" in lower and " from " in lower and not _AHEAD.search(sentence.text)
                and not _TERM.search(sentence.text)):
            for match in _FOR_FROM.finditer(text, sentence.start, sentence.end):
                found = _overrun(match, published.year, sentence.text)
                if found is not None:
                    yield _finding(doc, rule, match, *found)


def _run(doc: Document, match: re.Match[str], year_now: int) -> tuple[int, int, str] | None:
    """(fewest, most, what) runs of years since the year allow, when the count is outside."""
    n, first = cardinal(match["n"]), int(match["year"])
    noun = match["noun"].lower()
    head = noun.split()[-1]
    if (n is None or first >= year_now or _YEAR.search(match["gap"])
            or _ROUGH_BEFORE.search(doc.text, max(match.start("n") - 14, 0), match.start("n"))):
        return None
    if head != "years" and not _annual(doc, head):
        return None
    fewest, most = year_now - first - 1, year_now - first + 1
    if fewest <= n <= most:
        return None
    return fewest, most, f"one a year since {first} to publication in {year_now} gives"


def _annual(doc: Document, head: str) -> bool:
    """Whether the article calls the events annual ("annual ... exam" for "examinations")."""
    stem = re.escape(head[:4])  # "exam" of "examinations"
    pattern = rf"\b(?:annual|yearly)\s+(?:[a-z]+\s+){{0,3}}{stem}"
    title = doc.article.title or ""
    return re.search(pattern, doc.text, re.IGNORECASE) is not None or re.search(
        pattern, title, re.IGNORECASE) is not None


def _overrun(match: re.Match[str], year_now: int, sentence: str) -> tuple[int, int, str] | None:
    """(0, most, what) when a finished span from its year would end after publication."""
    n, first = cardinal(match["n"]), int(match["year"])
    if n is None or first >= year_now or len(_YEAR.findall(sentence)) != 1:
        return None
    years = n * (10 if match["unit"].lower() == "decades" else 1)
    least = years - (5 if match["unit"].lower() == "decades" else 0)
    rough = (match["rough"] or "").strip().lower()
    if rough in ("more than", "over"):
        return None
    if rough:
        least -= max(1, years // 4)
    if first + least - 1 <= year_now:  # 40 years from January 1949 end in 1988
        return None
    return 0, year_now - first + 1, (f"a span from {first} ended by publication in {year_now} "
                                     "lasted")


def _finding(doc: Document, rule: Rule, match: re.Match[str], fewest: int, most: int,
                  what: str) -> Finding:
    """The finding on the count, with the years to publication in the message."""
    said = doc.text[match.start("n") : match.end()]
    year = match["year"]
    allows = f"at most {most}" if fewest == 0 else f"{fewest} to {most}"
    return rule.finding(
        doc, match.start("n"), match.end("n"),
        f"“{said}” counts {match['n']}, but {what} {allows} years", score=0.7,
        severity="warning", evidence=(match.group(), year),
        related=(Span(match.start("year"), match.end("year"), year, "year counted from"),))
