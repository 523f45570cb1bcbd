"""N102 a change whose two levels a following sentence gives: "Club membership fell 40% last
year. Thirty-three clubs were left in 2024, compared with 45 in 2023" (45 → 33 is a 27%
fall); "Profits more than doubled. … Net income rose to 3bn, compared with 1.7bn in 2003".

The change is the one change its sentence tells, with no level of its own ("to", "from",
"compared with" a figure): a percentage right after a change verb ("fell 40%", "dropped by
64%") or before a change noun ("a 6.5% rise"), or a multiple ("doubled", "fourfold", "hoping
to triple"). Its levels are the first pair told in the three sentences after it, unless a
sentence before that pair tells another change, or the pair's sentence tells a percentage or
two pairs: "to X from Y", "from Y to X", or "X …, compared with Y" with Y's earlier period
("in 2003", "a year earlier"). The sentences must speak of one thing: a word of the change's
sentence before it, other than a change verb (or a word for the same measure: profit,
earnings, income), stands in the pair's sentence before its base; and the pair must move the
way the change says. Rounding and qualifiers are read as for a change with its own levels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.changes import (
    BASE,
    CHANGE,
    FROM_TO,
    PERCENT,
    TO_FROM,
    _read,
    blank_parentheses,
    judge_percent,
)
from flagger.detectors.numbers.later_changes import COMMON, WORD
from flagger.detectors.numbers.multiples import MULTIPLE
from flagger.detectors.numbers.multiples import _judge as judge_multiple
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
"""Right after a percentage, the noun of a change: "a 6.5% rise"."""
FALLING = lazy(
    r"\b(?:fell|fallen|falls?|drop(?:s|ped)?|declin(?:e[sd]?)|slump(?:s|ed)?|plung(?:e[sd]?)|"
    r"shed|lost|shrank|tumbl(?:e[sd]?)|down|fall|cut|reduction)\b",
    re.IGNORECASE,
)
"""A change word that says the level went down."""
OWN_LEVEL = lazy(r"\b(?:to|from|compared (?:with|to)|against|versus|than)\s+[$£€]?\d")
"""A level or base in the change's own sentence ("rose 30% to 1,560"): its own readers'."""
COMPARED = lazy(r",?\s+(?:compared (?:with|to)|against|versus)\s+" + BASE)
"""The base set beside a level written before it: "33 films …, compared with 45 in 2003"."""
EARLIER = lazy(
    r"(?:\s+[a-z]+){0,2}?\s+(?:(?:in|for|during)\s+(?:(?:19|20)\d\d\b|the\s+(?:same|previous|"
    r"prior|preceding|year-earlier|year-ago)\b)|(?:a|one)\s+year\s+(?:earlier|ago|before)\b|"
    r"last\s+year\b)"
)
"""After a base set beside a level, the earlier period it is of ("45 in 2003", "$1.13bn in the
same period", "3.2 mln a year earlier"): without one, "compared with" may set two things side
by side ("312,000 downloads compared with 282,000 singles")."""
WORD_NUMBER = lazy(
    r"\b(?:" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
"""A figure written in words: "Thirty-three"."""
TO_MULTIPLY = lazy(r"\bto\s+(?P<m>double|triple|treble|quadruple)(?P<n>(?!))?(?P<q>(?!))?\b")
"""A multiple aimed at: "hoping to triple output" (no fold count, no qualifier)."""
CUES = ("%", "pct", "percent", "per cent", "doubl", "tripl", "trebl", "quadrupl", "halved", "fold")
"""A text with none of these tells no change this reader reads."""
REACH = 3
"""How many sentences after the change its levels may be told in."""
SAME_MEASURE = (frozenset({"profit", "profits", "earnings", "income"}),)
"""Words a desk reads as one measure across two sentences ("earnings … net profit")."""


def next_levels(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a change the next pair of levels told contradicts."""
    if len(doc.sentences) < 2 or not any(cue in doc.text for cue in CUES):
        return
    text = blank_parentheses(doc.text)
    for index, sentence in enumerate(doc.sentences[:-1]):
        said = text[sentence.start : sentence.end]
        if not any(cue in said for cue in CUES) or OWN_LEVEL.search(said):
            continue
        change = _change(text, sentence.start, sentence.end)
        levels = _next_pair(doc, text, index) if change else None
        if change is None or levels is None:
            continue
        match, falling = change
        following, (x, y) = levels
        if falling != (x.value < y.value):
            continue  # the pair moves the other way: a level of something else
        subject = _words(text[sentence.start : match.start()])
        if not subject & _words(text[following : max(x.start, y.start)]):
            continue
        if "p" in match.groupdict():
            yield from judge_percent(doc, rule, match, x, y)
        else:
            yield from judge_multiple(doc, rule, match, x, y, over=False)


def _change(text: str, start: int, end: int) -> tuple[re.Match[str], bool] | None:
    """The one change the sentence in [start, end) tells, and whether it is a fall: a
    percentage after a change verb or before a change noun, or a multiple ("doubled",
    "to triple")."""
    found = [*PERCENT.finditer(text, start, end), *MULTIPLE.finditer(text, start, end),
             *TO_MULTIPLY.finditer(text, start, end)]
    if len(found) != 1:
        return None
    match = found[0]
    if "p" not in match.groupdict():
        return match, match.group("m") == "halved"
    word = (VERB_BEFORE.search(text, max(0, match.start() - 24), match.start())
            or NOUN_AFTER.match(text, match.end()))
    return (match, bool(FALLING.search(word.group()))) if word else None


def _next_pair(doc: Document, text: str, index: int) -> tuple[int, tuple[Figure, Figure]] | None:
    """Where the first of the next sentences to tell levels starts, and its one pair; none
    when a sentence before it tells a change (a percentage or a multiple) or it tells two
    pairs."""
    for sentence in doc.sentences[index + 1 : index + 1 + REACH]:
        start, end = sentence.start, sentence.end
        if PERCENT.search(text, start, end) or MULTIPLE.search(text, start, end):
            return None
        pairs = _pairs(text, start, end)
        if pairs:
            return (start, pairs[0]) if len(pairs) == 1 else None
    return None


def _pairs(text: str, start: int, end: int) -> list[tuple[Figure, Figure]]:
    """The pairs of levels (reached, before) the sentence in [start, end) tells."""
    found: list[tuple[Figure, Figure]] = []
    for pattern, keys in ((TO_FROM, ("", "x")), (FROM_TO, ("x", ""))):
        for match in pattern.finditer(text, start, end):
            x, y = _read(text, 0, match, keys[0]), _read(text, 0, match, keys[1])
            if x is not None and y is not None:
                found.append((x, y))
    for match in COMPARED.finditer(text, start, end):
        x, y = _level_before(text, start, match.start()), _read(text, 0, match)
        if x is not None and y is not None and not is_year(y) and EARLIER.match(text, y.end):
            found.append((x, y))
    return found


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
    """The lower-case words of `text` that may name what it speaks of (no change verb)."""
    words = {w for w in WORD.findall(text.casefold())
             if w not in COMMON and not CHANGE.fullmatch(w)}
    for group in SAME_MEASURE:
        if words & group:
            words |= group
    return words
