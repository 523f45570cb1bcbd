"""N102 fractions in words: "more than half" (or "a majority", "about a third") set against the
figures it compares.

Two shapes: a fraction with its own percentage beside it ("more than half (41%) of users"; "a
majority, 46 percent,"), and a figure followed by the fraction of another figure ("4.5 mln
bags, more than half the 9.9 mln exported"; "$12bn - less than half of the $20bn"). "More
than" and "less than" bound the share on one side only, "about" and the like allow a fifth
either way, and the rounding of the written digits is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.shares import FRACTIONS
from flagger.detectors.numbers.values import (
    NUMBER,
    PERCENT_WORD,
    SCALE,
    Figure,
    is_year,
    occurrences,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

BOUND = (
    r"(?P<q>(?:just\s+|well\s+|slightly\s+)?(?:more|less|fewer)\s+than|(?:just\s+)?over|"
    r"(?:just\s+)?under|about|around|roughly|nearly|almost|some|approximately)"
)
MAJORITY = r"(?:a|the)\s+(?:(?:slim|narrow|clear|bare|large|small)\s+)?majority"
FRACTION = rf"(?P<frac>{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})"
WITH_PERCENT = lazy(
    rf"\b(?:{BOUND}\s+{FRACTION}|(?P<most>{MAJORITY}))(?:\s+of(?:\s+[a-z]+){{0,2}}?)?"
    rf"\s*(?:\(\s*|,\s+(?:or\s+)?|\s+[—–-]+\s+)(?P<p>\d+(?:\.\d+)?){PERCENT_WORD}(?!\s*of\b)",
    re.IGNORECASE,
)
"""A fraction with its percentage beside it: "more than half (41%)"; "a majority, 46 percent,";
"the majority of those asked (48%)"."""
OWNER = (r"(?:(?:the|its|their|his|her|a|an)\s+(?:[a-z]+['’]s\s+)?|"
         r"(?-i:[A-Z][\w.]*)['’]s\s+)")
"""Whose the whole is: "the", "its", "the state's", "California's"."""
PART = NUMBER.replace("?P<", "?P<a")
WHOLE = NUMBER.replace("?P<", "?P<b")
OF_FIGURE = lazy(
    rf"(?<![\w.,]){PART}(?![\d%]|\s?(?:percent|per cent|pct)\b)"
    r"(?:-[a-z]+)?(?:\s+[a-z]+){0,2}?"
    rf"(?:\s*,\s*|\s+[—–-]+\s+|\s+(?:is|was|are|were)\s+)(?:or\s+|accounting\s+for\s+|"
    rf"representing\s+)?{BOUND}?\s*{FRACTION}\s+(?:of\s+)?{OWNER}"
    rf"(?:(?P<wq>more\s+than|over)\s+)?(?:[a-z]+\s+)?{WHOLE}"
    r"(?![\d%]|[.,]\d)",
    re.IGNORECASE,
)
"""A figure, then a fraction of another figure: "4.5 mln bags, more than half the 9.9 mln";
"22,500 cases — accounting for nearly half of the state's more than 46,000"."""
FLOOR = 1.1
"""A whole given as a floor ("more than 46,000") reaches a tenth above it, no further."""
GATE = lazy(
    r"(?:half|thirds?|quarters?|fifth|majority)(?:\s+of(?:\s+[a-z]+){0,2}?)?(?:\s*\(\s*|,\s+(?:or\s+)?|\s+[—–-]+\s+)\d"
    r"|(?:half|thirds?|quarters?|fifth)\s+(?:of\s+)?(?:(?:the|its|their|his|her|an?)\s+"
    r"(?:[a-z]+['’]s\s+)?|[A-Z][\w.]*['’]s\s+)(?:(?:more than|over)\s+)?(?:[a-z]+\s+)?[$£€#]?\d"
)
"""A fraction before a percentage or before "the" and a figure: where the forms may start."""
WORDS = ("half", "third", "quarter", "fifth", "majority")
LOOSE = 0.2
"""An "about" or bare fraction allows a fifth either way ("about a third" of 0.27 to 0.4)."""


def halves(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for fractions in words their figures contradict."""
    text = doc.text
    starts = sorted({at for word in WORDS for at in occurrences(text, word)})
    for hit in filter(None, (GATE.match(text, at) for at in starts)):
        lo, hi = max(0, hit.start() - 90), min(len(text), hit.end() + 60)
        for match in WITH_PERCENT.finditer(text, lo, hi):
            if match.start() <= hit.start() < match.end():
                yield from _with_percent(doc, rule, match)
        for match in OF_FIGURE.finditer(text, lo, hi):
            if match.start() <= hit.start() < match.end():
                yield from _of_figure(doc, rule, match)


def _share(match: re.Match[str]) -> tuple[float, str]:
    """Return the fraction as a percentage and the word that bounds it."""
    if match.groupdict().get("most"):
        return 50.0, "more than"
    words = " ".join((match.group("frac") or "").casefold().split())
    return FRACTIONS[words], " ".join((match.group("q") or "").casefold().split())


def _fits(share: float, bound: str, low: float, high: float) -> bool:
    """Say whether a stated share between `low` and `high` percent fits the fraction."""
    if bound.endswith(("more than", "over")):
        return high > share
    if bound.endswith(("less than", "fewer than", "under")):
        return low < share
    return low <= share * (1 + LOOSE) and high >= share * (1 - LOOSE)


def _with_percent(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    share, bound = _share(match)
    digits = match.group("p")
    half_unit = 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0)
    value = float(digits)
    if _fits(share, bound, value - half_unit, value + half_unit):
        return
    said = doc.text[match.start() : match.end("frac" if match.group("frac") else "most")]
    yield rule.finding(
        doc, match.start("p"), match.end(),
        f"{match.group('p')}% is given as {' '.join(said.casefold().split())}, which it is not",
        related=(Span(match.start(), match.start() + len(said), said, "fraction"),),
        evidence=(f"{said} = {'over ' if bound.endswith(('more than', 'over')) else ''}"
                  f"{share:.3g}%",),
    )


def _of_figure(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    part, whole = _read(match, "a"), _read(match, "b")
    if is_year(part) or is_year(whole) or whole.value <= 0:
        return
    if part.currency and whole.currency and part.currency != whole.currency:
        return
    if part.has_scale != whole.has_scale:
        if part.has_scale and not match.group("bscale"):
            whole = _scaled(whole, part.scale)
        elif whole.has_scale and not match.group("ascale"):
            part = _scaled(part, whole.scale)
    share, bound = _share(match)
    low = 100 * (part.value - part.half_unit) / (whole.value + whole.half_unit)
    high = 100 * (part.value + part.half_unit) / max(whole.value - whole.half_unit, 1e-9)
    if match.group("wq"):
        low /= FLOOR
    if _fits(share, bound, low, high):
        return
    said = f"{match.group('q') + ' ' if match.group('q') else ''}{match.group('frac')}"
    yield rule.finding(
        doc, part.start, part.end,
        f"{' '.join(part.text.split())} is called {' '.join(said.split())} of "
        f"{' '.join(whole.text.split())}, but it is "
        f"{100 * part.value / whole.value:.3g}% of it",
        related=(Span(whole.start, whole.end, whole.text, "whole"),
                 Span(match.start("q") if match.group("q") else match.start("frac"),
                      match.end("frac"), said, "fraction")),
        evidence=(f"{part.value:,.6g} / {whole.value:,.6g} = {part.value / whole.value:.3g}",),
    )


def _read(match: re.Match[str], name: str) -> Figure:
    """Return the figure of the groups prefixed `name` ("a" the part, "b" the whole)."""
    digits = match.group(f"{name}num").replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale_word = match.group(f"{name}scale")
    scale = SCALE[scale_word.casefold()] if scale_word else 1.0
    currency = match.group(f"{name}cur")
    start = match.start(f"{name}cur" if currency else f"{name}num")
    end = match.end(f"{name}scale" if scale_word else f"{name}num")
    return Figure(start, end, match.string[start:end], float(digits) * scale,
                  0.5 * 10 ** -decimals * scale, scale, bool(scale_word), (currency or "").strip())


def _scaled(fig: Figure, scale: float) -> Figure:
    """Return `fig` read in the scale of its partner ("9.9 ... 4.5 mln")."""
    return Figure(fig.start, fig.end, fig.text, fig.value * scale, fig.half_unit * scale, scale,
                  True, fig.currency)
