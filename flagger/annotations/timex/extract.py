"""Find time expressions in a text and keep the longest non-overlapping readings."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, datetime

from flagger.annotations.timex.anaphora import resolve_anaphor
from flagger.annotations.timex.expression import TimeExpression
from flagger.annotations.timex.facts import read_facts
from flagger.annotations.timex.intervals import interval
from flagger.annotations.timex.lexicon import MONTHS
from flagger.annotations.timex.normalise import HANDLERS
from flagger.annotations.timex.patterns import (
    ALL_KINDS,
    KINDS_AT,
    NUMBER_RULES,
    PREFIX_WORDS,
    RULES,
    SMALL_NUMBER_RULES,
    TRIGGER,
    TRIGGERS,
    YEAR_RULES,
)
from flagger.annotations.timex.reading import Normalised, Tense
from flagger.annotations.timex.tense import tense_near

ANCHOR_YEARS = range(100, 9900)
# No expression runs across a blank line ("Tuesday, 1 March" / "2000 GMT" in a fixture list).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_PRIORITY = {kind: rank for rank, kind in enumerate(RULES)}
_SIGNALS = frozenset(
    "in on at since for during until till by before after from to over within through "
    "throughout between of as ago into".split()
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[^\w\n]{0,3}$")
# "May" and "fall" are months/seasons only after these words (otherwise a verb or noun).
_MONTH_CONTEXT = frozenset(
    "in of since until till by before after during through from to early late mid last next "
    "this end beginning middle and or between each every for throughout that the on into".split()
)
_SEASON_CONTEXT = frozenset(
    "in of since until by during through early late mid last next this throughout".split()
)
# "$2 million a year", "twice a week": rates, which TimeML leaves unmarked.
_RATE_WORDS = frozenset(
    "million billion thousand hundred percent once twice times cents dollars".split()
)
_FULL_MONTHS = frozenset(
    name for name, number in MONTHS.items() if len(name) > 4 or number in (5, 6, 7)
)
_NOT_A_YEAR = re.compile(r"\s*(?:%|per\b|percent|people|\d)")
_MONEY = frozenset("$£€¥")
_MAX_PREFIX = 4
_SEPARATORS = frozenset(" \t\n,-")


def _previous_word(text: str, start: int) -> str:
    """The word just before `start`, lower-cased ("" if none)."""
    match = _PREVIOUS_WORD.search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else ""


def _starts(lowered: str, position: int) -> list[int]:
    """`position` and the starts of the prefix words just before it ("the past" in "the past
    three years"), nearest first."""
    starts = [position]
    for _ in range(_MAX_PREFIX):
        end = position
        while end > 0 and lowered[end - 1] in _SEPARATORS:
            end -= 1
        begin = end
        while begin > 0 and (lowered[begin - 1].isalnum() or lowered[begin - 1] in "'."):
            begin -= 1
        word = lowered[begin:end].strip("'.")
        if begin == end or not (word in PREFIX_WORDS or word.isdigit()):
            break
        starts.append(begin)
        position = begin
    return starts


def _plausible(kind: str, match: re.Match[str], text: str) -> bool:
    """Reject readings that the surrounding words show to be something else."""
    if kind == "month" and not match["part"]:
        word = match["mon"]
        if word.lower() not in _FULL_MONTHS and not word.endswith("."):
            return False
        if word in ("May", "March") or word.endswith("."):
            return _previous_word(text, match.start()) in _MONTH_CONTEXT
    if kind == "season" and not (match["year"] or match["rel"] or match["part"]):
        return match.group().lower().startswith("the ") or (
            _previous_word(text, match.start()) in _SEASON_CONTEXT
        )
    if kind in ("duration", "ago") and match["unit"].lower().startswith("quarter"):
        return not text.startswith(" of", match.end())
    if kind == "plural_units":
        return _previous_word(text, match.start()) in ("for", "within", "in", "over")
    if kind == "duration" and match["qty"].lower() in ("a", "an") and not match["rel"]:
        return _previous_word(text, match.start()) not in _RATE_WORDS and not (
            text[max(0, match.start() - 3) : match.start()].strip()[-1:].isdigit()
        )
    if kind == "year" and not match["part"]:
        tail = text[match.end() : match.end() + 8].lower()
        return not _NOT_A_YEAR.match(tail)
    return True


def _number_rules(lowered: str, trigger: re.Match[str]) -> frozenset[str]:
    """The rules worth trying at a number: none for money and percentages."""
    start, end = trigger.span()
    if lowered[start - 1 : start] in _MONEY or lowered[end : end + 1] == "%":
        return frozenset()
    if end - start == 4:
        return YEAR_RULES
    return SMALL_NUMBER_RULES if end - start <= 2 else NUMBER_RULES


def _candidates(text: str) -> list[tuple[int, int, int, str, re.Match[str]]]:
    """Every rule match that starts at a trigger word or at a prefix word before one."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two code points
        lowered = "".join(c if len(c.lower()) > 1 else c.lower() for c in text)
    tried: dict[int, set[str]] = {}
    found = []
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    for trigger in TRIGGER.finditer(lowered):
        word = trigger.group()
        kinds = _number_rules(lowered, trigger) if word[0].isdigit() else TRIGGERS[word]
        starts = _starts(lowered, trigger.start())
        # A later trigger reaches back over the same prefix words at most, so starts before
        # this trigger's first can never come again: forget them, or a text of numbers ("1 1
        # 1 ...") keeps a set per word (gigabytes for a few megabytes of text).
        for old in [position for position in tried if position < starts[-1]]:
            del tried[old]
        for start in starts:
            todo = kinds & KINDS_AT.get(text[start], ALL_KINDS)
            done = tried.setdefault(start, set())
            todo -= done
            done |= todo
            after = bisect_right(breaks, start)
            paragraph_end = breaks[after] if after < len(breaks) else len(text)
            for kind in todo:
                match = RULES[kind].match(text, start, paragraph_end)
                if match and match.end() > start and _plausible(kind, match, text):
                    found.append((start, match.end(), _PRIORITY[kind], kind, match))
    return found


def extract_dates(text: str, published: date | None) -> tuple[TimeExpression, ...]:
    """Return the time expressions of `text`, sorted by start, resolved against `published`.

    Without a publication date every expression is still found; those whose value depends on
    it keep "X" placeholders ("XXXX-05-15") or a reference value ("PAST_REF") and no interval.
    So do they when the publication date lies at the calendar's edge (before year 100 or after
    9899), where "three centuries ago" or "next winter" would leave the calendar.
    """
    if isinstance(published, datetime):
        published = published.date()
    if published is not None and published.year not in ANCHOR_YEARS:
        published = None
    taken = bytearray(len(text))
    chosen: list[tuple[int, int, str, re.Match[str], Normalised]] = []
    ranked = sorted(_candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0]))
    for start, end, _, kind, match in ranked:
        if any(taken[start:end]):
            continue

        normalised = HANDLERS[kind](match, published, _tense(text, start, end))
        if normalised is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, kind, match, normalised))
    chosen.sort(key=lambda item: item[0])
    found: list[TimeExpression] = []
    reference = None
    for start, end, kind, match, normalised in chosen:
        if kind == "anaphor":
            normalised = resolve_anaphor(match, reference, published)
        expression = _expression(text, start, end, match, normalised)
        found.append(expression)
        if expression.first is not None:
            reference = expression
    return tuple(found)


def _tense(text: str, start: int, end: int) -> Tense:
    """Return a function that finds the tense near an expression once, when first asked."""
    found: list[str | None] = []

    def tense() -> str | None:
        if not found:
            found.append(tense_near(text, start, end))
        return found[0]

    return tense


def _expression(
    text: str, start: int, end: int, match: re.Match[str], found: Normalised
) -> TimeExpression:
    """The expression `match` found, normalised as `found`, with its interval and facts."""
    first, last = interval(found.value) if found.type in ("DATE", "TIME") else (None, None)
    signal = _previous_word(text, start)
    facts = read_facts(match, found, text, end)
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
        explicit=facts.explicit,
        deictic=facts.deictic,
        has_year=facts.has_year,
        named_day=facts.named_day,
        ago=facts.ago,
        granularity=facts.granularity,
        range_start=facts.range_start,
    )
