"""N102 ranges: a range of changes the range of levels it follows contradicts.

"between 2.3 and 2.6 mln tonnes, or 34.1 to 41.5 pct lower than last year's 4.1 mln tonnes"
(2.6 and 2.3 against 4.1 are 36.6 and 43.9 pct lower). Each end of the stated change must be
the change of some end of the level range from some end of the base (a base may be a range
too: "the 12.4 to 12.6 mln tonnes harvested last year"), every figure read with its rounding
and the stated percentage with half a unit of its last digit. An end no pairing reaches is
wrong; which end pairs with which is left open, so only a change no reading gives is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import SCALE, SCALE_WORDS, occurrences
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

FIG = r"\d+(?:\.\d+)?"
UNIT = r"(?:\s+(?!or\b|and\b|to\b)[a-z]+){0,2}"
"""Up to two lower-case unit words after a range ("mln tonnes", "hectares")."""
RANGE = lazy(
    rf"(?<!from )(?<![\d.,])(?P<a>{FIG})(?:\s?(?P<sa>{SCALE_WORDS})\b)?\s*(?:to|and|-)\s*"
    rf"(?P<b>{FIG})(?:\s?(?P<sb>{SCALE_WORDS})\b)?(?P<unit>{UNIT}),?\s+(?:or\s+)?"
    r"(?:a\s+(?P<noun>drop|fall|decline|decrease|reduction|rise|increase|gain)\s+of\s+"
    r"|(?P<adv>down|up)\s+)?"
    rf"(?P<c>{FIG})\s*(?:to|and|-)\s*(?P<d>{FIG})\s?(?:pct|percent|per cent|%)"
    r"(?:\s+(?P<under>below|above)\s+|(?:\s+(?P<comp>lower|higher|down|up|less|more))?\s+"
    r"(?:than|from|on|over|against|compared\s+with)\s+)"
    r"(?:(?:(?!\d)[\w'’/-]+|(?:1[89]|20)\d\d(?:/\d\d)?)\s+){0,5}?(?:of\s+)?"
    r"(?!(?:1[89]|20)\d\d(?:/\d\d)?\b)"
    rf"(?P<e>{FIG})(?:\s?(?P<se>{SCALE_WORDS})\b)?"
    rf"(?:\s*(?:to|-)\s*(?P<f>{FIG})(?:\s?(?P<sf>{SCALE_WORDS})\b)?)?(?![\d.,]\d|\s*(?:pct|%))",
)
"""A level range, its change range, and the base: "10.4 and 11 mln tonnes, or a drop of 17.5
to 19.4 pct over the 12.4 to 12.6 mln tonnes"."""
EARLIER = lazy(
    r"\b(?:against|from|compared\s+with|versus|vs)\s+(?:[\w'’.]+\s+){0,3}$", re.IGNORECASE
)
"""Before a range, words that make it the superseded or compared figure, not the level:
"9.6 to 9.9 mln tonnes, against last week's 9.9 to 10.1 mln tonnes, down 21.4 to 22.6 pct"."""
PERCENT_RANGE = lazy(rf"\d\s*(?:to|and|-)\s*{FIG}\s?$")
"""Just before a percent unit, a range of figures ("34.1 to 41.5 pct")."""
UP = frozenset({"rise", "increase", "gain", "up", "higher", "above", "more"})


def ranges(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a stated range of changes its ranges of levels deny."""
    text = doc.text
    for match in _candidates(doc):
        if EARLIER.search(text, max(0, match.start() - 40), match.start()):
            continue
        words = {match.group(k) for k in ("noun", "adv", "comp", "under")} - {None}
        if not words:
            continue  # no direction said: a share or a rate, not a change
        scale = _scale(match)
        if scale is None:
            continue
        up = bool(words & UP)
        levels = [_corners(match.group(k), scale) for k in ("a", "b")]
        bases = [_corners(match.group(k), scale) for k in ("e", "f") if match.group(k)]
        for key in ("c", "d"):
            stated = match.group(key)
            half = 0.5 * 10 ** -(len(stated.split(".")[1]) if "." in stated else 0)
            if any(_reaches(level, base, float(stated), half, up)
                   for level, base in product(levels, bases)):
                continue
            changes = ", ".join(
                f"{_change(sum(level) / 2, sum(base) / 2, up):.1f}"
                for level, base in product(levels, bases)
            )
            yield rule.finding(
                doc, match.start(key), match.end(key),
                f"{stated} pct is no change the ranges give: from "
                f"{match.group('e')}{'-' + match.group('f') if match.group('f') else ''} to "
                f"{match.group('a')}-{match.group('b')} is {changes} pct",
                related=(Span(match.start("a"), match.end("b"),
                              text[match.start("a"):match.end("b")], "level"),
                         Span(match.start("e"), match.end("f") if match.group("f")
                              else match.end("e"), match.group("e"), "base")),
                evidence=(f"changes of {match.group('a')}-{match.group('b')} against "
                          f"{match.group('e')}: {changes} pct ≠ {stated} pct",),
            )
            break


def _candidates(doc: Document) -> Iterator[re.Match[str]]:
    """RANGE matches of the sentences where a range of percentages is written."""
    text = doc.text
    seen: set[int] = set()
    for unit in ("pct", "%", "percent", "per cent"):
        for at in occurrences(text, unit):
            if PERCENT_RANGE.search(text, max(0, at - 24), at) is None:
                continue
            index = doc.sentence_index(at)
            if index not in seen:
                seen.add(index)
                sentence = doc.sentences[index]
                yield from RANGE.finditer(text, sentence.start, sentence.end)


def _scale(match: re.Match[str]) -> float | None:
    """The one scale all figures share: a range's ends and the base name none, or one."""
    words = {match.group(k) for k in ("sa", "sb", "se", "sf")} - {None}
    if len(words) > 1:
        return None
    return SCALE[next(iter(words)).casefold()] if words else 1.0


def _corners(digits: str, scale: float) -> tuple[float, float]:
    """The lowest and highest value a written figure may round from."""
    half = 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0)
    return (float(digits) - half) * scale, (float(digits) + half) * scale


def _change(level: float, base: float, up: bool) -> float:
    change = (level / base - 1) * 100
    return change if up else -change


def _reaches(level: tuple[float, float], base: tuple[float, float], stated: float,
             half: float, up: bool) -> bool:
    """Say whether some rounding of a level against a base gives the stated change."""
    if base[0] <= 0:
        return True
    values = [_change(lv, bv, up) for lv, bv in product(level, base)]
    return min(values) - half <= stated <= max(values) + half

