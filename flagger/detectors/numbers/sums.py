"""N102 sums stated after their parts: the parts before "a total of T" must add up to T.

"seized the floor three times and lodged 24 interjections, a total of 27 interruptions"; "40
plus 25, for a total of 65"; "54 percent say they are either uncertain (25 percent) or worried
(29 percent)". The parts are the only two or three figures of the clause before the total,
joined by "and" or "plus" (or, for shares, "either (A%) or (B%)" after the total), with
nothing that leaves room for more ("including", "about", "other"). A split of a body of seats
("the 100-seat Senate by a 53-48 margin") must not hold more seats than the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.totals import OPEN
from flagger.detectors.numbers.values import COUNT, PERCENT_WORD, count_value, occurrences
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

TOTAL = COUNT.replace("?P<count>", "?P<total>")
AFTER = lazy(
    rf",\s+(?:for\s+|making\s+|or\s+)?(?:a|the)\s+(?:combined\s+)?total\s+of\s+{TOTAL}"
    r"(?![\w%-]|[.,]\d)",
    re.IGNORECASE,
)
"""A total stated after its parts: ", a total of 27"; ", for a total of 65"."""
FIGURE = lazy(rf"(?<![\w,.$£€#-]){COUNT}(?![\w%/:-]|[.,]\d)", re.IGNORECASE)
JOIN = lazy(r"^(?:(?!\b(?:or|but|while|whereas|of)\b)[^\d,;:()])*\b(?:and|plus)\b[^\d,;:()]*$")
"""Between two parts: an "and" or "plus", no "or" and no other figure."""
RUNNING = lazy(r"(?:\s+[a-z]+)?\s+(?:in|over|so\s+far|since|to\s+date|this|last)\b")
"""After a total that runs over a time ("a total of 43 in three days"): more than these parts."""
YEAR = lazy(r"(?:1[89]|20)\d\d")
CLAUSE = lazy(r"[.;:!?\n]|,\s")
EITHER = lazy(
    rf"(?<![\w.,])(?P<t>\d+(?:\.\d+)?){PERCENT_WORD}[^.;:()\d]{{0,90}}?\beither\b[^.;:()\d]{{1,60}}"
    rf"\(\s*(?P<a>\d+(?:\.\d+)?){PERCENT_WORD}\s*\)[^.;:()\d]{{0,15}}\bor\b[^.;:()\d]{{1,60}}"
    rf"\(\s*(?P<b>\d+(?:\.\d+)?){PERCENT_WORD}\s*\)",
    re.IGNORECASE,
)
"""A share, then the two it joins: "54 percent are either uncertain (25 percent) or worried
(29 percent)"."""


SEATS = lazy(
    r"(?<![\w.,])(?P<n>\d+)-(?:seat|member)\b[^.;:\d]{0,60}?\b(?:an?\s+)?(?:only\s+)?"
    r"(?P<a>\d+)[-–](?P<b>\d+)\s+(?:margin|majority|split|edge|vote)\b"
)
"""A split of a body of N seats: "the 100-seat Senate by only a 52-48 margin"."""


def sums(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for parts that do not add up to the total stated after them."""
    text = doc.text
    for at in occurrences(text, "total of"):
        match = AFTER.search(text, max(0, at - 30), at + 40)
        if match is not None:
            yield from _after(doc, rule, match)
    for at in (*occurrences(text, "-seat "), *occurrences(text, "-member ")):
        match = SEATS.match(text, _figure_start(text, at))
        if match is not None:
            yield from _seats(doc, rule, match)
    for at in occurrences(text, "either"):
        match = EITHER.search(text, max(0, at - 110), at + 160)
        if match is not None and match.start() < at < match.end():
            yield from _either(doc, rule, match)


def _after(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    text = doc.text
    cuts = [c.end() for c in CLAUSE.finditer(text, max(0, match.start() - 200), match.start())]
    start = cuts[-1] if cuts else max(0, match.start() - 200)
    parts = list(FIGURE.finditer(text, start, match.start()))
    total = count_value(match.group("total"))
    if total is None or not 2 <= len(parts) <= 3 or OPEN.search(text, start, match.end()):
        return
    if "total" in text[start : match.start()] or RUNNING.match(text, match.end()):
        return  # a running total: "for a total of 790 and two deaths"; "a total of 43 so far"
    if not all(JOIN.search(text[a.end() : b.start()]) for a, b in pairwise(parts)):
        return
    values = [count_value(p.group("count")) for p in parts]
    if None in values or any(v == total for v in values) or any(YEAR.fullmatch(p.group())
                                                                  for p in parts):
        return
    added = sum(v for v in values if v is not None)
    before = [count_value(f.group("count")) for f in FIGURE.finditer(text, max(0, start - 40),
                                                                     start)]
    if added == total or added in before:
        return  # the parts split a figure just before them ("six dead: five men and one woman")
    written = " + ".join(p.group("count") for p in parts)
    yield rule.finding(
        doc, match.start("total"), match.end("total"),
        f"a total of {match.group('total')} after {written}, which make {added:,}",
        related=tuple(Span(p.start(), p.end(), p.group(), "part") for p in parts),
        evidence=(f"{written} = {added:,} ≠ {total:,}",),
    )


def _either(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    total, a, b = (float(match.group(g)) for g in ("t", "a", "b"))
    slack = sum(_half(match.group(g)) for g in ("t", "a", "b")) + 0.01
    if abs(a + b - total) <= slack or a >= total or b >= total:
        return
    yield rule.finding(
        doc, match.start("t"), match.end("t"),
        f"{match.group('t')} percent are either of two groups of {match.group('a')} and "
        f"{match.group('b')} percent, which make {a + b:g}",
        related=(Span(match.start("a"), match.end("a"), match.group("a"), "part"),
                 Span(match.start("b"), match.end("b"), match.group("b"), "part")),
        evidence=(f"{a:g} + {b:g} = {a + b:g} ≠ {total:g}",),
    )


def _figure_start(text: str, at: int) -> int:
    """Return where the figure that ends at `at` starts."""
    start = at
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return start


def _seats(doc: Document, rule: Rule, match: re.Match[str]) -> Iterator[Finding]:
    seats, a, b = (int(match.group(g)) for g in ("n", "a", "b"))
    if a + b <= seats or a > seats or b > seats:
        return  # fewer is no conflict: seats may be vacant or held by others
    yield rule.finding(
        doc, match.start("a"), match.end("b"),
        f"a {a}-{b} split of {seats} seats: {a} + {b} make {a + b}",
        related=(Span(match.start("n"), match.end("n"), match.group("n"), "whole"),),
        evidence=(f"{a} + {b} = {a + b} > {seats}",),
    )


def _half(digits: str) -> float:
    """Half the unit of the last written digit ("47.7" → 0.05)."""
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 / float(10**decimals)
