"""N102 a change whose base is told in the next sentence, which opens with the base's period.

"Crop output was 14.27 million tonnes in 2004, 24% higher than in 2003. In 2003, crop output
totalled 10.49 million tonnes" (36%); "net income jumped 79% to $2.8 million. In the
year-earlier quarter, the insurer had earnings of $1.4 million" (100%). The change states its
own level (after "to", or before it: "14.27 million tonnes in 2004, 24% higher") and no base
figure; its sentence holds no other level. The next sentence opens with the period the change
is measured against ("In 2003," when the change says "than in 2003"; "In the year-earlier
quarter,", "A year earlier,"); its first figure of the level's kind (currency and scale word)
is the base. Both must move the way the change says; rounding and qualifiers are allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.changes import (
    DOWN,
    PERCENT,
    UP,
    _before,
    blank_parentheses,
    judge_percent,
    number_at,
)
from flagger.detectors.numbers.values import NUMBER_RE, PERCENT_UNIT, Figure, figure, is_year
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

YEAR = r"(?:19|20)\d\d"
PERIOD = lazy(
    rf"\s*(?:(?:In|For|During)\s+(?:(?P<year>{YEAR})|the\s+(?:year-earlier|year-ago|previous|"
    r"prior|same)\s+(?:[a-z-]+\s+){0,2}?(?:quarter|period|year|month|half))|A\s+year\s+"
    r"(?:earlier|ago|before)|Last\s+year|The\s+year\s+before)\s*,"
)
"""The opening of a sentence that tells a base: "In 2003,", "In the year-earlier quarter,"."""
MOVE = lazy(
    rf"\b(?P<verb>{UP}{DOWN}|higher|lower|more|less|above|below)\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""The change word right before the percentage ("jumped 79%", "up 12 pct")."""
BASE_YEAR = lazy(
    rf"\s+(?P<verb>higher|lower|more|less|above|below|up|down)?\s*(?:than|from|on|over|compared\s+"
    rf"(?:with|to))\s+(?:in\s+|the\s+)?(?P<year>{YEAR})\b(?!\s*[-–,.]?\d)"
)
"""A base named by its year only: "24% higher than in 2003"."""
TO_LEVEL = lazy(r"\s+to\s+(?=[$£€#]?\s?\d)")
ASIDE = lazy(r",\s+or\s+[^,;()]{1,30}?\s+a\s+share\b")
"""A per-share figure beside a level ("$2.8 million, or 51 cents a share"): no level."""
PERCENT_AFTER = lazy(PERCENT_UNIT)
PERCENT_WORDS = lazy(r"%|pct|per\s?cent")


def bases(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a change whose base the next sentence gives."""
    openings = {index: opening for index, sentence in enumerate(doc.sentences)
                if (opening := PERIOD.match(doc.text, sentence.start)) is not None}
    if not openings:
        return
    text = ""
    for index, opening in openings.items():
        sentence, following = doc.sentences[index - 1], doc.sentences[index]
        if index == 0 or not PERCENT_WORDS.search(doc.text, sentence.start, sentence.end):
            continue
        text = text or blank_parentheses(doc.text)
        for match in PERCENT.finditer(text, sentence.start, sentence.end):
            yield from _judged(doc, rule, text, match, opening, (sentence.start, sentence.end),
                               following.end)


def _judged(doc: Document, rule: Rule, text: str, match: re.Match[str],
            opening: re.Match[str], sentence: tuple[int, int], end: int) -> Iterator[Finding]:
    """Judge one change of the sentence before a period opening against the base after it."""
    named = BASE_YEAR.match(text, match.end())
    move = MOVE.search(text, max(0, match.start() - 30), match.start())
    move = move if move is not None or named is None or not named.group("verb") else named
    if move is None or ((opening.group("year") or named) and (
        named is None or named.group("year") != opening.group("year")
    )):
        return  # "In 2003," is the base only of a change "than in 2003", and only it
    to = TO_LEVEL.match(text, match.end())
    if to:
        x = number_at(text, to.end())
    elif named:
        x = _before(text, match, max(sentence[0], match.start() - 160))
    else:
        return
    if x is None or _other_levels(text, x, match, sentence[1]):
        return
    y = _base(text, x, opening.end(), end)
    down = re.fullmatch(rf"{DOWN}|lower|less|below", move.group("verb"), re.I) is not None
    if y is not None and (x.value < y.value) == down:
        yield from judge_percent(doc, rule, match, x, y)


def _other_levels(text: str, x: Figure, match: re.Match[str], end: int) -> bool:
    """Say whether the change's sentence holds a figure past its level that may be a base
    (not a year, a percentage or a per-share aside)."""
    asides = [m.span() for m in ASIDE.finditer(text, x.end, end)]
    for other in NUMBER_RE.finditer(text, max(x.end, match.end()), end):
        fig = figure(other)
        if is_year(fig) or PERCENT_AFTER.match(text, other.end()) or other.start() < x.end:
            continue
        if not any(a <= other.start() < b for a, b in asides):
            return True
    return False


def _base(text: str, x: Figure, start: int, end: int) -> Figure | None:
    """The first figure of the level's kind in text[start:end]."""
    for other in NUMBER_RE.finditer(text, start, end):
        fig = figure(other)
        if is_year(fig) or PERCENT_AFTER.match(text, other.end()):
            continue
        if fig.currency == x.currency and fig.has_scale == x.has_scale:
            return fig
        return None  # the first figure is of another kind: not the level's base
    return None
