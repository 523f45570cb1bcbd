"""N102 a percentage change told in one statement and its two levels in the next: the headline
and the lede, or a sentence and the one after it.

"ACME CAR SALES OFF 5.5 PCT" over "Acme said car sales were off 15.5 pct to 109,174 from
129,242" (a 15.5 percent fall); "Its car sales fell 53 pct from a year earlier. It sold 1,330
cars in the period, down from 2,047" (a 35 percent fall). The change is the one percentage of
its statement and names no level of its own ("to", "from" a figure; a year is a period). Its
levels are a pair ("to X from Y", "from Y to X", "X, down from Y", or a change told with both
its levels): for a headline, the first pair of the lede (its first 400 characters), unless the
lede tells the headline's change before it without levels; for a sentence,
the one pair of the next sentence, which tells no percentage. The two statements must speak of
the same thing: a content word of the change's statement ("sales", "output") stands in the
pair's sentence, written in lower case there (not a name). A cumulative or average change
("first nine months", a headline's "YEAR NET") is over another span than a pair of single
periods, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.changes import (
    CHANGE,
    FROM_TO,
    PERCENT,
    SHARE_WORD,
    _read,
    blank_parentheses,
    misfit,
    percents,
    stated_changes,
)
from flagger.detectors.numbers.subjects import content_words, other_measure
from flagger.detectors.numbers.values import NUMBER, Figure, format_figure
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

X_NUMBER = NUMBER.replace("?P<", "?P<x")
ABOUT = r"(?:about |around |some |nearly |almost |roughly )?"
REACHED_FROM = lazy(rf"\bto\s+{ABOUT}{NUMBER}[^.;]{{0,40}}?\bfrom\s+{ABOUT}{X_NUMBER}")
"""A level reached and the one before: "rose to about 24 mln dlrs, or 96 cts a share, from 17.4
mln dlrs"."""
DOWN_FROM = lazy(
    rf"(?<![\w.,]){X_NUMBER}[^.;%]{{0,80}}?,\s+(?:up|down|off)\s+"
    rf"(?:{ABOUT}\d+(?:\.\d+)?\s?(?:pct|percent|per cent|%)\s+)?from\s+{ABOUT}{NUMBER}"
)
"""A level and the one before it: "sold 1,330 cars in the period, down from 2,047"; "49.9
billion kilowatt-hours in the week, up 6.8 pct from 46.7 billion"."""
OWN_FIGURE = lazy(r"(?<![\w.,])[$£€#]?(?!(?:19|20)\d\d\b)\d")
"""A figure after the change in its clause: a level or base of its own ("higher than the
January estimate of 68.0 billion"; a year is a period: "UP 8 PCT FROM 1986")."""
CLAUSE_END = lazy(r"[.;:]\s|[.;:]$|\s[-–—]+\s|\n\s*\n")
LEVEL_BEFORE = lazy(
    r"\b(?:to|at|from|of|and|by|with|below|above|under|over|than|near|around)\s+"
    r"(?:[a-z]+\s+)?$",
    re.I,
)
"""A percentage that is a level, not a change ("RATE RISES TO 7.9 PCT", "fell below 32 pct")."""
SHARE_NOUN = lazy(r"\b(?:proportion|share|percentage|rate|ratio|margin|stake|yield)\b", re.I)
"""After a change, what makes it a change of a share ("a 4.5% gain for the proportion of")."""
OTHER_SPAN = lazy(
    r"\b(?:annual(?:ly|ised|ized)?|average|cumulative|year-to-date|so far|compound|"
    r"first (?:two|three|four|five|six|nine)|(?:six|nine|12|twelve) (?:months|mths))\b",
    re.IGNORECASE,
)
"""Words of a change over another span than a pair of single periods ("first nine months")."""
YEAR_HEAD = lazy(r"\b(?:year|yr)\b(?!-)", re.IGNORECASE)
"""A headline's "YEAR NET": the lede's first pair may be a quarter's."""
TOLD = 1.0
"""A lede's percentage this close to the headline's ("24.5 pct" under "RISE 24 PCT") tells the
headline's change; the levels after it are of something else."""
Stated = tuple[re.Match[str], Figure, Figure]
"""A stated change with the level it reached and the level before (`stated_changes`)."""
Read = tuple[list[Stated], str]
"""The article's stated changes and its text with conversions blanked, read once."""
LEDE = 400
"""The lede that may hold the levels of the headline's change: the sentences that start in the
body's first 400 characters (a wire story's wrapped lines may split its first sentence)."""


def neighbour_changes(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a change whose levels, told in the next statement, do not give
    it."""
    if not doc.sentences:
        return
    stated = (list(stated_changes(doc)), blank_parentheses(doc.text))
    head = doc.headline
    if head is not None and any(c.isdigit() for c in head.text):
        yield from _headline(doc, head, rule, stated)
    yield from _next_sentence(doc, rule, stated)


def _changes(
    text: str, start: int, end: int, told: list[re.Match[str]]
) -> list[re.Match[str]]:
    """Return the bare changes among the percentages `told` of text[start:end]: a change word
    near, and no level or base of their own."""
    found = []
    for match in told:
        near = text[max(start, match.start() - 40) : min(end, match.end() + 30)]
        if LEVEL_BEFORE.search(text, max(start, match.start() - 20), match.start()):
            continue
        stop = CLAUSE_END.search(text, match.end(), end)
        if SHARE_WORD.search(text, max(start, match.start() - 60), match.start()) or (
            SHARE_NOUN.search(text, match.end(), stop.start() if stop else end)
        ):
            continue  # "the share of the dollar has fallen 32 pct": a share, not a level
        if CHANGE.search(near) and not OWN_FIGURE.search(text, match.end(),
                                                          stop.start() if stop else end):
            found.append(match)
    return found


def _headline(doc: Document, head: Document, rule: Rule, stated: Read) -> Iterator[Finding]:
    """Yield a finding on the headline's change when the lede's levels of it do not give it."""
    lowered = head.text.lower()  # "OFF 5.5 PCT"
    told = list(percents(lowered))
    said = _changes(lowered, 0, len(lowered), told)
    if len(said) != 1 or len(told) != 1:
        return
    if OTHER_SPAN.search(head.text) or YEAR_HEAD.search(head.text):
        return
    first = doc.sentences[0].start
    end = max(s.end for s in doc.sentences if s.start < first + LEDE)
    levels = _levels(doc, doc.sentences[0].start, end, head.text, stated)
    if not levels or OTHER_SPAN.search(doc.text, doc.sentences[0].start, end):
        return
    reached, before = levels[0]  # the lede tells the headline's change first
    value = float(said[0].group("p").replace(",", ""))
    for match in PERCENT.finditer(stated[1], first, min(reached.start, before.start)):
        if abs(float(match.group("p").replace(",", "")) - value) <= TOLD:
            return  # the lede tells the headline's change itself, with no levels of its own
    yield from _judge(head, rule, said[0], doc, reached, before)


def _next_sentence(doc: Document, rule: Rule, stated: Read) -> Iterator[Finding]:
    """Yield findings on bare changes whose levels the next sentence gives, and not its own."""
    text = stated[1]
    levelled = {match.start() for match, _, _ in stated[0]}
    by_sentence: dict[int, list[re.Match[str]]] = {}
    for match in percents(text):
        by_sentence.setdefault(doc.sentence_index(match.start()), []).append(match)
    for index, told in by_sentence.items():
        sentence = doc.sentences[index]
        said = _changes(text, sentence.start, sentence.end, told)
        if len(told) != 1 or len(said) != 1 or said[0].start() in levelled:
            continue
        if index + 1 >= len(doc.sentences) or index + 1 in by_sentence:
            continue  # no next sentence, or one that tells a change of its own
        if OTHER_SPAN.search(text, sentence.start, sentence.end):
            continue
        following = doc.sentences[index + 1]
        statement = text[sentence.start : sentence.end]
        levels = _levels(doc, following.start, following.end, statement, stated)
        if len(levels) == 1 and not OTHER_SPAN.search(text, following.start, following.end):
            yield from _judge(doc, rule, said[0], doc, *levels[0])


def _levels(
    doc: Document, start: int, end: int, statement: str, stated: Read
) -> list[tuple[Figure, Figure]]:
    """Return the pairs of levels (reached, before) in text[start:end], in text order, each
    in a sentence that speaks of what `statement` speaks of, and of the same measure."""
    changes, text = stated
    words = content_words(statement)
    pairs: dict[int, tuple[int, Figure, Figure]] = {}
    for pattern, first in ((REACHED_FROM, ""), (FROM_TO, "x"), (DOWN_FROM, "x")):
        for pair in pattern.finditer(text, start, end):
            reached = _read(text, 0, pair, first)
            before = _read(text, 0, pair, "x" if first == "" else "")
            if reached is not None and before is not None:
                pairs.setdefault(reached.start, (pair.start(), reached, before))
    for _, x, y in changes:
        if start <= min(x.start, y.start) < end:
            pairs.setdefault(x.start, (min(x.start, y.start), x, y))
    found = []
    for at, reached, before in sorted(pairs.values(), key=lambda p: p[0]):
        sentence = doc.sentences[doc.sentence_index(at)]
        told = text[sentence.start : sentence.end]
        if words & content_words(told, names=False) and not other_measure(statement, told):
            found.append((reached, before))
    return found


def _judge(
    where: Document, rule: Rule, match: re.Match[str], doc: Document, x: Figure, y: Figure
) -> Iterator[Finding]:
    """Yield a finding on the change `match` in `where` when the levels in `doc` do not give
    it."""
    pair = misfit(doc.text, match, x, y)
    if pair is None:
        return
    x, y = pair
    actual = abs(x.value - y.value) / y.value * 100
    word = "rise" if x.value > y.value else "fall"
    yield rule.finding(
        where, match.start("p"), match.end(),
        f"{where.text[match.start() : match.end()].strip()} does not fit {y.text} → {x.text} "
        f"told next: that is a "
        f"{actual:.1f}% {word}",
        related=(Span(y.start, y.end, y.text, "from", doc.field),
                 Span(x.start, x.end, x.text, "to", doc.field)),
        evidence=(f"({format_figure(x.value)}"
                  f" − {format_figure(y.value)}) / {format_figure(y.value)} = {actual:.1f}%",),
    )
