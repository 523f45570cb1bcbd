"""N102 moves: a change given as an amount and a percentage, with the level it reached.

"rose 16.47 points, or 3.67 percent, to 633.05"; "up 1.87 dollars, or 6.7 percent, at 41.92
dollars"; "up more than 9%, or 16.75 pence to 293.5p": the level before is the level after less
the amount (plus it for a fall), and the percentage must be the amount over that level. Also a
percentage followed by the two levels in parentheses: "declined 69 percent (from 52.5 to 10.8)"
(the percent-change reader hides parentheses, which often hold conversions).
Rounding within the written digits and the qualifier ("about", "more than") is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    NUMBER,
    NUMBER_RE,
    PERCENT_UNIT,
    PERCENT_WORD,
    SCALE,
    SMALL_UNITS,
    Figure,
    figure,
    format_figure,
    is_year,
    qualified,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

UP = r"rose|risen|rising|up|gained|gaining|added|adding|climbed|jumped|advanced|surged|leapt|soared"
DOWN = (
    r"fell|fallen|falling|down|lost|losing|shed|shedding|dropped|declined|slipped|slid|sank|"
    r"tumbled|plunged|eased|retreated|dipped"
)
QUALIFIER = (
    r"(?P<q>(?:about|around|roughly|nearly|almost|some|more than|over|less than|under|"
    r"just over|just under)\s+)?"
)
PERCENT = rf"(?P<p>\d+(?:\.\d+)?){PERCENT_WORD}"
UNIT = r"(?:\s?(?P<unit>points?|pts|dollars?|cents?|pence|p|yen|euros?|rupees?|yuan)\b)?"
AMOUNT = r"(?P<acur>[$£€]\s?)?(?P<a>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)" + UNIT
LEVEL_NUMBER = NUMBER.replace("?P<", "?P<l")
LEVEL = (
    r"(?:to|at)\s+(?:(?:end|close|finish|settle)(?:d)?\s+(?:at\s+)?)?(?:a\s+[\w-]+\s+(?:high|low)"
    rf"\s+of\s+)?{LEVEL_NUMBER}(?P<lunit>\s?(?:p\b|pence\b|cents?\b))?"
)
MOVE = rf"\b(?P<dir>{UP}|{DOWN})\s+(?:by\s+)?"
FORMS = (
    # "rose 16.47 points, or 3.67 percent, to 633.05"
    lazy(rf"{MOVE}{AMOUNT},?\s+or\s+{QUALIFIER}{PERCENT},?\s+{LEVEL}", re.IGNORECASE),
    # "up more than 9%, or 16.75 pence to 293.5p"
    lazy(rf"{MOVE}{QUALIFIER}{PERCENT},?\s+or\s+{AMOUNT},?\s+{LEVEL}", re.IGNORECASE),
)
GATE = lazy(r" or (?:[a-z]+ ){0,2}[$£€]?\d")
"""The ", or" between amount and percentage; a move is read only around one."""
REACH = 70
"""How far before its ", or" a move's verb may stand, and after it its level."""
SPAN = lazy(
    rf"{MOVE}{QUALIFIER}{PERCENT}\s*\(\s*from\s+{NUMBER}\s+to\s+"
    rf"{LEVEL_NUMBER}(?!{PERCENT_UNIT})",
    re.IGNORECASE,
)

def moves(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for moves whose percentage does not fit amount and level."""
    text = doc.text
    seen: set[int] = set()
    for hit in GATE.finditer(text):
        for form in FORMS:
            for match in form.finditer(text, max(0, hit.start() - REACH), hit.end() + REACH):
                if match.start("p") not in seen:
                    seen.add(match.start("p"))
                    yield from _move(doc, rule, match)
    at = text.find("(from ")
    while at >= 0:
        for match in SPAN.finditer(text, max(0, at - REACH), at + REACH):
            if match.start("p") not in seen:
                seen.add(match.start("p"))
                yield from _span(doc, rule, match)
        at = text.find("(from ", at + 1)


def _move(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    level = _level(match)
    if is_year(level) or level.has_scale:
        return
    amount = float(match.group("a").replace(",", ""))
    amount_half = _half(match.group("a"))
    unit = (match.group("unit") or "").casefold()
    small_level = bool(match.group("lunit"))
    if unit in SMALL_UNITS and not small_level:
        if not (match.group("lcur") or "").strip():
            return  # "up 5 cents, or 2%, to 2.60": dollars or cents, unsaid
        amount, amount_half = amount / 100, amount_half / 100
    up = re.fullmatch(UP, match.group("dir"), re.IGNORECASE) is not None
    before = level.value - amount if up else level.value + amount
    if before <= 0:
        return
    spread = amount_half + level.half_unit
    low = (amount - amount_half) / (before + spread) * 100
    high = (amount + amount_half) / max(before - spread, 1e-9) * 100
    yield from _judge(doc, rule, match, low, high, amount / before * 100,
                      f"{match.group('a')} on {format_figure(before)}",
                      (Span(match.start("a"), match.end("a"), match.group("a"), "amount"),
                       Span(level.start, level.end, level.text, "level")))


def _level(match: re.Match[str]) -> Figure:
    """The level a move reached, read from its own groups ("1130p" has no word boundary)."""
    start = match.start("lnum") - len(match.group("lcur") or "")
    digits = match.group("lnum").replace(",", "")
    half = _half(digits)
    scale = SCALE[match.group("lscale").casefold()] if match.group("lscale") else 1.0
    return Figure(start, match.end("lnum"), match.group("lnum"), float(digits) * scale,
                  half * scale, scale, bool(match.group("lscale")),
                  (match.group("lcur") or "").strip())


def _span(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    text = doc.text
    first = NUMBER_RE.match(text, match.start("num") - len(match.group("cur") or ""))
    second = NUMBER_RE.match(text, match.start("lnum") - len(match.group("lcur") or ""))
    if first is None or second is None:
        return
    old, new = figure(first), figure(second)
    if is_year(old) or is_year(new) or old.value <= 0 or new.value <= 0:
        return
    if old.has_scale != new.has_scale or old.currency != new.currency:
        return
    up = re.fullmatch(UP, match.group("dir"), re.IGNORECASE) is not None
    if (new.value > old.value) != up:
        return  # "fell 5% from 40 to 38" read as a rise is another sentence's figures
    changes = [abs(a - b) / b * 100
               for a in (new.value - new.half_unit, new.value + new.half_unit)
               for b in (old.value - old.half_unit, old.value + old.half_unit) if b > 0]
    yield from _judge(doc, rule, match, min(changes), max(changes),
                      abs(new.value - old.value) / old.value * 100,
                      f"{old.text} → {new.text}",
                      (Span(old.start, old.end, old.text, "from"),
                       Span(new.start, new.end, new.text, "to")))


def _judge(
    doc: Document, rule: Rule, match: re.Match[str], low: float, high: float, actual: float,
    what: str, related: tuple[Span, ...],
) -> Iterator[Finding]:
    stated = float(match.group("p"))
    slack = _half(match.group("p")) + 0.01 * stated
    low, high = low - slack, high + slack
    low, high = qualified(match.group("q") or "", low, high)
    if low <= stated <= high:
        return
    yield rule.finding(
        doc, match.start("p"), match.end("p"),
        f"{match.group('p')}% does not fit {what}: that is {actual:.1f}%",
        related=related,
        evidence=(f"{what} = {actual:.2f}%",),
    )


def _half(digits: str) -> float:
    """Half the unit of the last written digit ("3.67" → 0.005)."""
    digits = digits.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 / 10.0**decimals

