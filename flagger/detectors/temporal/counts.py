"""Read a count of years or an ordinal written as digits or words ("12", "twelve", "12th")."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import NUMBERS, ORDINALS

YEAR_SUFFIX = lazy(r"[\s-]year$")
NUMBER_WORDS = "|".join(sorted((w for w in NUMBERS if " " not in w and w not in
                                ("a", "an", "half", "dozen")), key=len, reverse=True))
"""One-word number words ("twelve", "forty") as a regex alternation, longest first."""


def cardinal(word: str) -> int | None:
    """Return a positive whole number written as digits or a number word, else None."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    value = NUMBERS.get(w)
    return int(value) if value is not None and value >= 1 else None


def count(word: str) -> int | None:
    """Return a cardinal, or an ordinal ("12th", "twelfth"), also before "-year"."""
    w = YEAR_SUFFIX.sub("", word.lower())
    if w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th"):
        return int(w[:-2])
    if w in ORDINALS:
        value = ORDINALS[w]
        return int(value) if value >= 1 else None
    return cardinal(w)


def ordinal(n: int) -> str:
    """Return `n` as a written ordinal ("1st", "12th", "23rd")."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
