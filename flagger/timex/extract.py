"""Find time expressions in a text and keep the longest non-overlapping readings."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from flagger.timex.expression import TimeExpression
from flagger.timex.intervals import interval
from flagger.timex.normalise import HANDLERS, Normalised
from flagger.timex.patterns import RULES, TRIGGER
from flagger.timex.tense import tense_near

_PRIORITY = {kind: rank for rank, kind in enumerate(RULES)}
_SIGNALS = frozenset(
    {
        "in",
        "on",
        "at",
        "since",
        "for",
        "during",
        "until",
        "till",
        "by",
        "before",
        "after",
        "from",
        "to",
        "over",
        "within",
        "through",
        "throughout",
        "between",
        "of",
        "as",
        "ago",
        "into",
    }
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[^\w\n]{0,3}$")
# "May" and "fall" are months/seasons only after these words (otherwise a verb or noun).
_MONTH_CONTEXT = frozenset(
    {
        "in",
        "of",
        "since",
        "until",
        "till",
        "by",
        "before",
        "after",
        "during",
        "through",
        "from",
        "to",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "end",
        "beginning",
        "middle",
        "and",
        "or",
        "between",
        "each",
        "every",
        "for",
        "throughout",
        "that",
        "the",
        "on",
        "into",
    }
)
_WINDOW = 48


def _previous_word(text: str, start: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else ""


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around trigger words, snapped to whitespace and merged."""
    spans: list[tuple[int, int]] = []
    size = len(text)
    for match in TRIGGER.finditer(text):
        begin = text.rfind(" ", 0, max(0, match.start() - _WINDOW)) + 1
        end = text.find(" ", min(size, match.end() + _WINDOW))
        end = size if end < 0 else end
        if spans and begin <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((begin, end))
    return spans


def _plausible(kind: str, match: re.Match[str], text: str) -> bool:
    """Reject readings that the surrounding words show to be something else."""
    if kind == "month" and not match["part"]:
        word = match["mon"]
        if word in ("May", "March") or word.endswith("."):
            return _previous_word(text, match.start()) in _MONTH_CONTEXT
    if kind == "season" and not (match["year"] or match["rel"] or match["part"]):
        return match.group().lower().startswith("the ") or (
            _previous_word(text, match.start()) in _MONTH_CONTEXT
        )
    if kind == "year" and not match["part"]:
        tail = text[match.end() : match.end() + 8].lower()
        return not re.match(r"\s*(?:%|per|percent|people|[-–]\s*\d|\d)", tail)
    return True


def _candidates(text: str) -> list[tuple[int, int, int, str, re.Match[str]]]:
    found = []
    windows = _windows(text)
    for kind, pattern in RULES.items():
        for begin, end in windows:
            for match in pattern.finditer(text, begin, end):
                if match.end() > match.start() and _plausible(kind, match, text):
                    found.append((match.start(), match.end(), _PRIORITY[kind], kind, match))
    return found


def extract_dates(text: str, published: date | None) -> tuple[TimeExpression, ...]:
    """Return the time expressions of `text`, sorted by start, resolved against `published`.

    Without a publication date every expression is still found; those whose value depends on
    it keep "X" placeholders ("XXXX-05-15") or a reference value ("PAST_REF") and no interval.
    """
    taken = bytearray(len(text))
    chosen: list[tuple[int, int, Normalised]] = []
    ranked = sorted(_candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0]))
    for start, end, _, kind, match in ranked:
        if any(taken[start:end]):
            continue

        @cache
        def tense(start: int = start, end: int = end) -> str | None:
            return tense_near(text, start, end)

        normalised = HANDLERS[kind](match, published, tense)
        if normalised is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, normalised))
    chosen.sort(key=lambda item: item[0])
    return tuple(_expression(text, start, end, n) for start, end, n in chosen)


def _expression(text: str, start: int, end: int, found: Normalised) -> TimeExpression:
    first, last = interval(found.value) if found.type in ("DATE", "TIME") else (None, None)
    signal = _previous_word(text, start)
    return TimeExpression(
        start=start,
        end=end,
        text=text[start:end],
        type=found.type,
        value=found.value,
        first=first,
        last=last,
        relative=found.relative,
        mod=found.mod,
        weekday=found.weekday,
        signal=signal if signal in _SIGNALS else None,
    )
