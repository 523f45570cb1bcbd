"""N102 amounts: a change given as an amount with both levels, the amount not their difference.

"Share turnover was up 5.8 billion guilders at 14.4 billion from 9.3 billion" (a rise of 5.1
billion); "stocks rose 28,000 barrels to 38.25 mln from 37.98 mln" (270,000). A bare amount
beside scaled levels may be units ("28,000 barrels") or the levels' scale ("up 1.2 to 14.4
billion"); cents and pence may be hundredths of the levels' unit: the amount is wrong only
when no reading fits, beyond the rounding of all three figures and the qualifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    NUMBER,
    SCALE,
    SMALL_UNITS,
    Figure,
    format_figure,
    is_year,
    qualified,
)
from flagger.detectors.rule import Rule
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

UP = r"rose|risen|up|increased|gained|added|climbed|jumped|advanced|grew"
DOWN = r"fell|fallen|down|dropped|declined|decreased|lost|shed|slipped|eased|dipped|off"
RISES = frozenset(UP.split("|"))
QUALIFIER = r"(?P<q>(?:about|around|roughly|nearly|almost|some|more than|over|less than)\s+)?"
AMOUNT = NUMBER.replace("?P<", "?P<a")
TO_LEVEL = NUMBER.replace("?P<", "?P<t")
FROM_LEVEL = NUMBER.replace("?P<", "?P<f")
WORDS = r"(?:\s+(?!(?:to|at|from)\b)[A-Za-z][\w.'’-]*){0,3}"
"""A few words without figures: the unit ("barrels", "guilders") or the time ("last month")."""
PREVIOUS = r"(?:(?:a|an|the)\s+)?(?:revised|previous|upwardly revised|downwardly revised)?\s*"
UNIT = r"(?:\s?(?P<unit>points?|cents?|pence|p|pct|percent|per cent|%)\b)?"
CHANGE = lazy(
    rf"\b(?P<verb>{UP}|{DOWN})\s+(?:by\s+)?{QUALIFIER}{AMOUNT}(?!\d){UNIT}{WORDS},?\s+(?:to|at)\s+"
    rf"{TO_LEVEL}(?P<tunit>\s?(?:%|pct|percent|per cent|cents?|pence|p)\b)?{WORDS},?\s+from\s+"
    rf"{PREVIOUS}{FROM_LEVEL}(?P<funit>\s?(?:%|pct|percent|per cent|cents?|pence|p)\b)?",
    re.IGNORECASE,
)
GATE = lazy(r"\bfrom\s")
PERCENT_UNITS = frozenset({"pct", "percent", "per cent", "%"})


def amounts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for changes whose amount is not the difference of their levels."""
    text = doc.text
    done = 0
    for gate in finditer_at(GATE, text, doc.lowered, ("from",)):
        if gate.start() < done or not any(c.isdigit() for c in text[gate.end() : gate.end() + 30]):
            continue  # no level right after "from"
        sentence = doc.sentences[doc.sentence_index(gate.start())] if doc.sentences else None
        start = max(sentence.start if sentence else 0, gate.start() - 160)
        for match in CHANGE.finditer(text, start, gate.end() + 60):
            if match.start("fnum") >= gate.start():
                done = match.end()
                yield from _judge(doc, rule, match)
                break


def _figure(match: re.Match[str], key: str) -> Figure:
    """The figure of one named number group ("a", "t" or "f")."""
    digits = match.group(f"{key}num").replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    word = match.group(f"{key}scale")
    scale = SCALE[word.casefold()] if word else 1.0
    start = match.start(f"{key}cur") if match.group(f"{key}cur") else match.start(f"{key}num")
    end = match.end(f"{key}scale") if word else match.end(f"{key}num")
    return Figure(start, end, match.string[start:end], float(digits) * scale,
                  0.5 * 10**-decimals * scale, scale, bool(word),
                  (match.group(f"{key}cur") or "").strip())


def _judge(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    amount, new, old = (_figure(match, key) for key in "atf")
    unit = (match.group("unit") or "").casefold()
    if unit in PERCENT_UNITS or any(is_year(f) for f in (amount, new, old)):
        return  # a percentage change is the percent reader's; a year is no level
    level_units = {(match.group(k) or "").strip().casefold() for k in ("tunit", "funit")}
    if unit.startswith("point") and level_units & PERCENT_UNITS:
        return  # points between two shares are the lead reader's
    if len(level_units) > 1 or new.scale != old.scale or new.currency != old.currency:
        return
    up = match.group("verb").casefold() in RISES
    if (new.value > old.value) != up or new.value == old.value:
        return  # "fell ... to 40 from 38" is another sentence's figures
    low = abs(new.value - old.value) - new.half_unit - old.half_unit
    high = abs(new.value - old.value) + new.half_unit + old.half_unit
    low, high = qualified(match.group("q") or "", low, high)
    readings = _readings(amount, new, unit, level_units.pop())
    if any(low - a_half <= value <= high + a_half for value, a_half in readings):
        return
    scale = match.group("tscale") or ""
    difference = f"{format_figure(abs(new.value - old.value) / new.scale)} {scale}".strip()
    yield rule.finding(
        doc, amount.start, amount.end,
        f"{match.group('verb')} {amount.text} does not fit {old.text} → "
        f"{new.text}: the difference is {difference}",
        related=(Span(old.start, old.end, old.text, "from"),
                 Span(new.start, new.end, new.text, "to")),
        evidence=(f"{format_figure(new.value)}"
                  f" − {format_figure(old.value)} = {format_figure(new.value - old.value)}",),
    )


def _readings(amount: Figure, new: Figure, unit: str, level_unit: str) -> list[tuple[float, float]]:
    """The values an amount may stand for, each with half its last digit's unit."""
    readings = [(amount.value, amount.half_unit)]
    if not amount.has_scale and new.has_scale:
        readings.append((amount.value * new.scale, amount.half_unit * new.scale))
    if unit in SMALL_UNITS and level_unit not in SMALL_UNITS:
        readings.append((amount.value / 100, amount.half_unit / 100))
    return readings
