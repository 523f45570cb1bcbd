"""N102 parts told in the sentence after their whole that add up to more than it.

"The state has 280 parks. As of Monday, 36 were closed and 254 were open" (290); "The bank
will cut 2,850 jobs. About 1,100 jobs will go in trading, while 1,500 and 550 will go in IT
and payroll" (3,150). The whole is the one figure of its kind in its sentence (a currency, or
a count with its noun), not a bound ("more than", "about") and not a level of a change ("to",
"from", "by"). Its parts are every figure of that kind in the next sentence (or the one after,
when the next holds none): two or more, each smaller than the whole, joined by "and", "while"
or commas, each a count of the whole's noun or of nothing named ("36 were closed") and, for
money, in a sentence that speaks of the whole's subject. Parts may fall short of a whole (a
list need not be complete); more than the whole, beyond the rounding of the written digits,
cannot be. Rates ("$500 each"), signed measures (profit, loss) and cumulative wholes are left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.listed import RATE, SIGNED
from flagger.detectors.numbers.subjects import content_words
from flagger.detectors.numbers.values import (
    NUMBER_RE,
    PERCENT_WORD,
    Figure,
    figure,
    format_figure,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

NOUN = lazy(r"\s+(?P<noun>[a-z][a-z-]{2,})\b")
"""The word after a count: its noun ("2,850 jobs")."""
NOT_NOUNS = frozenset(
    "percent pct per cent each a an the and or to from of in on at for by with while were was "
    "are is will would have had has who which that times points years year months month weeks "
    "week days day hours minutes seconds old more less than can could may might must should "
    "did do does went go got been being had".split()
)
"""Words after a figure that are no noun it counts."""
BOUND = lazy(
    r"\b(?:more than|over|at least|about|around|some|roughly|nearly|almost|up to|"
    r"approximately|an estimated|another|additional|further|extra)\s+(?:[$£€#]\s?)?$",
    re.IGNORECASE,
)
"""Before a figure that is only a bound, or an addition to an earlier one."""
LEVEL = lazy(
    r"\b(?:to|from|by|than|at|of|between|and|rose|fell|increased|decreased|up|down)\s+"
    r"(?:[$£€#]\s?)?$",
    re.IGNORECASE,
)
"""Before a whole that is a level of a change or a rate ("rose to 280")."""
CHANGE_LEVEL = lazy(
    r"\b(?:to|from|by|than|up|down|rose|fell|increased|decreased)\s+(?:[$£€#]\s?)?$",
    re.IGNORECASE,
)
"""Before a part that is a level of a change, not a part."""
JOIN = lazy(r"^[^\d.;]{0,90}?(?:,|\band\b|\bwhile\b|\bwhereas\b)[^\d.;]{0,90}$")
"""Between two parts: a comma, "and" or "while", and no other figure."""
YEAR = lazy(r"\b(?:19|20)\d\d\b")
"""Years between parts are no figures ("a $100,000 settlement in 2007 and another $185,000")."""
SHARED = 2
"""Content words the sentences of a sum of money and of its parts must share."""
CUMULATIVE = lazy(
    r"\b(?:total|in all|so far|to date|cumulative|since|each|per|apiece|a year|annually|"
    r"a month|a week|a day|combined)\b",
    re.IGNORECASE,
)
"""In the parts' sentence: another total, a running count or a rate."""


def following_parts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for parts told after their whole that add up to more than it."""
    text = doc.text
    for index, sentence in enumerate(doc.sentences[:-1]):
        figures = _figures(text, sentence.start, sentence.end)
        for whole in figures:
            kind = _kind(text, whole)
            if kind is None or BOUND.search(text, max(0, whole.start - 24), whole.start):
                continue
            if LEVEL.search(text, max(0, whole.start - 16), whole.start):
                continue
            if sum(1 for f in figures if _kind(text, f) == kind) != 1:
                continue  # which figure the parts are of is unclear
            if SIGNED.search(text, max(sentence.start, whole.start - 30), whole.end + 30):
                continue  # a profit of $5m may have parts that are losses
            found = _parts(doc, index, whole, kind)
            if found:
                yield from _judge(doc, rule, whole, found)


def _figures(text: str, start: int, end: int) -> list[Figure]:
    """The figures of text[start:end] that are neither years nor percentages."""
    return [
        figure(m) for m in NUMBER_RE.finditer(text, start, end)
        if not is_year(figure(m)) and not re.match(PERCENT_WORD, text[m.end() :])
    ]


def _kind(text: str, fig: Figure) -> str | None:
    """A figure's kind: its currency, or the noun it counts; None for a bare figure."""
    if fig.currency:
        return fig.currency + ("s" if fig.has_scale else "")
    noun = NOUN.match(text, fig.end)
    if noun is None or noun["noun"] in NOT_NOUNS or fig.has_scale:
        return None
    return noun["noun"].removesuffix("s")


def _parts(doc: Document, index: int, whole: Figure, kind: str) -> list[Figure]:
    """Return the parts of `whole` told in the next sentence (or the one after), or []."""
    text = doc.text
    for later in doc.sentences[index + 1 : index + 3]:
        figures = _figures(text, later.start, later.end)
        if whole.currency:
            same = [f for f in figures if f.currency == whole.currency]
            own = doc.sentences[index]
            shared = content_words(text[own.start : own.end]) & content_words(
                text[later.start : later.end], names=False)
            if same and len(shared) < SHARED:
                return []  # money of something else
        else:
            same = [f for f in figures
                    if not f.currency and not f.has_scale and _kind(text, f) in (kind, None)]
        if not same:
            continue  # a sentence of other things between
        if len(same) != len(figures):
            return []  # figures of other things beside the parts
        if len(same) < 2 or CUMULATIVE.search(text, later.start, later.end):
            return []
        if any(CHANGE_LEVEL.search(text, max(0, f.start - 16), f.start) or RATE.match(text, f.end)
               for f in same):
            return []
        gaps = (YEAR.sub("", text[a.end : b.start]) for a, b in pairwise(same))
        if not all(JOIN.match(gap) for gap in gaps):
            return []
        return same
    return []


def _judge(doc: Document, rule: Rule, whole: Figure, parts: list[Figure]) -> Iterator[Finding]:
    """Yield a finding when `parts` add up to more than `whole`, beyond their rounding."""
    scale = whole.scale
    values = [p.value if p.has_scale or not whole.has_scale else p.value * scale for p in parts]
    if any(v >= whole.value for v in values):
        return
    slack = whole.half_unit + sum(p.half_unit for p in parts)
    added = sum(values)
    if added <= whole.value + slack + 1e-9:
        return
    written = " + ".join(p.text for p in parts)
    yield rule.finding(
        doc, parts[-1].start, parts[-1].end,
        f"the parts told after it ({written}) add up to more than the {whole.text} they make up",
        related=(Span(whole.start, whole.end, whole.text, "total"),
                 *(Span(p.start, p.end, p.text, "part") for p in parts[:-1])),
        evidence=(f"{written} = {format_figure(added)} > {format_figure(whole.value)}",),
    )
