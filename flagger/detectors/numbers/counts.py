"""N101: a definite back-reference that gives a different count than the mention it refers to.

"Twelve people were killed … the 14 dead" / "… all 38 people detained": the later mention is
definite (the, all, those, these), so it points back to a group already counted; the earlier
mention counts the same noun. It is flagged only when the earlier count is the only one given for
that noun, and nothing between them says the figure changed (rose, climbed, toll, more, other,
new, total, so far, by Tuesday).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.article import Span
from flagger.detectors.numbers.values import COUNT, count_value
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

BOUND = (
    r"(?:(?P<bound>at least|about|around|more than|over|nearly|almost|some|up to|fewer than|"
    r"less than|roughly|approximately|an estimated)\s+)?"
)
MENTION = re.compile(
    rf"(?<![\w,.$£€#-]){BOUND}{COUNT}(?![\w%,.-]|\.\d)\s+"
    r"(?P<adj>)(?P<noun>(?-i:[a-z]{3,}))\b",
    re.IGNORECASE,
)
DEFINITE = re.compile(
    r"(?:(?<!\bof )\b(?:the|all|those|these|all the|of those)\s+)$", re.IGNORECASE
)
UPDATE = re.compile(
    r"\b(?:rose|risen|rise|rising|climbed|increased|jumped|raised|revised|updated|toll|now|"
    r"more|another|other|others|additional|new|total|so far|latest|later|earlier|further|"
    r"remaining|rest|previous|originally|initially|first|second|by (?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|then|now)|of whom|including|among)\b",
    re.IGNORECASE,
)
GATE = re.compile(
    r"\b(?:[Tt]he|[Aa]ll|[Tt]hose|[Tt]hese|THE|ALL) (?:\d|(?:[a-z]+-)?(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|dozen))"
)
CHANGED = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|revised|updated|toll|now|another|"
    r"additional|so far|latest|by (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"then|now|evening|morning|night))\b",
    re.IGNORECASE,
)
SKIP_NOUNS = {
    "more", "other", "new", "additional", "percent", "per", "fewer", "less", "extra", "further",
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times",
    "points", "cents", "dollars", "pounds", "euros", "miles", "kilometres", "kilometers", "feet",
    "metres", "meters", "tonnes", "tons", "barrels", "shares", "votes", "pct", "and", "the", "or",
    "of", "to", "in", "on", "at", "for", "from", "with", "was", "were", "are", "had", "have",
    "has", "million", "billion", "thousand", "mln", "dlrs", "stg", "pence", "cts", "yen", "marks",
    "year", "month", "day", "week",
}
BOUNDS_UP = {"at least", "more than", "over", "some", "about", "around", "nearly", "almost",
             "roughly", "approximately", "an estimated"}


def counts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings."""
    text = doc.text
    if not GATE.search(text):
        return
    seen: dict[str, list[tuple[int, re.Match[str]]]] = {}
    seen_values: dict[str, set[int]] = {}
    for match in MENTION.finditer(text):
        value = count_value(match.group("count"))
        noun = match.group("noun").casefold()
        if value is None or noun in SKIP_NOUNS or value < 2 or 1800 <= value <= 2100:
            continue
        if (match.group("adj") or "").strip().casefold() in {"more", "other", "new", "additional",
                                                              "of", "per", "a", "percent"}:
            continue
        earlier = seen.setdefault(noun, [])
        definite = DEFINITE.search(text[max(0, match.start() - 12) : match.start()])
        values = seen_values.setdefault(noun, set())
        subset = bool(values) and value < min(values)  # "the two banks" of the four: a subset
        if definite and len(values) == 1 and not subset and value not in values and not (
            match.group("bound")
        ):
            first_value, first = earlier[0]
            between = text[first.end() : match.start()]
            around = text[max(0, first.start() - 40) : first.end() + 20]
            if not CHANGED.search(between) and not UPDATE.search(around) and not _compatible(
                first, first_value, value
            ) and len(between) < 1500 and "\n\n\n" not in between:
                yield rule.finding(
                    doc, match.start("count"), match.end("count"),
                    f"{match.group('count')} {noun} here, but {first.group('count')} earlier "
                    f"for what reads as the same group ({value} ≠ {first_value})",
                    related=(Span(first.start("count"), first.end("count"),
                                  first.group("count"), "earlier count"),),
                    evidence=(
                        f"{first.group('count')} = {first_value}",
                        f"{match.group('count')} = {value}",
                    ),
                )
        if not earlier:
            earlier.append((value, match))
        values.add(value)


def _compatible(first: re.Match[str], first_value: int, value: int) -> bool:
    """Say whether a bounded earlier count ("at least 12") allows the later one."""
    bound = (first.group("bound") or "").casefold()
    if bound in {"at least", "more than", "over"}:
        return value >= first_value
    if bound in {"up to", "fewer than", "less than"}:
        return value <= first_value
    if bound:
        return abs(value - first_value) <= 0.15 * first_value
    return False
