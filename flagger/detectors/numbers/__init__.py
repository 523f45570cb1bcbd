"""N rules: figures of one article set against each other.

- N101 count-conflict: a definite back-reference ("the 14 dead", "all 38 people", "of those
  2,957 workers") gives a count its earlier mention ("12 people were killed") does not, with no
  update wording between. Linking the two mentions is a judgement: a warning.
- N102 arithmetic-conflict: a stated change, multiple or part the article's own figures
  contradict ("fell 12 percent to 264 from 280"; "doubled to 261 from 179"; "five of the four
  hostages"). Rounding within what the written digits allow is no conflict: an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.earnings import earnings
from flagger.detectors.numbers.leads import leads
from flagger.detectors.numbers.listed import listed
from flagger.detectors.numbers.moves import moves
from flagger.detectors.numbers.shares import shares
from flagger.detectors.numbers.values import (
    COUNT,
    NUMBER,
    NUMBER_RE,
    SCALE,
    Figure,
    count_value,
    figure,
    is_year,
    qualified,
)
from flagger.detectors.rule import Rule
from flagger.detectors.wordscan import matches_at, word_starts
from flagger.report.finding import Finding

N101 = Rule(
    "N101", "count-conflict", "number", "warning",
    "a count the article gives two different values for, with no update between",
    "Two tolls for one event leave the reader not knowing which is right.",
    "12 people were killed … the 14 dead",
    "Make the counts agree, or say that the figure was updated.",
)
N102 = Rule(
    "N102", "arithmetic-conflict", "number", "error",
    "a change, multiple or part the article's own figures contradict",
    "Arithmetic a reader can redo and that does not add up undermines every figure in the story.",
    "sales fell 12 percent to 264 from 280 (a 5.7% fall)",
    "Recompute the figure from the article's own numbers.",
)
RULES = (N101, N102)

UP = r"rose|risen|rise|up|increased|increase|gained|gain|climbed|jumped|surged|grew|grown|"
DOWN = r"fell|fallen|fall|down|decreased|decrease|dropped|drop|declined|decline|slipped|slumped|"
DOWN += r"dipped|lost|shrank|plunged|plummeted|tumbled|sank|slid|eased|cut|reduction"
CHANGE = lazy(rf"\b(?:{UP}{DOWN}|higher|lower|more|less)\b", re.IGNORECASE)
QUALIFIERS = (
    "almost", "nearly", "about", "around", "roughly", "some", "more than", "over", "less than",
    "under", "approximately", "an estimated", "just over", "just under",
)  # fmt: skip
PERCENT = lazy(
    rf"(?P<q>(?:{'|'.join(QUALIFIERS)})\s+)?"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?:pct|percent|per cent|%)(?!\s*(?:points?|pts))"
)
DIGITS = lazy(r"\d+")
MULTIPLE = lazy(
    r"(?P<q>(?:almost|nearly|about|roughly|more than|over|less than)\s+)?"
    r"(?P<m>doubled|tripled|trebled|quadrupled|halved)\b"
)
NEARLY = 1.05
""""Nearly doubled" allows a multiple within 5% above the factor: rounded figures, not a claim."""
FACTOR = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
CLAUSE_END = lazy(r"[;.!?](?:\s|$)|,\s+(?:but|while|and)\b|\bbut\b|\bwhile\b")
TO = lazy(rf"\bto\s+(?:almost |nearly |about |around |some |just over |just under )?{NUMBER}")
MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
)
DAY_BEFORE = lazy(rf"\b{MONTHS}\s+$")
DAY_AFTER = lazy(rf"\s+{MONTHS}\b|\s?(?:%|percent|per cent|pct)")
FROM = lazy(
    r"\b(?:from|against|compared with|compared to)\s+"
    rf"(?:last year's |the year-earlier |a year-earlier |the previous |the |[A-Z][a-z]+['’]s )?"
    rf"{NUMBER}"
)
X_NUMBER = NUMBER.replace("?P<", "?P<x")
FROM_TO = lazy(rf"\bfrom\s+{NUMBER}(?P<mid>[^.;]{{0,50}}?\bto\s+){X_NUMBER}")
WHOLE = COUNT.replace("?P<count>", "?P<whole>")
PARTS = lazy(
    rf"\b{COUNT}\s+of\s+(?:the|its|their|those|these|all)\s+{WHOLE}\b", re.IGNORECASE
)
CHANGE_BEFORE = lazy(
    r"(?:,|\bor\b|\bof\b|\bby\b|\bup\b|\bdown\b)\s*$"
    r"|(?:rise|increase|gain|jump|drop|fall|decline|reduction|cut) of\s*$"
)


def detect(doc: Document) -> Iterator[Finding]:
    """Yield N101 and N102 findings."""
    text = doc.text
    if "%" in text or "pct" in text or "percent" in text or "per cent" in text:
        yield from _percent_changes(doc)
        yield from moves(doc, N102)
    if "bled" in text or "tripled" in text or "halved" in text or "quadrupled" in text:
        yield from _multiples(doc)
    if "point" in text or "lead" in text:
        yield from leads(doc, N102)
    if " vs" in text:
        yield from earnings(doc, N102)
    if " of " in text:
        yield from _parts(doc)
    yield from shares(doc, N102)
    yield from listed(doc, N102)
    from flagger.detectors.numbers.counts import counts

    yield from counts(doc, N101)


def _blank_parentheses(text: str) -> str:
    """Hide "($6.13bn)" conversions so they are not read as the figures of a change."""
    return re.sub(r"\([^()]{0,60}\)", lambda m: " " * len(m.group()), text)


def _percents(text: str) -> Iterator[re.Match[str]]:
    """Yield what `PERCENT.finditer(text)` yields, trying only where a qualifier or a run of
    digits starts (a match starts with one; a later digit of a run never starts one where the
    run's first failed). Four times faster: the optional opening group keeps the regex engine
    from skipping ahead."""
    starts = {match.start() for match in DIGITS.finditer(text)}
    yield from matches_at(PERCENT, text, sorted(starts.union(word_starts(text, QUALIFIERS))))


def _percent_changes(doc: Document) -> Iterator[Finding]:
    text = _blank_parentheses(doc.text)
    for match in _percents(text):
        left_start = max(0, match.start() - 160)
        left = text[left_start : match.start()]
        boundary = [m.end() for m in CLAUSE_END.finditer(left)]
        clause_left = left[boundary[-1] :] if boundary else left
        clause_left_start = match.start() - len(clause_left)
        right = text[match.end() : match.end() + 160]
        stop = CLAUSE_END.search(right)
        clause_right = right[: stop.start()] if stop else right
        another = PERCENT.search(clause_right)
        clause_right = clause_right[: another.start()] if another else clause_right
        if re.search(r"\b(?:to|from|at|and|with)\s+$", clause_left[-8:]):
            continue
        if not CHANGE.search(clause_left[-40:] + " " + clause_right[:30]):
            continue
        if re.search(r"\b(?:share|stake|margin|rate|ratio|yield|of the|of its|of all)\b",
                     clause_right[:25]):
            continue
        x = y = None
        base = match.end()
        to = TO.search(clause_right)
        frm = FROM.search(clause_right)
        if to and frm:
            x = _number_at(text, base + to.start())
            y = _number_at(text, base + frm.start())
        elif frm and frm.start() < 25 and re.search(r",\s+(?:up|down|a|an)\s+$", clause_left):
            before = list(NUMBER_RE.finditer(text, clause_left_start, match.start()))
            gap = text[before[-1].end() : match.start()] if before else ""
            near = re.fullmatch(r"\s*(?:[a-z]+\s*)?,\s+(?:up|down|a|an)\s+", gap)
            if before and re.search(r"[A-Z][a-z]{2,8}\.?\s+$", text[: before[-1].start()][-12:]):
                near = None  # "the quarter ended Sept. 29, up 39%": a day, not a figure
            x = figure(before[-1]) if before and near and not _dated(text, before[-1]) else None
            y = _number_at(text, base + frm.start())
        else:
            pair = FROM_TO.search(clause_left)
            if pair and CHANGE_BEFORE.search(clause_left):
                y = _number_at(text, clause_left_start + pair.start())
                last = list(re.finditer(rf"\bto\s+{NUMBER}", clause_left[pair.start() :]))
                x = _number_at(text, clause_left_start + pair.start() + last[-1].start())
        if x is None or y is None:
            continue
        yield from _judge_percent(doc, match, x, y)


def _number_at(text: str, start: int) -> Figure | None:
    """Return the first figure in the 60 characters from `start`, unless it is a day of a date
    ("3 August", "Sept. 29") or itself a percentage (a change of a rate is read two ways)."""
    match = NUMBER_RE.search(text, start, start + 60)
    if not match or _dated(text, match):
        return None
    return figure(match)


def _dated(text: str, match: re.Match[str]) -> bool:
    return bool(
        DAY_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        or DAY_AFTER.match(text, match.end())
    )


def _aligned(x: Figure, y: Figure) -> tuple[Figure, Figure] | None:
    """Put both figures on one scale ("2.39bn ... from 1.71bn"; "to 4.55 billion from 2.45")."""
    if is_year(x) or is_year(y) or x.value <= 0 or y.value <= 0:
        return None
    if x.has_scale != y.has_scale and max(x.value, y.value) >= 1000 and not (
        x.has_scale and y.has_scale
    ):
        bare = y if x.has_scale else x
        if bare.value >= 1000:
            ratio = x.value / y.value
            return (x, y) if 0.02 < ratio < 50 else None
    if x.has_scale and not y.has_scale:
        y = Figure(y.start, y.end, y.text, y.value * x.scale, y.half_unit * x.scale, x.scale,
                   True, y.currency)
    elif y.has_scale and not x.has_scale:
        x = Figure(x.start, x.end, x.text, x.value * y.scale, x.half_unit * y.scale, y.scale,
                   True, x.currency)
    if (x.currency and y.currency and x.currency != y.currency) or x.start == y.start:
        return None
    if not 0.02 < x.value / y.value < 50:
        return None
    return x, y


def _judge_percent(doc: Document, match: re.Match[str], x: Figure, y: Figure) -> Iterator[Finding]:
    pair = _aligned(x, y)
    if pair is None:
        return
    x, y = pair
    stated = float(match.group("p"))
    decimals = len(match.group("p").split(".")[1]) if "." in match.group("p") else 0
    half = 0.5 * 10 ** -decimals
    changes = [
        (a - b) / b * 100
        for a in (x.value - x.half_unit, x.value + x.half_unit)
        for b in (y.value - y.half_unit, y.value + y.half_unit)
        if b > 0
    ]
    if not changes:
        return
    signed_low, signed_high = min(changes), max(changes)
    if signed_low <= 0 <= signed_high:
        low, high = 0.0, max(-signed_low, signed_high)
    else:
        low, high = sorted((abs(signed_low), abs(signed_high)))
    low, high = low - half - 0.01 * stated, high + half + 0.01 * stated
    low, high = qualified(match.group("q") or "", low, high)
    if low <= stated <= high:
        return
    actual = abs(x.value - y.value) / y.value * 100
    word = "rise" if x.value > y.value else "fall"
    yield N102.finding(
        doc, match.start("p"), match.end(),
        f"{match.group().strip()} does not fit {y.text} → {x.text}: that is a "
        f"{actual:.1f}% {word}",
        related=(Span(y.start, y.end, y.text, "from"), Span(x.start, x.end, x.text, "to")),
        evidence=(f"({_plain(x)} − {_plain(y)}) / {_plain(y)} = {actual:.1f}%",),
    )


def _plain(fig: Figure) -> str:
    return f"{fig.value:,.6g}"


def _multiples(doc: Document) -> Iterator[Finding]:
    text = _blank_parentheses(doc.text)
    for match in MULTIPLE.finditer(text):
        right = text[match.end() : match.end() + 140]
        stop = CLAUSE_END.search(right)
        clause = right[: stop.start()] if stop else right
        to, frm = TO.search(clause), FROM.search(clause)
        if not (to and frm) or frm.start() < 0:
            continue
        x = _number_at(text, match.end() + to.start())
        y = _number_at(text, match.end() + frm.start())
        if x is None or y is None:
            continue
        pair = _aligned(x, y)
        if pair is None:
            continue
        x, y = pair
        ratio = x.value / y.value
        factor = FACTOR[match.group("m")]
        qualifier = (match.group("q") or "").strip()
        low, high = factor * 0.75, factor * 1.25
        if qualifier in {"almost", "nearly"}:
            low, high = factor * 0.75, factor * NEARLY
        elif qualifier in {"more than", "over"}:
            low, high = factor * 0.98, float("inf")
        elif qualifier in {"less than"}:
            low = 0.0
        elif qualifier:
            low, high = factor * 0.75, factor * 1.25
        if low <= ratio <= high:
            continue
        yield N102.finding(
            doc, match.start(), match.end(),
            f"{match.group()} does not fit {y.text} → {x.text}: that is "
            f"{ratio:.2f} times",
            related=(Span(y.start, y.end, y.text, "from"), Span(x.start, x.end, x.text, "to")),
            evidence=(f"{_plain(x)} / {_plain(y)} = {ratio:.2f}",),
        )


SCALE_AFTER = lazy(r"\s?(?P<s>thousand|million|billion|trillion|mln|bn|tn|k|m)\b", re.I)
"""A scale word after a count ("24 million"): the count is that many thousands or millions."""
PARTS_GATE = lazy(r" of (?:the|its|their|those|these|all) (?:\d|[a-z]+(?:-[a-z]+)? [a-z])")


def _parts(doc: Document) -> Iterator[Finding]:
    text = doc.text
    for gate in PARTS_GATE.finditer(text):
        match = PARTS.search(text, max(0, gate.start() - 20), gate.end() + 20)
        if match is None or match.start("whole") < gate.start():
            continue
        yield from _part(doc, match)


def _scale(match: re.Match[str] | None) -> float:
    return SCALE[match.group("s").casefold()] if match else 1.0


def _part(doc: Document, match: re.Match[str]) -> Iterator[Finding]:
    part, whole = count_value(match.group("count")), count_value(match.group("whole"))
    if part is None or whole is None or re.match(r"[.,]\d", doc.text[match.end("whole") :]):
        return  # "960,000 of the 6.2 mln shares": the whole has decimals
    part_scale = SCALE_AFTER.match(doc.text, match.end("count"))
    whole_scale = SCALE_AFTER.match(doc.text, match.end("whole"))
    if part * _scale(part_scale) <= whole * _scale(whole_scale) or whole < 2:
        return
    yield N102.finding(
        doc, match.start("count"), match.end("count"),
        f"{match.group('count')} of the {match.group('whole')}: a part larger than its whole",
        related=(
            Span(match.start("whole"), match.end("whole"), match.group("whole"), "whole"),
        ),
        evidence=(f"{part} > {whole}",),
    )
