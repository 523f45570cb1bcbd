"""N102 trade: a trade balance its own exports and imports contradict, or a period's total its
months do not add up to.

Trade reports give exports, imports and the surplus or deficit of several periods ("Imports
dropped to 4.31 billion Taka in October from 8.52 billion in September"). Each figure is read
with the period written right after it ("in September", "in October 1985", "in March last
year") or before it ("December's 421 mln", "The March trade surplus was", "for the first two
months of 1987 to"); a figure with no period is not read. For one period the balance must be
exports less imports (a surplus when exports are larger, a deficit when imports are), and a
total of the first months the sum of those months, within the rounding of the written digits.
A period holding two values of one kind (a commodity's exports beside the total) is not judged;
bilateral balances ("surplus with Japan", "exports to the U.S.") and other balances (current
account, budget) are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    NUMBER_RE,
    PERCENT_UNIT,
    WORD_VALUES,
    Figure,
    figure,
    format_figure,
    is_year,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|" \
    r"November|December)"
KIND = lazy(
    r"(?P<before>(?:current account|current-account|payments|budget|fiscal|services|"
    r"invisibles?|overall|balance of payments)\s+)?"
    r"\b(?P<kind>exports?|imports?|(?:trade\s+)?(?:surplus|deficit)(?:es|s)?)\b"
    r"(?P<bilateral>\s+(?:with|to|from)\s+(?:the\s+)?[A-Z])?",
    re.IGNORECASE,
)
AFTER = lazy(
    rf"(?:\s+[A-Za-z.]+){{0,3}}?,?\s+(?:in|for|during)\s+{MONTH}"
    r"(?:\s+(?P<year>(?:19|20)\d\d)|\s+(?P<last>last year))?"
)
POSSESSIVE = lazy(rf"\b{MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?['’]s\s+$")
FIRST_MONTHS = lazy(
    r"\b(?:the\s+)?first\s+(?P<n>two|three|four|five|six|[2-6])\s+months"
    r"(?:\s+of\s+(?:the\s+year|(?P<year>(?:19|20)\d\d)))?"
)
GATE = lazy(r"\b(?:surplus|deficit)", re.IGNORECASE)
COMPARED = lazy(r"\b(?:from|against|compared|than|ago|earlier|previous|prior|versus|vs)\b|\d")
"""Words between a kind and its first figure that make it another period's ("had risen
from the year-ago month total of 8.5 billion")."""

Period = tuple[int, int]
"""A month (1-12) or the first N months (-N), and a year offset or absolute year (0: the
publication year)."""


@dataclass(frozen=True, slots=True)
class Value:
    """One figure of one kind and period."""

    kind: str
    period: Period
    fig: Figure


def trade(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for trade balances and period totals their parts contradict."""
    text = doc.text
    if "xport" not in text or "mport" not in text or not GATE.search(text):
        return
    year = doc.article.published.year if doc.article.published else 0
    table: dict[tuple[str, Period], list[Figure]] = {}
    folded = text.lower()
    for sentence in doc.sentences:
        chunk = folded[sentence.start : sentence.end]
        if not any(word in chunk for word in ("export", "import", "surplus", "deficit")):
            continue
        for value in _values(text, sentence.start, sentence.end, year):
            table.setdefault((value.kind, value.period), []).append(value.fig)
    single = {key: figs[0] for key, figs in table.items() if len(figs) == 1}
    yield from _balances(doc, rule, single)
    yield from _totals(doc, rule, single)


def _kind(word: str) -> str:
    word = word.casefold()
    if word.startswith("export"):
        return "exports"
    if word.startswith("import"):
        return "imports"
    return "surplus" if "surplus" in word else "deficit"


def _values(text: str, start: int, end: int, year: int) -> Iterator[Value]:
    """The figures of one sentence with their kind (the last kind word before them) and
    period."""
    kinds = list(KIND.finditer(text, start, end))
    for index, kind in enumerate(kinds):
        if kind.group("before") or kind.group("bilateral"):
            continue
        stop = kinds[index + 1].start() if index + 1 < len(kinds) else end
        lead = text[start : kind.start()] if index == 0 else ""
        first = True
        for match in NUMBER_RE.finditer(text, kind.end(), stop):
            fig = figure(match)
            if re.match(PERCENT_UNIT, text[fig.end :]) or is_year(fig) or (
                not fig.has_scale and fig.value < 1000 and not fig.currency
            ):
                continue  # a percentage, a year or a day is no trade figure
            period = _period(text, kind.end(), fig, year, lead if first else None)
            first = False
            if period is not None:
                yield Value(_kind(kind.group("kind")), period, fig)


def _period(text: str, after: int, fig: Figure, year: int, lead: str | None) -> Period | None:
    """The period a figure is of: written after it, as a possessive before it, or (for the
    first figure of a sentence) a month or "first N months" before it."""
    if match := AFTER.match(text, fig.end):
        if re.search(r"\d", text[fig.end : match.start("month")]):
            return None
        return _month(match, year)
    before = text[max(after, fig.start - 30) : fig.start]
    if match := POSSESSIVE.search(before):
        return _month(match, year)
    months = FIRST_MONTHS.search(text, max(after, fig.start - 60), fig.start)
    if months and not re.search(r"\d", text[months.end() : fig.start]):
        return _first(months, year)
    if lead is not None and not COMPARED.search(text, after, fig.start):
        months = FIRST_MONTHS.search(lead)
        if months:
            return _first(months, year)
        named = re.findall(MONTH, lead)
        if len(named) == 1:
            return MONTH_NAMES.index(named[0].casefold()) + 1, year
    return None


def _month(match: re.Match[str], year: int) -> Period:
    month = MONTH_NAMES.index(match.group("month").casefold()) + 1
    if match.groupdict().get("last"):
        return month, year - 1
    return month, int(match.group("year")) if match.group("year") else year


def _first(match: re.Match[str], year: int) -> Period:
    n = match.group("n")
    count = int(n) if n.isdigit() else WORD_VALUES[n.casefold()]
    return -count, int(match.group("year")) if match.group("year") else year


def _balances(
    doc: Document, rule: Rule, single: dict[tuple[str, Period], Figure]
) -> Iterator[Finding]:
    for (kind, period), balance in single.items():
        if kind not in ("surplus", "deficit"):
            continue
        exports, imports = single.get(("exports", period)), single.get(("imports", period))
        if exports is None or imports is None or (("surplus", period) in single and (
            "deficit", period
        ) in single):
            continue
        net = exports.value - imports.value
        slack = exports.half_unit + imports.half_unit + balance.half_unit
        wrong_sign = (net > slack and kind == "deficit") or (net < -slack and kind == "surplus")
        if not wrong_sign and abs(abs(net) - balance.value) <= slack * 1.001:
            continue
        said = "a surplus" if net > 0 else "a deficit"
        yield rule.finding(
            doc, balance.start, balance.end,
            f"the {kind} of {balance.text} does not fit exports of {exports.text} and imports "
            f"of {imports.text}: that is {said} of {abs(net) / balance.scale:,.4g}",
            related=(Span(exports.start, exports.end, exports.text, "exports"),
                     Span(imports.start, imports.end, imports.text, "imports")),
            evidence=(f"{format_figure(exports.value)}"
                      f" − {format_figure(imports.value)} = {format_figure(net)}",),
        )


def _totals(
    doc: Document, rule: Rule, single: dict[tuple[str, Period], Figure]
) -> Iterator[Finding]:
    for (kind, (span, year)), total in single.items():
        if span >= 0:
            continue
        months = [single.get((kind, (month, year))) for month in range(1, -span + 1)]
        parts = [m for m in months if m is not None]
        if len(parts) != len(months):
            continue
        added = sum(p.value for p in parts)
        slack = total.half_unit + sum(p.half_unit for p in parts)
        if abs(added - total.value) <= slack * 1.001:
            continue
        written = " + ".join(p.text for p in parts)
        yield rule.finding(
            doc, total.start, total.end,
            f"{kind} of {total.text} for the first {-span} months do not fit the months "
            f"({written})",
            related=tuple(Span(p.start, p.end, p.text, "month") for p in parts),
            evidence=(f"{written} = {format_figure(added)}",),
        )
