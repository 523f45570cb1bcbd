"""N102 shares: "31 out of 659 MPs, or 2%" states a share its own two figures contradict.

The part, the whole and the percentage must sit in one phrase ("A of B …, or P%", "A of the B
(P%)", "A out of B is P percent", "of the B …, A (P%)", "A/B, or P%"); rounding within the
written digits and the qualifier ("about", "more than") is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import NUMBER, NUMBER_RE, figure, is_year
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

WHOLE = NUMBER.replace("?P<", "?P<w")
OWNER = r"(?:(?:the|all|its|their|those|these)\s+)?(?:[\w.]+['’]s\s+)?"
QUALIFIER = (
    r"(?P<q>(?:about|around|roughly|nearly|almost|some|approximately|just over|just under|"
    r"more than|over|less than|under|only|just)\s+)?"
)
PERCENT = r"(?P<p>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pct\b)"
PART = rf"(?<![\w.,]){NUMBER}(?!\s?(?:%|percent|per cent|pct)|\d|[.,]\d)"
FORMS = (
    # "31 out of 659 MPs, or 2%"; "600,000 of Brazil's 183 million citizens (or around 3 percent)"
    lazy(
        rf"{PART}(?:\s+[a-z]+)?\s+(?:out\s+)?of\s+{OWNER}{WHOLE}"
        r"(?:\s+[A-Za-z][\w'’-]*){0,3}?"
        rf"(?:,\s+or|\s+\((?:or\s+)?|,\s+|\s+(?:is|are|was|were|or|—|-)\s+)\s*{QUALIFIER}{PERCENT}"
    ),
    # "28,700, about 40% of the state's 56,000 cases"
    lazy(rf"{PART},\s+{QUALIFIER}{PERCENT}\s+of\s+{OWNER}{WHOLE}"),
    # "only 2% of MPs - 31 out of 659 -"
    lazy(
        rf"{QUALIFIER}{PERCENT}\s+of\s+(?:[A-Za-z][\w'’-]*\s+){{0,3}}?(?:-|–|—|\()\s*"
        rf"{PART.replace('?P<', '?P<x')}\s+(?:out\s+)?of\s+{WHOLE}"
    ),
    # "out of those 326 studies, 256 (89%)"; "Of the 1,491 cases in 2012: 915 (61.4%)"
    lazy(
        rf"\b(?:out\s+)?of\s+{OWNER}{WHOLE}\s+[^.;!?\n]{{0,80}}?[,:]\s*(?:[^\w\s]\s*)?"
        rf"(?:only\s+|just\s+)?{PART}\s*(?:\(\s*|[–—-]\s*|,\s+or\s+){QUALIFIER}{PERCENT}",
        re.IGNORECASE,
    ),
    # "7/192, or 3.6%"
    lazy(rf"{PART}/{WHOLE},?\s+(?:or\s+|\(){QUALIFIER}{PERCENT}"),
)
GATES = (
    lazy(r"\d (?:out )?of |\d(?:%| percent| per cent) of "),
    lazy(r"[Oo]f (?:the |those |these |all )?\d[\d,.]* [a-z]"),
    lazy(r"\d/\d"),
)
"""The cue of each group of forms: part-first, whole-first and slash forms; a form is tried only
in the sentences that hold its cue."""
GROUPS = (FORMS[:3], FORMS[3:4], FORMS[4:])
PERCENT_CUE = lazy(r"%|percent|per cent|pct")


def shares(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for shares that do not fit their part and whole."""
    text = doc.text
    if not PERCENT_CUE.search(text):
        return
    for gate, forms in zip(GATES, GROUPS, strict=True):
        spans = sorted({_sentence(doc, hit.start()) for hit in gate.finditer(text)})
        for start, end in spans:
            if not PERCENT_CUE.search(text, start, end):
                continue  # every form states its share in percent
            for form in forms:
                for match in form.finditer(text, start, end):
                    yield from _judge(doc, rule, match)


def _sentence(doc: Document, at: int) -> tuple[int, int]:
    """Return the bounds of the sentence holding `at` (the whole text if none)."""
    if not doc.sentences:
        return 0, len(doc.text)
    sentence = doc.sentences[doc.sentence_index(at)]
    return sentence.start, sentence.end


def _judge(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    """Flag the share of one match when its part and whole give another."""
    text = doc.text
    key = "xnum" if "xnum" in match.groupdict() else "num"
    cur = match.group("xcur" if key == "xnum" else "cur") or ""
    part_match = NUMBER_RE.match(text, match.start(key) - len(cur))
    whole_match = NUMBER_RE.match(text, match.start("wnum") - len(match.group("wcur") or ""))
    if part_match is None or whole_match is None:
        return
    part, whole = figure(part_match), figure(whole_match)
    if whole.value <= 0 or part.value > whole.value or part.currency != whole.currency:
        return
    if is_year(whole) or is_year(part):
        return
    low = max(part.value - part.half_unit, 0) / (whole.value + whole.half_unit) * 100
    high = (part.value + part.half_unit) / max(whole.value - whole.half_unit, 1e-9) * 100
    stated = float(match.group("p"))
    decimals = len(match.group("p").split(".")[1]) if "." in match.group("p") else 0
    half = 0.5 * 10 ** -decimals
    low, high = low - half - 0.01 * stated, high + half + 0.01 * stated
    qualifier = (match.group("q") or "").strip()
    if qualifier in {"more than", "over", "just over"}:
        low = 0.0  # "more than 4%" allows any share above 4
    elif qualifier in {"less than", "under", "just under"}:
        high = float("inf")
    elif qualifier not in {"", "only", "just"}:
        low, high = low * 0.85 - 1, high * 1.15 + 1
    if low <= stated <= high:
        return
    actual = part.value / whole.value * 100
    yield rule.finding(
        doc, match.start("p"), match.end(),
        f"{match.group('p')}% does not fit {part.text} of {whole.text}: that is {actual:.1f}%",
        related=(Span(part.start, part.end, part.text, "part"),
                 Span(whole.start, whole.end, whole.text, "whole")),
        evidence=(f"{part.value:,.6g} / {whole.value:,.6g} = {actual:.1f}%",),
    )
