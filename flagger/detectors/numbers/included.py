"""N102 included parts: a whole told first and a part of it right after that is larger.

"MSNBC averaged 4.9 million viewers, including 5.6 million in the demo"; "the wheat volume
totalled 197 lots, of which 215 were self trades". The part follows the whole's noun (a few
words at most) after "including", "of which" or "of whom"; both are plain figures of one kind
(no percentage, the same currency or none, a scale word read on both). A part up to the whole's
rounding is no conflict.
"""

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
    SCALE,
    Figure,
    figure,
    format_figure,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

PART = NUMBER.replace("?P<", "?P<p")
INCLUDED = lazy(
    rf"(?<![\w.,$£€#-]){NUMBER}(?![\w%]|\.\d|,\d|{PERCENT_UNIT})"
    r"(?P<noun>(?:\s+[A-Za-z][\w'’-]*){0,3}),\s+(?:including|of which|of whom)\s+"
    rf"(?:about |around |some |nearly |almost |roughly |approximately )?"
    rf"{PART}(?![\w%]|\.\d|,\d|{PERCENT_UNIT}|\s*(?:-|to|and)\s*\d)"
)
"""A whole, its noun and a part of it: "197 lots, of which 215"."""
GATE = lazy(r",\s+(?:including|of wh(?:ich|om))\s+[$£€#]?\d")
OTHER_KIND = lazy(
    r"\s*(?:per|a|an|each|times|years?|months?|weeks?|days?|hours?|minutes?|points?|cts|cents?|"
    r"pence)\b"
)
"""After the part, a word that makes it another kind of figure than the whole."""
DAY = lazy(rf"\b{MONTH_WORD}\s+$")


def included(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a part, told right after its whole, larger than the whole."""
    text = doc.text
    for gate in GATE.finditer(text):
        match = INCLUDED.search(text, max(0, gate.start() - 90), gate.end() + 30)
        if match is None or match.end("noun") != gate.start():
            continue
        if OTHER_KIND.match(text, match.end()) or DAY.search(text, max(0, match.start() - 12),
                                                             match.start()):
            continue  # "through May 2, including 68": a day, not a whole
        head = NUMBER_RE.match(text, match.start())
        if head is None:
            continue
        whole = figure(head)
        part = _part(text, match, whole)
        if part is None or is_year(whole) or is_year(part) or whole.currency != part.currency:
            continue
        if part.value <= whole.value + whole.half_unit + part.half_unit:
            continue
        noun = match.group("noun").strip()
        yield rule.finding(
            doc, part.start, part.end,
            f"{' '.join((part.text, 'of', whole.text, noun)).rstrip()}: a part larger than "
            "its whole",
            related=(Span(whole.start, whole.end, whole.text, "whole"),),
            evidence=(f"{format_figure(part.value)} > {format_figure(whole.value)}",),
        )


def _part(text: str, match: re.Match[str], whole: Figure) -> Figure | None:
    """The part's figure, on the whole's scale when only the whole names one ("4.9 million
    viewers, including 5.6 million": both scaled; "197 lots, of which 215": neither)."""
    start = match.start("pcur") if match.group("pcur") else match.start("pnum")
    digits = match.group("pnum").replace(",", "")
    scale_word = match.group("pscale")
    if scale_word is None and whole.has_scale:
        return None  # "2 million barrels, including 400,000": units or scale, unclear
    if scale_word is not None and not whole.has_scale:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = whole.scale if scale_word is None else SCALE[scale_word.casefold()]
    return Figure(start, match.end(), text[start : match.end()], float(digits) * scale,
                  0.5 * 10 ** -decimals * scale, scale, scale_word is not None,
                  (match.group("pcur") or "").strip())

