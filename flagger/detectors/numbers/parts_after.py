"""N102 parts after: a whole told in one sentence, its parts listed in a later one opened by a
definite reference to it, that add up to more.

"The bill provides $40 billion in aid. The legislation includes $12.5 billion for roads and
$30.1 billion for schools"; "It gave out 59 prizes. The prizes included one lifetime award, 10
debut prizes, 37 poetry prizes and 21 photo prizes". The later sentence opens with a
definite noun phrase and "includes", "comprised", "consists of" or "is made up of"; each part
opens a list item (the first right after the verb, the others after a comma, "and", "plus" or
"while"), all of
one measure (a currency, percentages, or plain counts). The whole is the one figure of that
measure in the two sentences before, told once or repeated (for plain counts, the one the
opening's noun follows in its clause: "59 national literacy awards … The awards"). Parts may
fall short (the list may be partial); more than the whole, beyond the rounding of the written
digits, cannot be. A whole that is a bound ("more than $80 billion") or a signed measure
(earnings, net, contributions to growth) is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.listed import BOUND, SIGNED
from flagger.detectors.numbers.values import (
    NUMBER,
    PERCENT_WORD,
    WORD_VALUES,
    Figure,
    figure,
    format_figure,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

OPENING = lazy(
    r"(?:The|This|That|These|Those|Its|Their)\s+(?P<np>(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>[A-Za-z][\w'’-]*)\s+(?:also\s+)?(?:includes?|included|comprises?|comprised|"
    r"consists?\s+of|consisted\s+of|(?:is|was|are|were)\s+made\s+up\s+of)\s+"
)
"""A sentence opened by a definite whole and a verb of its parts: "The legislation includes"."""
WORDS = trie(sorted(WORD_VALUES, key=len, reverse=True))
PART = lazy(
    rf"(?<![\w.,])(?:{NUMBER}|(?P<word>(?i:{WORDS})))(?![\w]|\.\d|,\d)(?P<pct>{PERCENT_WORD})?"
)
"""A figure, or a count in words ("one", "Thirty"); scale words only as written ("mln")."""
QUALIFIER = r"(?:(?:about|around|some|more\s+than|over|nearly|almost|roughly|another|an?)\s+)?"
FIRST = lazy(rf"{QUALIFIER}(?:additional\s+)?$", re.IGNORECASE)
NEXT = lazy(rf"(?:,\s*|\band\s+|\bplus\s+|\bwhile\s+)(?:the\s+)?{QUALIFIER}(?:additional\s+)?$",
            re.IGNORECASE)
"""What may stand before a part: the verb (FIRST), or a comma, "and", "plus" or "while" (NEXT)."""
WORD = lazy(r"[A-Za-z][\w'’-]*")
CLAUSE_END = lazy(r"[.;:!?()]")
NOUN_REACH = 60
"""How far after a count its noun may stand ("59 national-level literacy awards")."""
CONTRIBUTION = lazy(r"\b(?:contributions?|impacts?|effects?)\b", re.IGNORECASE)
"""Contributions to a change are signed too: "the private sector contribution included 0.3
point …" beside a negative one."""
SENTENCES_BEFORE = 2


def parts_after(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for parts listed after their whole that add up to more than it."""
    text = doc.text
    for index, sentence in enumerate(doc.sentences):
        if index == 0 or text[sentence.start] not in "TI":
            continue
        opening = OPENING.match(text, sentence.start, sentence.end)
        if opening is None:
            continue
        parts = _parts(text, opening.end(), sentence.end)
        if parts is None:
            continue
        start = doc.sentences[max(0, index - SENTENCES_BEFORE)].start
        total = _whole(text, start, sentence.start, parts, opening.group("noun"))
        if total is None or SIGNED.search(text, start, sentence.end):
            continue
        told = doc.sentences[doc.sentence_index(total.start)].start
        if not CONTRIBUTION.search(text, told, sentence.end):
            yield from _judge(doc, rule, total, [fig for fig, _ in parts])


def _measure(found: re.Match[str], fig: Figure) -> str:
    if found.group("pct"):
        return "%"
    return fig.currency or "#"


def _read(found: re.Match[str]) -> tuple[Figure, str]:
    word = found.group("word")
    if word is None:
        fig = figure(found)
        return fig, _measure(found, fig)
    value = float(WORD_VALUES[word.casefold()])
    return Figure(found.start(), found.end(), word, value, 0.0, 1.0, False, ""), "#"


def _parts(text: str, start: int, end: int) -> list[tuple[Figure, str]] | None:
    """The parts listed from `start`, each opening a list item, all of one measure."""
    parts: list[tuple[Figure, str]] = []
    previous = start
    for found in PART.finditer(text, start, end):
        if text.count("(", start, found.start()) > text.count(")", start, found.start()):
            continue  # "$41.1m (£23.1m)": a conversion, no part
        gap = FIRST if not parts else NEXT
        if gap.search(text, previous, found.start()) is None or re.search(
            r"\d", text[previous : found.start()]
        ):
            return None
        parts.append(_read(found))
        previous = found.end()
    if len(parts) < 2 or len({kind for _, kind in parts}) != 1:
        return None
    return parts


def _whole(
    text: str, start: int, end: int, parts: list[tuple[Figure, str]], noun: str
) -> Figure | None:
    """The one figure of the parts' measure before them (for counts, the one `noun` follows)."""
    kind = parts[0][1]
    found: list[Figure] = []
    for match in PART.finditer(text, start, end):
        if text.count("(", start, match.start()) > text.count(")", start, match.start()):
            continue
        fig, measure = _read(match)
        if measure != kind or is_year(fig) or match.group("word"):
            continue
        if kind == "#" and _stem(noun) not in _nouns(text, match.end()):
            continue
        found.append(fig)
    if len({fig.value for fig in found}) != 1:
        return None  # no whole, or two: the parts' whole is not known
    whole = found[-1]
    return None if BOUND.search(text, max(0, whole.start - 16), whole.start) else whole


def _nouns(text: str, start: int) -> set[str]:
    """The first few words after a count, within its clause, as stems."""
    clause = CLAUSE_END.split(text[start : start + NOUN_REACH], 1)[0]
    return {_stem(word) for word in WORD.findall(clause)[:5]}


def _stem(word: str) -> str:
    return word.casefold().removesuffix("s")


def _judge(doc: Document, rule: Rule, total: Figure, parts: list[Figure]) -> Iterator[Finding]:
    if any(p.value >= total.value for p in parts):
        return  # a part as large as the whole: not its parts
    slack = total.half_unit + sum(p.half_unit for p in parts)
    added = sum(p.value for p in parts)
    if added <= total.value + slack + 1e-9:
        return
    written = " + ".join(p.text for p in parts)
    yield rule.finding(
        doc, parts[-1].start, parts[-1].end,
        f"the parts listed ({written}) add up to more than the {total.text} told before them",
        related=(Span(total.start, total.end, total.text, "total"),
                 *(Span(p.start, p.end, p.text, "part") for p in parts[:-1])),
        evidence=(f"{written} = {format_figure(added)} > {format_figure(total.value)}",),
    )
