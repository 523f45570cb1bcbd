"""N102 conversions: a sum converted at a rate the article's other conversions contradict, or at
one no year has seen (`exchange.py`).

"$11.8m (£6.3m)" … "$6.3 (£3.35m)"; "$20 million (£10.5 million)" … "$1.8 billion (£9.4
million)". A conversion is a sum with its equivalent in another currency in parentheses right
after it ("2.4bn euros ($3.1bn; £2.9bn)" holds three). One article converts at one rate, so
the rates two conversions of the same currencies imply must agree within the rounding of their
written digits and a margin for a rate that moved (`DRIFT`). When a conversion disagrees with
all the others while they agree among themselves (or with the one other, the later is named),
it is flagged with the conversion it disagrees with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.exchange import unseen_rate
from flagger.detectors.numbers.values import SCALE, SCALE_WORDS, format_figure
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE_WORD = rf"(?:\s?(?P<scale>{SCALE_WORDS})\b)?"
SYMBOL = r"(?P<sym>(?:US|U\.S\.|NZ|A|AU|HK|C|S)?[$£€¥])\s?"
NAME = (
    r"(?P<name>(?:US |U\.S\. |NZ |New Zealand |Australian |Hong Kong |Canadian |Singapore )?"
    r"(?:dollars|dlrs|euros?|pounds(?: sterling)?|sterling|yuan|yen|rupees|francs|crowns|"
    r"marks|roubles|rubles|rand|pesos|won|ringgit|baht|lire|lira))\b"
)
NOT_BROKEN = r"(?<!\d\.\s)"
"""A decimal point with a space after it ("3. 46 trillion won") leaves a figure unread."""
SYMBOL_MONEY = lazy(rf"{SYMBOL}{NUM}{SCALE_WORD}(?![\w.,]\d)")
NAMED_MONEY = lazy(rf"{NOT_BROKEN}{NUM}{SCALE_WORD}\s+{NAME}")
OPENS = lazy(r"\s?\((?:about |around |some |roughly |approximately |nearly |almost |or )?")
BEFORE = (
    lazy(rf"(?<![\w.,]){SYMBOL}{NUM}{SCALE_WORD}\s?\($"),
    lazy(rf"(?<![\w.,$£€¥]){NOT_BROKEN}{NUM}{SCALE_WORD}\s+{NAME}\s?\($"),
)
NEXT = lazy(r"\s*[;,/]\s*(?:or\s+)?")
CLOSE = lazy(r"\s*[);,/]")
SAME = {"DOLLARS": "$", "DLRS": "$", "USDOLLARS": "US$", "POUNDS": "£", "POUNDSSTERLING": "£",
        "STERLING": "£", "EURO": "€", "EUROS": "€", "YEN": "¥", "NZDOLLARS": "NZ$",
        "NEWZEALANDDOLLARS": "NZ$", "AUSTRALIANDOLLARS": "A$", "AUDOLLARS": "A$",
        "HONGKONGDOLLARS": "HK$", "CANADIANDOLLARS": "C$", "SINGAPOREDOLLARS": "S$",
        "AU$": "A$", "LIRA": "LIRE"}  # fmt: skip
DRIFT = 1.25
"""Rates of one article may differ by this factor beyond rounding (a rate that moved, a
loose equivalent); the errors this rule finds are a dropped scale or a wrong figure."""
REACH = 60


@dataclass(frozen=True, slots=True)
class Money:
    """A sum of money: where it is, its currency, its value and half its last digit's unit."""

    start: int
    end: int
    currency: str
    value: float
    half: float


@dataclass(frozen=True, slots=True)
class Conversion:
    """Two sums of one conversion, in the order of their currencies' names."""

    first: Money
    second: Money
    at: int

    def rates(self) -> tuple[float, float]:
        """The lowest and highest rate (second per first) the written digits allow."""
        a, b = self.first, self.second
        return (b.value - b.half) / (a.value + a.half), (b.value + b.half) / max(
            a.value - a.half, 1e-12)


def conversions(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for conversions whose rate the article's others contradict."""
    text = doc.text
    found: dict[tuple[str, str], list[Conversion]] = {}
    at = text.find("(")
    while at >= 0:
        for pair in _group(text, at):
            found.setdefault((pair.first.currency, pair.second.currency), []).append(pair)
        at = text.find("(", at + 1)
    named: set[int] = set()  # one finding for each parenthesis
    for group in found.values():
        for conversion in group:
            bounds = unseen_rate(conversion.first.currency, conversion.second.currency,
                                 *conversion.rates())
            if bounds is not None and conversion.at not in named:
                named.add(conversion.at)
                yield _unseen(doc, rule, conversion, bounds)
    for group in found.values():
        if len(group) >= 2:
            yield from _judge(doc, rule, group, named)


def _money(match: re.Match[str]) -> Money:
    digits = match.group("num").replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = SCALE[match.group("scale").casefold()] if match.group("scale") else 1.0
    named = "name" in match.groupdict()
    written = match.group("name") if named else match.group("sym")
    folded = re.sub(r"[\s.]", "", written).upper()
    start = match.start("num") if named else match.start("sym")
    end = match.end("name") if named else match.end("scale" if match.group("scale") else "num")
    return Money(start, end, SAME.get(folded, folded), float(digits) * scale,
                 0.5 * 10**-decimals * scale)


def _after(text: str, at: int) -> re.Match[str] | None:
    return SYMBOL_MONEY.match(text, at) or NAMED_MONEY.match(text, at)


def _group(text: str, at: int) -> list[Conversion]:
    """The conversions of one parenthesis after a sum: "$11.8m (£6.3m)", "2.4bn euros ($3.1bn;
    £2.9bn)" (each pair of its sums)."""
    before = next((m for form in BEFORE if (m := form.search(text, max(0, at - REACH), at + 1))),
                  None)
    if before is None:
        return []
    opens = OPENS.match(text, at - 1 if text[at - 1 : at] == " " else at)
    if opens is None:
        return []
    sums = [_money(before)]
    cursor = opens.end()
    while (match := _after(text, cursor)) is not None:
        sums.append(_money(match))
        tail = NEXT.match(text, match.end())
        if tail is None:
            if not CLOSE.match(text, match.end()):
                return []  # "($5m of it in cash)" is no equivalent
            break
        cursor = tail.end()
    pairs = []
    for a, b in combinations(sums, 2):
        if a.currency == b.currency or min(a.value, b.value) <= 0:
            continue
        pairs.append(Conversion(a, b, at) if a.currency < b.currency else Conversion(b, a, at))
    return pairs


def _agree(one: Conversion, two: Conversion) -> bool:
    low1, high1 = one.rates()
    low2, high2 = two.rates()
    return low1 / DRIFT <= high2 and low2 / DRIFT <= high1


def _judge(
    doc: Document, rule: Rule, group: list[Conversion], named: set[int]
) -> Iterator[Finding]:
    agreeing = [[o for o in group if o is not c and _agree(c, o)] for c in group]
    for index, conversion in enumerate(group):
        if agreeing[index] or conversion.at in named:
            continue
        if len(group) == 2:
            if index == 0:
                continue  # two that disagree: the later is named, the earlier its partner
            partner = group[0]
        else:
            supported = [c for i, c in enumerate(group) if agreeing[i]]
            if not supported:
                return  # no rate the article keeps to
            partner = supported[0]
        named.add(conversion.at)
        yield _finding(doc, rule, conversion, partner)


def _finding(doc: Document, rule: Rule, wrong: Conversion, partner: Conversion) -> Finding:
    text = doc.text
    start = min(wrong.first.start, wrong.second.start)
    end = max(wrong.first.end, wrong.second.end)
    other_start = min(partner.first.start, partner.second.start)
    other_end = max(partner.first.end, partner.second.end)
    said, other_said = _said(text, wrong), _said(text, partner)
    rate = wrong.second.value / wrong.first.value
    other = partner.second.value / partner.first.value
    one, two = wrong.first.currency, wrong.second.currency
    return rule.finding(
        doc, start, end,
        f"{said} converts at {rate:,.4g} {two} per {one}, but {other_said} at {other:,.4g}",
        related=(Span(other_start, other_end, text[other_start:other_end], "conversion"),),
        evidence=(
            f"{format_figure(wrong.second.value)}"
            f" / {format_figure(wrong.first.value)} = {rate:,.4g}",
            f"{format_figure(partner.second.value)}"
            f" / {format_figure(partner.first.value)} = {other:,.4g}",
        ),
    )


def _unseen(doc: Document, rule: Rule, conversion: Conversion,
            bounds: tuple[float, float]) -> Finding:
    start = min(conversion.first.start, conversion.second.start)
    end = max(conversion.first.end, conversion.second.end)
    rate = conversion.second.value / conversion.first.value
    one, two = conversion.first.currency, conversion.second.currency
    return rule.finding(
        doc, start, end,
        f"{_said(doc.text, conversion)} converts at {rate:,.4g} {two} per {one}, outside "
        f"anything the two currencies have traded at since 1985 ({bounds[0]:g}–{bounds[1]:g}): "
        f"a scale word, a currency or a figure is wrong",
        evidence=(f"{format_figure(conversion.second.value)}"
                  f" / {format_figure(conversion.first.value)} = {rate:,.4g}",),
    )


def _said(text: str, conversion: Conversion) -> str:
    """ "$6.3 = £3.35m": the two sums as written."""
    one, two = sorted((conversion.first, conversion.second), key=lambda money: money.start)
    return f"{text[one.start : one.end]} = {text[two.start : two.end]}"

