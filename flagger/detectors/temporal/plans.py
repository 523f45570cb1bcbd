"""One plan, two years: the same subject "will" do the same thing "next year" in one sentence and
"in 2019" in the next ("The clerk will run for re-election next year." ... "Clerk Davis will
run to keep her seat in 2019." in a 2017 story).

A plan is a future verb ("will run", "plans to run") whose clause, before any comma, ends in a
year: a relative one ("next year") or a written one ("in 2019"). Two plans are one when they
stand in adjacent sentences, have the same verb, and their subjects (the words before the verb)
share a content word ("clerk"), and nothing marks a second occurrence ("another", "again").
The link rests on wording alone, so a conflict is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import interval, overlaps, show
from flagger.report.finding import Finding

# "will run", "plans to run", "is set to run"; the verb is the word after the future marker.
_FUTURE = lazy(r"\b(?:will|(?:plans?|intends?|is\s+set|are\s+set|expects?|is\s+due|"
               r"are\s+due)\s+to)\s+(?:also\s+|not\s+)?(?P<verb>[a-z]+)\b")
_OTHER = lazy(r"\b(?:another|again|second|new|also|further|more|next\s+round)\b",
              re.IGNORECASE)
_WORD = lazy(r"[A-Za-z][A-Za-z'’-]{3,}")
_STOP = frozenset({"that", "this", "their", "there", "which", "would", "with", "from", "said",
                   "says", "have", "been", "also", "after", "before", "years", "year", "ago",
                   "last", "next", "when", "while", "where", "they", "them", "than"})
_CLAUSE_END = lazy(r"[,;:()]")
_IN = lazy(r"\b(?:in|during|by)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Plan:
    """A future verb, its subject's content words, the year its clause ends in."""

    verb: str
    subject: frozenset[str]
    timex: TimeExpression
    verb_start: int
    verb_end: int


def _year(tx: TimeExpression) -> bool:
    """Whether a date is one whole year, relative or written."""
    return (tx.type == "DATE" and tx.granularity == "year" and not tx.ago and not tx.range_start
            and tx.mod is None and interval(tx) is not None)


def _plan(text: str, start: int, dates: Sequence[TimeExpression]) -> _Plan | None:
    """The plan of the sentence at `start`: its first future verb and the year closing its
    clause, when the clause holds exactly one date."""
    if not dates:
        return None
    tx = dates[-1]
    match = None
    for candidate in _FUTURE.finditer(text, start, tx.start):
        match = candidate
    if match is None or _CLAUSE_END.search(text, match.end(), tx.start):
        return None
    if any(d.start > match.end() for d in dates[:-1]) or _OTHER.search(text, start, tx.end):
        return None
    if not (tx.deictic or _IN.search(text[max(tx.start - 8, 0) : tx.start])):
        return None
    subject = frozenset(w.lower() for w in _WORD.findall(text[start : match.start()])
                        if w.lower() not in _STOP)
    return _Plan(match["verb"], subject, tx, match.start("verb"), match.end("verb"))


def plan_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101: a relative year of a plan that the next or previous sentence dates otherwise."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    plans: list[_Plan | None] = []
    index = 0
    dates = [d for d in doc.dates if _year(d)]
    for sentence in doc.sentences:
        inside = []
        while index < len(dates) and dates[index].start < sentence.end:
            if dates[index].start >= sentence.start:
                inside.append(dates[index])
            index += 1
        plans.append(_plan(text, sentence.start, inside) if inside else None)
    for first, second in pairwise(plans):
        if first is None or second is None or first.verb != second.verb:
            continue
        if not first.subject & second.subject:
            continue
        relative, written = (first, second) if first.timex.deictic else (second, first)
        if not relative.timex.deictic or written.timex.deictic or not written.timex.explicit:
            continue
        span, other = interval(relative.timex), interval(written.timex)
        if span is None or other is None or overlaps(span, other):
            continue
        yield _finding(doc, rule, relative, written, (span, other))


def _finding(doc: Document, rule: Rule, relative: _Plan, written: _Plan,
             spans: tuple[tuple[date, date], tuple[date, date]]) -> Finding:
    """The finding on the relative year, with the written year as its partner."""
    tx, ox = relative.timex, written.timex
    verb = doc.text[relative.verb_start : relative.verb_end]
    published = doc.article.published
    counted = f" (counted from publication on {published.isoformat()})" if published else ""
    message = (f"“{tx.text}” puts the plan to {verb} in {show(spans[0])}{counted}, but the "
               f"neighbouring sentence says the same plan is for {show(spans[1])} (“{ox.text}”)")
    related = (Span(ox.start, ox.end, ox.text, "conflicting date"),
               Span(relative.verb_start, relative.verb_end, verb, "event"))
    return rule.finding(doc, tx.start, tx.end, message, score=0.6,
                        evidence=(f"{tx.text} = {show(spans[0])}", show(spans[1])),
                        related=related, suggestion=f"in {show(spans[1])}")
