"""N101 recalled figures: "that 60,000 figure", "the figure of 37 million" name a figure the
article has just given. When the few sentences before hold one figure of that size and it is
another, the two disagree; one that matches, or two candidates, leave nothing to flag."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    MONTH_WORD,
    NUMBER,
    NUMBER_RE,
    PERCENT_UNIT,
    Figure,
    figure,
    format_figure,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

NAMES = ("figure", "number", "estimate", "toll", "total", "tally", "count")
"""What a recalled figure is called: looked up with str.find, faster than one regex scan."""
PERCENT_AFTER = r"(?![\w%]|\.\d|,\d|\s?(?:percent|per cent|pct)\b)"
NAMED_BEFORE = lazy(rf"\b(?:[Tt]hat|[Tt]his|[Tt]he)\s+{NUMBER}{PERCENT_AFTER}\s+$")
""""that 60,000 figure": the figure before the name."""
NAMED_AFTER = lazy(rf"\s+of\s+{NUMBER}{PERCENT_AFTER}")
""""the figure of 37 million": the figure after the name."""
THE = lazy(r"\b[Tt]he\s+$")
BACK = 3
"""How many sentences before the recalled figure its antecedent may sit in."""
SAME = 0.05
"""Figures within 5% of each other are one figure rounded."""
DATED = lazy(rf"{MONTH_WORD}\s+$")
SHARE = lazy(PERCENT_UNIT)


def recalled(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings for recalled figures that differ from the one figure before them."""
    text = doc.text
    for start, end in _names(text):
        match = NAMED_BEFORE.search(text, max(0, start - 40), start)
        if match is None and THE.search(text, max(0, start - 5), start):
            match = NAMED_AFTER.match(text, end)
        if match is None:
            continue
        number = NUMBER_RE.match(text, match.start("cur" if match.group("cur") else "num"))
        if number is None:
            continue
        ref = figure(number)
        if is_year(ref) or ref.value < 2:
            continue
        sentence = doc.sentence_index(match.start())
        start = doc.sentences[max(0, sentence - BACK)].start
        near = [c for c in _candidates(text, start, match.start()) if _alike(c, ref)]
        if not near or any(_same(c, ref) for c in near):
            continue
        if len({c.value for c in near}) == 1:
            yield _finding(doc, rule, near[-1], ref, match)


def _names(text: str) -> Iterator[tuple[int, int]]:
    """Yield where a name of a figure stands as a whole word, after a space."""
    for name in NAMES:
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if at > 0 and text[at - 1] == " " and not text[end : end + 1].isalpha():
                yield at, end
            at = text.find(name, end)


def _candidates(text: str, start: int, end: int) -> Iterator[Figure]:
    """Yield the figures between `start` and `end` that may be counts: no years, days of a
    date or percentages."""
    for match in NUMBER_RE.finditer(text, start, end):
        fig = figure(match)
        if is_year(fig) or SHARE.match(text, match.end()) or DATED.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue
        yield fig


def _alike(one: Figure, two: Figure) -> bool:
    """Say whether two figures are of one kind and size (within a factor of two)."""
    return one.currency == two.currency and 0.5 <= one.value / two.value <= 2


def _same(one: Figure, two: Figure) -> bool:
    return abs(one.value - two.value) <= SAME * max(one.value, two.value) + one.half_unit


def _finding(
    doc: Document, rule: Rule, first: Figure, ref: Figure, match: re.Match[str]
) -> Finding:
    return rule.finding(
        doc, ref.start, ref.end,
        f"{ref.text} is recalled here as a figure given before, but the figure before is "
        f"{first.text} ({format_figure(ref.value)} ≠ {format_figure(first.value)})",
        related=(Span(first.start, first.end, first.text, "earlier figure"),),
        evidence=(f"{match.group().strip()} = {format_figure(ref.value)}", f"{first.text} = "
                  f"{format_figure(first.value)}"),
    )
