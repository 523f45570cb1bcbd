"""N102 multiples: a multiple its own two figures contradict.

"doubled to 261 from 179"; "rose fourfold to 900 from 150"; "from 97 in 2002 to 685 in 2011,
a five-fold increase"; "slashed threefold, from 12.6 to 3.9" (a fold down divides); "net income
of $27.1 million, ... more than twice the $15.5 million"; "Sixty percent ..., about triple the
29% who ...". A multiple of "the B" is read against the figure of the same kind (a percentage,
or a sum in the same currency) that comes last before it in the sentence; bare counts are left
alone (they may count other things). "doubled/twice" allow ±25% (rounded talk), a fold of three
to nine the nearest whole multiple ("fourfold" 3.5 to 4.5), "nearly" 5% above, "more than" a
bound.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.changes import (
    CLAUSE_END,
    FROM,
    FROM_TO,
    TO,
    aligned,
    blank_parentheses,
    number_at,
)
from flagger.detectors.numbers.values import (
    NUMBER,
    NUMBER_RE,
    PERCENT_WORD,
    WORD_VALUES,
    Figure,
    figure,
    format_figure,
)
from flagger.detectors.rule import Rule
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

MULTIPLIED = ("doubled", "tripled", "trebled", "quadrupled", "halved", "fold")
"""Every `MULTIPLE` holds one of these: a text with none is not scanned."""
WORDS = trie(sorted(WORD_VALUES, key=len, reverse=True))
FOLD = rf"\b(?P<n>{WORDS}|\d+(?:\.\d+)?)-?fold"
"""A multiple told as "-fold": "fourfold", "five-fold", "10-fold"."""
MULTIPLE = lazy(
    r"(?P<q>(?:almost|nearly|about|roughly|more than|over|less than)\s+)?"
    rf"(?P<m>doubled|tripled|trebled|quadrupled|halved|{FOLD})\b"
)
FOLD_AFTER = lazy(
    rf"(?:\s+in\s+\d{{4}})?,\s+an?\s+{MULTIPLE.pattern}\s+(?:increase|rise|jump|growth|gain)\b"
)
"""A "-fold" rise told after its two levels: "from 97 in 2002 to 685 in 2011, a five-fold
increase"."""
TO_OVER = lazy(rf"\bto\s+(?P<over>more than|over)\s+{NUMBER}")
"""A level reached given as a floor: "from 849,000 to more than 2.3 million"."""
OVER = 1.1
NEARLY = 1.05
""""Nearly doubled" allows a multiple within 5% above the factor: rounded figures, not a claim."""
FACTOR = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5,
          "twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0,
          "half": 0.5}
OWNER = r"(?-i:[A-Z][a-z]+)(?:\s+\d{4})?['’]s"
"""A base told by whose it is: "triple January's 623 mln", "twice Ford's $2.1 billion"."""
TIMES = lazy(
    r"(?P<q>(?:almost|nearly|about|roughly|around|more than|over|less than|just over|"
    r"just under|under)\s+)?"
    rf"(?P<m>twice|double|triple|treble|quadruple|half|(?P<n>\d+(?:\.\d+)?|{WORDS})\s+times)"
    rf"\s+(?:that of\s+)?(?:the|{OWNER})\s+{NUMBER}",
    re.IGNORECASE,
)
CUES = ("twice", "double", "triple", "treble", "quadruple", "half", "times")
GATE = lazy(
    rf"\b(?:twice|double|triple|treble|quadruple|half|times) (?:the\b|{OWNER})", re.IGNORECASE
)
WORD_SHARE = lazy(rf"\b(?P<w>{WORDS})\s+(?:percent|per cent)\b", re.IGNORECASE)
SHARE_AFTER = lazy(PERCENT_WORD)
UNIT_AFTER = lazy(
    r"\s+(?:[A-Z][a-z]+\s+)?(?P<u>dlrs?|dollars?|yen|marks|francs|pounds|euros|crowns|rupees)\b"
)
"""A currency written after its figure, perhaps with whose it is ("Canadian dlrs")."""

def multiples(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield findings for multiples ("doubled", "fourfold", "twice the") that their two figures
    contradict."""
    if not any(word in doc.text for word in MULTIPLIED):
        return
    text = blank_parentheses(doc.text)
    for match in MULTIPLE.finditer(text):
        right = text[match.end() : match.end() + 140]
        stop = CLAUSE_END.search(right)
        clause = right[: stop.start()] if stop else right
        to, frm = TO.search(clause) or TO_OVER.search(clause), FROM.search(clause)
        if not (to and frm):
            continue
        x = number_at(text, match.end() + to.start())
        y = number_at(text, match.end() + frm.start())
        yield from _judge(doc, rule, match, x, y, over="over" in to.groupdict())
    if "fold" in text:
        yield from _folds_after(doc, rule, text)


def _folds_after(doc: Document, rule: Rule, text: str) -> Iterator[Finding]:
    """Yield findings for "from A to B, a five-fold increase" whose A and B deny the fold."""
    for levels in FROM_TO.finditer(text):
        after = FOLD_AFTER.match(text, levels.end())
        if after is None:
            continue
        x = number_at(text, levels.start("xcur" if levels["xcur"] else "xnum"))
        y = number_at(text, levels.start("cur" if levels["cur"] else "num"))
        yield from _judge(doc, rule, after, x, y, over=False)


def _judge(doc: Document, rule: Rule, match: re.Match[str], x: Figure | None,
           y: Figure | None, *, over: bool) -> Iterator[Finding]:
    """Yield a finding when the rise from `y` to `x` is not the multiple `match` states."""
    if x is None or y is None or x.start == y.start:
        return
    pair = aligned(x, y)
    if pair is None:
        return
    x, y = pair
    ratio = x.value / y.value
    if match["n"] is not None and ratio < 1:
        ratio = 1 / ratio  # "slashed threefold, from 12.6 to 3.9": a fold down divides
    factor = _factor(match)
    qualifier = (match.group("q") or "").strip()
    low, high = factor * 0.75, factor * 1.25
    if 3 <= factor < 10:  # "fourfold" is nearer four than three or five
        low, high = factor - 0.5, factor + 0.5
    if qualifier in {"almost", "nearly"}:
        high = factor * NEARLY
    elif qualifier in {"more than", "over"}:
        low, high = factor * 0.98, float("inf")
    elif qualifier in {"less than"}:
        low = 0.0
    if over:
        low /= OVER  # "to more than 2.3 million" allows a level a tenth above
    if low <= ratio <= high:
        return
    start = match.start("q") if match["q"] else match.start("m")
    said = " ".join(match.string[start : match.end("m")].split())
    yield rule.finding(
        doc, start, match.end("m"),
        f"{said} does not fit {y.text} → {x.text}: that is {ratio:.2f} times",
        related=(Span(y.start, y.end, y.text, "from"), Span(x.start, x.end, x.text, "to")),
        evidence=(f"{format_figure(x.value)} / {format_figure(y.value)} = {ratio:.2f}",),
    )


def _factor(match: re.Match[str]) -> float:
    """The factor a multiple states: 2 for "doubled", 4 for "fourfold", 10 for "10-fold"."""
    if match["n"] is None:
        return FACTOR[match.group("m")]
    return float(WORD_VALUES.get(match["n"].casefold(), 0) or match["n"])


def _bounds(factor: float, qualifier: str) -> tuple[float, float]:
    """The ratios a stated multiple allows: ±25%, "nearly" a little above, "more/less than"
    one side."""
    if qualifier in {"almost", "nearly", "just under"}:
        return factor * 0.75, factor * NEARLY
    if qualifier in {"more than", "over", "just over"}:
        return factor * 0.98, float("inf")
    if qualifier in {"less than", "under"}:
        return 0.0, factor * 1.02
    return factor * 0.75, factor * 1.25


def comparisons(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for "A ..., twice the B" whose A is not that multiple of B."""
    text = doc.text
    folded = text.lower()
    if not any(f"{word} " in folded for word in CUES):
        return
    for gate in finditer_at(GATE, text, doc.lowered, CUES):
        sentence = doc.sentences[doc.sentence_index(gate.start())] if doc.sentences else None
        start = sentence.start if sentence else 0
        match = TIMES.search(text, max(start, gate.start() - 40), gate.end() + 40)
        if match is None or not match.start() <= gate.start() < match.end():
            continue
        number = NUMBER_RE.match(text, match.start("cur" if match.group("cur") else "num"))
        if number is None:
            continue
        b = figure(number)
        a = _partner(text, start, match.start(), b)
        if a is None or b.value <= 0:
            continue
        factor = FACTOR.get(match.group("m").casefold())
        if factor is None:
            factor = float(WORD_VALUES.get(match.group("n").casefold(), 0) or match.group("n"))
        ratio = a.value / b.value
        low, high = _bounds(factor, (match.group("q") or "").strip().casefold())
        if low <= ratio <= high:
            continue
        yield rule.finding(
            doc, match.start(), match.end("m"),
            f"{match.group(0)[: match.end('m') - match.start()]} does not fit {a.text} against "
            f"{b.text}: that is {ratio:.2f} times",
            related=(Span(a.start, a.end, a.text, "figure"), Span(b.start, b.end, b.text, "base")),
            evidence=(f"{format_figure(a.value)} / {format_figure(b.value)} = {ratio:.2f}",),
        )


def _partner(text: str, start: int, end: int, base: Figure) -> Figure | None:
    """The figure a multiple of `base` is said of: the last one before it in the sentence of
    the same kind (both percentages, or sums in one currency), with nothing after it but a
    few words and a comma."""
    share = bool(SHARE_AFTER.match(text, base.end))
    unit = _unit(text, base)
    if not share and not base.currency and not unit:
        return None
    found: list[Figure] = []
    for match in NUMBER_RE.finditer(text, start, end):
        fig = figure(match)
        if (bool(SHARE_AFTER.match(text, fig.end)) == share and fig.currency == base.currency
                and _unit(text, fig) == unit):
            found.append(fig)
    if share:
        for match in WORD_SHARE.finditer(text, start, end):
            value = WORD_VALUES.get(match.group("w").casefold())
            if value is not None:
                found.append(Figure(match.start(), match.end("w"), match.group("w"),
                                    float(value), 0.5, 1.0, False, ""))
    if not found:
        return None
    last = max(found, key=lambda fig: fig.start)
    if "," not in text[last.end : end] or (base.has_scale != last.has_scale and not share):
        return None
    return last


def _unit(text: str, fig: Figure) -> str:
    """The currency named after a figure ("623 mln dlrs", "1.2 billion Canadian dollars")."""
    match = UNIT_AFTER.match(text, fig.end)
    return "" if match is None else match.group("u").casefold().rstrip("s").replace("dlr", "dollar")
