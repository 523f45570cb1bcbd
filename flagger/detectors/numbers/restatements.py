"""N101 a statement told twice with one figure changed: "the Vela clinic was testing 300 samples
a day before the ministry halted it" … "the Vela clinic was testing 500 samples a day before the
ministry halted it"; "Mayor Ana Ruiz said $34 million of the city's debt was rescheduled" …
"Ruiz said $36 million of the city's debt was rescheduled". Any figure: people, money, tonnes,
votes or shares.

Two figures count one thing of one event when they count the same words (the currency, the
scale and the word after the figure agree) and their sentences, apart from the figure, are
nearly the same words: most content words of the shorter shared, every other figure the same,
and no name on each side that the other lacks ("Under the Vela plan …" … "Under the Orla plan
…" is a parallel). A sentence that tells of another period, part or step ("last year", "first
quarter", "rose", "another") in words the other lacks is no retelling; nor are years, prices
("$1,343.50"), shares of a whole or a table line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.updates import CHANGED
from flagger.detectors.numbers.values import WORD_VALUES, rounded
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

SPELLED = (
    r"(?i:"
    + "|".join(sorted((w for w in WORD_VALUES if " " not in w), key=len, reverse=True))
    + r")\b(?=\s(?:million|billion|trillion|mln|bln|bn)\b)"
)
"""A number written out before its scale ("three billion", "Eight mln"): an amount told in
words, which a headline may give in digits ("3 BLN") or the body again in words."""
FIGURE = lazy(
    r"(?<![\w.,:/#–-])(?P<cur>[$£€])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    + SPELLED
    + r")(?![\w,.:/-]\d)(?:\s?(?P<scale>million|billion|trillion|thousand|mln|bln|bn)\b)?"
    r"(?:\s(?P<unit>[a-z][a-z-]{2,})\b)?"
)
"""A figure with its currency, scale and the lower-case word after it ("$4.3 billion",
"30,000 emails", "500 people", "three billion yen")."""
DIGIT = lazy(r"\d|\b(?:million|billion|trillion|mln|bln|bn)\b")
"""What every figure holds: a digit, or the scale after a number written out."""
WORD = lazy(r"[A-Za-z][A-Za-z'’-]{2,}")
STOP = frozenset(
    "the and that this these those their there they them then than with from have has had been "
    "were was are for its his her will would could should also about some said says told into "
    "over under after while when which where what who whom whose each such only just still even "
    "very much well both here not but our out all one two".split()
)
"""Words too common to tell two sentences apart."""
PERIOD = lazy(
    r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|last|previous|prior|"
    r"earlier|ago|next|first|second|third|fourth|quarter|half|week|month|year|annual|daily|"
    r"initial|original|final|total|each|per|average|estimated|projected|forecast|target)\b",
    re.IGNORECASE,
)
"""Words that set a figure in a period, a part or an estimate: a sentence that has them and its
twin lacks tells of another figure."""
SHARED, ALIKE, WHOLE = 7, 0.9, 0.6
"""Content words two sentences must share, their share of the shorter sentence's and of all
their words, to be one statement told twice (one may add the speaker's title or a place)."""
SHARES = frozenset("percent pct per points point".split())
"""Shares and margins: a poll's or a market's parallel figures, read by the N102 rules."""
YEAR = lazy(r"1[89]\d\d|20\d\d")
"""A year is no count ("1985 payout")."""
CROWDED = 4
"""A sentence with more figures than this is a table or a list of results, whose lines repeat
their words."""


BOUNDED = lazy(
    r"\b(?:about|around|nearly|almost|roughly|some|over|under|more than|less than|fewer than|"
    r"at least|at most|up to|as many as|approximately|estimated)\s+$",
    re.IGNORECASE,
)
"""A bound or an estimate before a figure: "about 20" and "at least 29" may both hold."""
NEAR = 1.25
"""Bounded figures this close may be one count given loosely."""


@dataclass(frozen=True)
class Told:
    """One figure in its sentence: what it counts, its value, where it stands, whether a bound
    or estimate comes before it, the other figures and the content words of its sentence."""

    key: tuple[str, str, str]
    value: float
    start: int
    end: int
    shown: str
    bounded: bool
    others: tuple[str, ...]
    words: frozenset[str]
    names: frozenset[str]


def restatements(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings for a figure whose sentence is told again with another value."""
    told_in: list[tuple[str, int, list[re.Match[str]], list[re.Match[str]]]] = []
    sentences_of: Counter[tuple[str, str, str]] = Counter()
    for sentence in doc.sentences:
        if not DIGIT.search(doc.text, sentence.start, sentence.end):
            continue  # every figure holds a digit
        text = doc.text[sentence.start : sentence.end]
        every = list(FIGURE.finditer(text))
        figures = [m for m in every if (m.group("cur") or m.group("unit")) and not _price(m)
                   and not YEAR.fullmatch(m.group("num"))]
        if not figures or len(every) > CROWDED:
            continue
        told_in.append((text, sentence.start, every, figures))
        sentences_of.update({_key(m) for m in figures})
    seen: dict[tuple[str, str, str], list[Told]] = {}
    for text, offset, every, figures in told_in:
        # a figure whose kind no other sentence gives can neither be told again nor retell one
        again = [m for m in figures if sentences_of[_key(m)] > 1 and _key(m)[2] not in SHARES]
        if not again:
            continue
        words = _words(FIGURE.sub(" ", text))
        here = [_told(text, offset, match, every, words) for match in again]
        for told in here:
            first = next((e for e in seen.get(told.key, []) if _retold(e, told)), None)
            if first is not None:
                yield _finding(doc, rule, first, told)
        for told in here:
            seen.setdefault(told.key, []).append(told)


def _key(match: re.Match[str]) -> tuple[str, str, str]:
    """The kind of a figure: its currency, scale word and unit."""
    unit = (match.group("unit") or "").casefold()
    return (match.group("cur") or "", (match.group("scale") or "").casefold(), unit)


def digits(number: str) -> str:
    """The digits of a FIGURE's number, one written out read as its value ("three" → "3",
    "1,250" → "1250")."""
    value = WORD_VALUES.get(number.casefold())
    return str(value) if value is not None else number.replace(",", "")


def _price(match: re.Match[str]) -> bool:
    """Say whether a figure is a price ("$1,343.50"), which moves by the hour."""
    return bool(match.group("cur")) and "." in match.group("num") and not match.group("scale")


def _told(
    text: str, offset: int, match: re.Match[str], figures: list[re.Match[str]],
    words: frozenset[str],
) -> Told:
    key = _key(match)
    value = float(digits(match.group("num")))
    others = tuple(sorted(m.group() for m in figures if m is not match))
    bounded = BOUNDED.search(text[max(0, match.start() - 20) : match.start()]) is not None
    names = frozenset(w.group() for w in WORD.finditer(text, 1) if w.group()[0].isupper())
    return Told(key, value, offset + match.start(), offset + match.end("num"),
                match.group().strip(), bounded, others, words, names)


def _words(text: str) -> frozenset[str]:
    folded = (w.casefold().replace("’", "'") for w in WORD.findall(text))
    return frozenset(w for w in folded if w not in STOP)


def _retold(first: Told, later: Told) -> bool:
    """Say whether `later` tells the statement of `first` again with another value."""
    if first.value == later.value or first.others != later.others:
        return False
    ratio = later.value / first.value if first.value else 0.0
    if not 0.5 < ratio < 2 or rounded(int(first.value), int(later.value)):
        return False
    if (first.bounded or later.bounded) and 1 / NEAR < ratio < NEAR:
        return False
    one, two = _stems(first.words), _stems(later.words)
    shared = len(one & two)
    if shared < SHARED or shared < ALIKE * min(len(one), len(two)) or shared < WHOLE * len(
        one | two
    ):
        return False
    if first.names - later.names and later.names - first.names:
        return False  # "Trump's plan would cut $9.5 trillion" … "Sanders' plan would raise …"
    apart = " ".join(first.words ^ later.words)
    return PERIOD.search(apart) is None and CHANGED.search(apart) is None


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Cut words to six letters, so that "disqualified" and "disqualify" agree."""
    return frozenset(w[:6] for w in words)


def _finding(doc: Document, rule: Rule, first: Told, later: Told) -> Finding:
    return rule.finding(
        doc, later.start, later.end,
        f"{later.shown} here, but the same statement gave {first.shown} before "
        f"({later.value:,g} ≠ {first.value:,g})",
        related=(Span(first.start, first.end, doc.text[first.start : first.end],
                      "earlier figure"),),
        evidence=(first.shown, later.shown),
    )
