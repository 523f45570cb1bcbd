"""Reading figures: "2.39bn rupees", "$1.55 billion", "12,500", "a dozen", "Thirty-one"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import ONES, TEENS, TENS

SCALE = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mln": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
    "tn": 1e12, "trillion": 1e12,
}
SCALE_WORDS = "bn|billion|mln|million|m|k|thousand|trillion|tn"
"""The words of SCALE as one alternation; the word boundary after it keeps "m" off "mln"."""
NUMBER = (
    r"(?P<cur>[$£€#]\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>{SCALE_WORDS})\b)?"
)
DIGIT_RUNS = lazy(r"\d[\d,.]*")
"""Runs of digits with their separators: found once per article for the readers that need
every figure's place (listed parts, transposed digits)."""
PERCENT_UNIT = r"\s?(?:%|percent|per cent|pct)"
"""A percent unit after a figure: "12%", "12 percent", "12 per cent", "12 pct"."""
PERCENT_WORD = r"\s?(?:%|percent\b|per cent\b|pct\b)"
"""The same unit ending a word: not the "percent" of "percentage"."""
PERCENT_CUES = ("%", "pct", "percent", "per cent")
"""The literal words of a percent unit: a text whose lower-cased form holds none of them holds
no match of `PERCENT_UNIT` or `PERCENT_WORD`, ignoring case or not."""


def holds_percent(low: str, start: int = 0, end: int | None = None) -> bool:
    """Say whether the lower-cased `low[start:end]` holds a word of a percent unit: "Sales rose
    12 PCT" does, "Sales rose to 12 mln" does not (`str.find`, no regex scan)."""
    stop = len(low) if end is None else end
    return any(low.find(cue, start, stop) >= 0 for cue in PERCENT_CUES)


SMALL_UNITS = frozenset({"cent", "cents", "pence", "p"})
"""Units of a hundredth of a currency: a move in cents beside a level in dollars."""
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
"""A month name or its abbreviation, as the readers of figures pass over dates ("Sept. 29"):
looser than the date reader's `MONTH` ("Mayor" too), kept as it was written in each reader."""
NUMBER_RE = lazy(rf"(?<![\w.,]){NUMBER}(?![\w]|\.\d|,\d)")
NEAR = 1.12
""""Almost 20 percent" allows a figure up to 12% below the stated one (17.9 for 20), not more."""


def qualified(qualifier: str, low: float, high: float) -> tuple[float, float]:
    """Widen the range [low, high] a stated percentage must fall in by the word before it:
    "more than" bounds it below only, "less than" above only, "almost/nearly" allow only a
    little more ("almost 68 percent" for 58 is no rounding), "about" and the like 15%."""
    qualifier = qualifier.strip().casefold()
    if qualifier in {"more than", "over", "just over"}:
        return 0.0, high
    if qualifier in {"less than", "under", "just under"}:
        return low, float("inf")
    if qualifier in {"almost", "nearly"}:
        return low, high * NEAR + 0.5
    if qualifier:
        return low * 0.85 - 1, high * 1.15 + 1
    return low, high
WORD_VALUES = {w: i + 1 for i, w in enumerate((*ONES, *TEENS))}
WORD_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(TENS)})
WORD_VALUES.update({f"{t}-{u}": 10 * (i + 2) + j + 1 for i, t in enumerate(TENS)
                    for j, u in enumerate(ONES)})
WORD_VALUES.update({"a dozen": 12, "dozen": 12, "two dozen": 24, "three dozen": 36})


COUNT = (
    r"(?P<count>\d{1,3}(?:,\d{3})+|\d+|"
    + trie(sorted({*WORD_VALUES, "two dozen", "three dozen"}, key=len, reverse=True)) + r"\b)"
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure in the text: its value, and half the unit of its last written digit."""

    start: int
    end: int
    text: str
    value: float
    half_unit: float
    scale: float
    has_scale: bool
    currency: str


def half_unit(digits: str) -> float:
    """Half the unit of the last digit written ("0.25" → 0.005): the rounding a figure allows."""
    digits = digits.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 * 10.0**-decimals


WIRE_SCALES = {"mln": 1e6, "million": 1e6, "billion": 1e9, "bln": 1e9}
"""The scale words of wire tables and headlines ("10.6 mln", "1.2 billion")."""


def written_value(written: str) -> tuple[float, float]:
    """Return the value of a number written in digits or words and half the unit it is written
    to ("1,234.5" → 1234.5, 0.05; "seven" → 7, 0.5)."""
    folded = written.casefold()
    if folded in WORD_VALUES:
        return float(WORD_VALUES[folded]), 0.5
    return float(folded.replace(",", "")), half_unit(folded)


def figure(match: re.Match[str], default_scale: float = 1.0) -> Figure:
    """Return the figure a NUMBER match reads."""
    digits = match.group("num").replace(",", "")
    scale_word = match.group("scale")
    scale = SCALE[scale_word] if scale_word else default_scale
    return Figure(
        match.start(), match.end(), match.group(), float(digits) * scale,
        half_unit(digits) * scale, scale, bool(scale_word), (match.group("cur") or "").strip(),
    )


MEASURED_FIGURE = lazy(rf"(?<![\w.,]){NUMBER}(?![\w]|\.\d|,\d)(?P<pct>{PERCENT_WORD})?")
"""A figure with its percent sign or word, if any (the readers of order and records)."""


def format_figure(value: float) -> str:
    """Return a value as evidence shows it: digits grouped, six significant ("1,234.5")."""
    return f"{value:,.6g}"


def count_value(word: str) -> int | None:
    """Return the value of a count written in digits or words."""
    folded = word.casefold().replace(",", "")
    if folded.isdigit():
        return int(folded)
    return WORD_VALUES.get(folded)


def is_year(fig: Figure) -> bool:
    """Say whether a bare four-digit figure is probably a year."""
    bare = not fig.has_scale and not fig.currency
    return bare and re.fullmatch(r"(1[89]|20)\d\d", fig.text) is not None


def occurrences(text: str, word: str) -> Iterator[int]:
    """Yield where `word` starts in `text` (a plain search: faster than a regex scan)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def rounded(a: int, b: int) -> bool:
    """Whether one count is the other rounded to hundreds (3,500 for 3,470): one of them a
    round figure of a thousand or more, and the two within 5% of the larger."""
    big, small = max(a, b), min(a, b)
    return any(v >= 1000 and v % 100 == 0 for v in (a, b)) and big - small <= 0.05 * big
