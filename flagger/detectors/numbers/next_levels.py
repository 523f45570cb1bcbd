"""N102 a change whose two levels the next sentence gives: "Club membership fell 40% last
year. Thirty-three clubs were left in 2024, compared with 45 in 2023" (45 → 33 is a 27%
fall); "Profits dropped by 64%. Net profit was $186m, compared with $322m a year earlier".

The change is a percentage right after a change verb ("fell 40%", "dropped by 64%") or before
a change noun ("a 6.5% rise"), alone in its sentence, with no level of its own ("to", "from",
"compared with" a figure). The next sentence tells no percentage and one pair of levels: "X …,
compared with Y" ("against", "versus"), "to X from Y" or "from Y to X". The two sentences must
speak of one thing: a word of the change's sentence (or a word for the same measure: profit,
earnings, income) stands in the pair's sentence before its base, and the pair moves the way
the change says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.changes import (
    BASE,
    FROM_TO,
    PERCENT,
    TO_FROM,
    _read,
    blank_parentheses,
    judge_percent,
)
from flagger.detectors.numbers.later_changes import COMMON, WORD
from flagger.detectors.numbers.values import NUMBER_RE, WORD_VALUES, Figure, figure, is_year
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

VERB_BEFORE = lazy(
    r"\b(?:rose|risen|rises?|jump(?:s|ed)?|climb(?:s|ed)?|grew|grown|gain(?:s|ed)?|"
    r"increas(?:e[sd]?)|soar(?:s|ed)?|surg(?:e[sd]?)|fell|fallen|falls?|drop(?:s|ped)?|"
    r"declin(?:e[sd]?)|slump(?:s|ed)?|plung(?:e[sd]?)|shed|lost|shrank|tumbl(?:e[sd]?)|"
    r"(?:was|were) (?:up|down))(?:\s+by)?\s+$",
    re.IGNORECASE,
)
"""Right before a percentage, the verb of a change: "fell 40%", "have fallen by 6%"."""
NOUN_AFTER = lazy(r"\s+(?:rise|increase|jump|gain|fall|drop|decline|cut|reduction)\b")
FALLING = lazy(
    r"\b(?:fell|fallen|falls?|drop(?:s|ped)?|declin(?:e[sd]?)|slump(?:s|ed)?|plung(?:e[sd]?)|"
    r"shed|lost|shrank|tumbl(?:e[sd]?)|down|fall|cut|reduction)\b",
    re.IGNORECASE,
)
"""A change word that says the level went down."""
"""Right after a percentage, the noun of a change: "a 6.5% rise"."""
OWN_LEVEL = lazy(r"\b(?:to|from|compared (?:with|to)|against|versus|than)\s+[$£€]?\d")
COMPARED = lazy(r",?\s+(?:compared (?:with|to)|against|versus)\s+" + BASE)
"""The base set beside a level written before it: "33 films …, compared with 45 in 2003"."""
WORD_NUMBER = lazy(
    r"\b(?:" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
SAME_MEASURE = (frozenset({"profit", "profits", "earnings", "income"}),)
"""Words a desk reads as one measure across two sentences ("earnings … net profit")."""


def next_levels(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a change the pair of levels in the next sentence contradicts."""
    if len(doc.sentences) < 2:
        return
    text = blank_parentheses(doc.text)
    for index, sentence in enumerate(doc.sentences[:-1]):
        changes = list(PERCENT.finditer(text, sentence.start, sentence.end))
        if len(changes) != 1 or OWN_LEVEL.search(text, sentence.start, sentence.end):
            continue
        match = changes[0]
        word = (VERB_BEFORE.search(text, max(0, match.start() - 24), match.start())
                or NOUN_AFTER.match(text, match.end()))
        if word is None:
            continue
        following = doc.sentences[index + 1]
        if PERCENT.search(text, following.start, following.end):
            continue
        pair = _pair(text, following.start, following.end)
        if pair is None:
            continue
        x, y = pair
        if bool(FALLING.search(word.group())) != (x.value < y.value):
            continue  # the pair moves the other way: a level of something else
        subject = _words(text[sentence.start : match.start()])
        if not subject & _words(text[following.start : max(x.start, y.start)]):
            continue
        yield from judge_percent(doc, rule, match, x, y)


def _pair(text: str, start: int, end: int) -> tuple[Figure, Figure] | None:
    """The one pair of levels (reached, before) the sentence in [start, end) tells."""
    found: list[tuple[Figure, Figure]] = []
    for pattern, keys in ((TO_FROM, ("", "x")), (FROM_TO, ("x", ""))):
        for match in pattern.finditer(text, start, end):
            x, y = _read(text, 0, match, keys[0]), _read(text, 0, match, keys[1])
            if x is not None and y is not None:
                found.append((x, y))
    for match in COMPARED.finditer(text, start, end):
        x, y = _level_before(text, start, match.start()), _read(text, 0, match)
        if x is not None and y is not None and not is_year(y):
            found.append((x, y))
    return found[0] if len(found) == 1 else None


def _level_before(text: str, start: int, end: int) -> Figure | None:
    """The one figure (no year) between a sentence's start and "compared with": "Thirty-three
    films were made last year, compared with"."""
    figures = [figure(m) for m in NUMBER_RE.finditer(text, start, end)]
    figures = [f for f in figures if not is_year(f)]
    words = list(WORD_NUMBER.finditer(text, start, end))
    if len(figures) + len(words) != 1:
        return None
    if figures:
        return figures[0]
    word = words[0]
    value = float(WORD_VALUES[word.group().casefold()])
    return Figure(word.start(), word.end(), word.group(), value, 0.5, 1.0, False, "")


def _words(text: str) -> set[str]:
    """The lower-case words of `text` that may name what it speaks of."""
    words = {w for w in WORD.findall(text.casefold()) if w not in COMMON}
    for group in SAME_MEASURE:
        if words & group:
            words |= group
    return words
