"""N102 premiums: a price stated as a percentage over or under a quoted price it contradicts.

"convertible at 32-5/8 dlrs, a premium of 20.38 pct over Friday's close of 27 dlrs" (32.625
is 20.83% over 27); "an exercise price of 557p, a discount of 4 pct to the closing price of
580p". Both prices are quotes, exact as written (a fraction is the dollar's eighths); the stated
percentage is read with half a unit of its last digit, plus a twentieth of a point for a quote
carried to more digits than printed. The two prices must be in the same unit when both name one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import format_figure, occurrences, qualified
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

PRICE = (
    r"(?P<{0}cur>[$£]\s?)?(?P<{0}num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:[- ](?P<{0}fn>\d{{1,2}})/(?P<{0}fd>2|4|8|16|32|64))?(?![\d/])"
    r"(?:\s?(?P<{0}unit>dlrs?|dollars?|p|pence|cts|cents|yen|marks|francs|guilders|crowns|"
    r"lire|stg|pounds|euros?|rand|pesos)\b)?"
)
"""A quoted price: "27 dlrs", "32-5/8 dlrs", "496p", "$14.50"."""
STATED = lazy(
    r"\b(?P<kind>premium|discount)\s+of\s+(?P<q>(?:about|some|around|roughly)\s+)?"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?P<pu>pct|percent|per cent|%)\s+"
    r"(?:over|above|on|to|under|below|from)\s+"
)
"""The stated percentage: "premium of 20.38 pct over", "premium of about 25.8 pct above"."""
QUOTE = lazy(
    r"(?:(?:[\w'’-]+\s+){0,6}?(?:close|closing(?:\s+[\w'’-]+){0,2}|price|level)"
    r"(?:\s+(?!of\b|at\b)[\w'’,-]+){0,6}?\s+(?:of|at)\s+" + PRICE.format("q")
    + r"(?![\w,]\d)|(?:[\w'’-]+\s+){0,3}?" + PRICE.format("r") + r"\s+clos(?:e|ing)\b)",
    re.IGNORECASE,
)
"""The quote the percentage is measured on: "yesterday's Atari share close of 27 dlrs", "last
night's 315 pence closing share price"."""
SET = lazy(
    r"(?:\bat|\bprice\s+(?:of|is|was|will\s+be)|\brate\s+of)\s+" + PRICE.format("s")
    + r"(?:\s+(?:per|a)\s+share)?,?\s+"
    r"(?:(?:representing|which\s+represents|which\s+is|equal\s+to|or|for)\s+)?"
    r"(?:an?\s+)?(?:conversion\s+)?$",
    re.IGNORECASE,
)
"""The price set, written just before its premium: "was set at 32-5/8 dlrs, representing a"."""
UNITS = {"dlr": "$", "dlrs": "$", "dollar": "$", "dollars": "$", "$": "$", "p": "p",
         "pence": "p", "cts": "c", "cents": "c", "£": "£", "stg": "£", "pounds": "£",
         "euro": "euro", "euros": "euro"}  # fmt: skip
SLACK = 0.05
"""Percentage points allowed beyond the stated figure's rounding: a quote's unprinted digits."""


def premiums(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a premium or discount its two quoted prices contradict."""
    text = doc.text
    for word in ("premium of", "discount of"):
        for at in occurrences(text, word):
            stated = STATED.match(text, at)
            if stated is None:
                continue
            sentence = doc.sentences[doc.sentence_index(at)]
            set_ = SET.search(text, max(sentence.start, at - 120), at)
            quote = QUOTE.match(text, stated.end(), min(sentence.end, stated.end() + 140))
            if set_ is None or quote is None:
                continue
            key = "q" if quote.group("qnum") else "r"
            price, base = _price(set_, "s"), _price(quote, key)
            if base <= 0 or not _same_unit(set_, "s", quote, key):
                continue
            implied = (price / base - 1) * 100
            if stated.group("kind") == "discount":
                implied = -implied
            p = stated.group("p")
            half = 0.5 * 10 ** -(len(p.split(".")[1]) if "." in p else 0) + SLACK
            low, high = qualified(stated.group("q") or "", float(p) - half, float(p) + half)
            if low <= implied <= high:
                continue
            over = "over" if price > base else "under"
            yield rule.finding(
                doc, stated.start(), stated.end("pu"),
                f"{stated.group('kind')} of {p} pct does not fit the prices: "
                f"{_shown(text, set_, 's')} is {abs(price / base - 1) * 100:.2f} pct {over} "
                f"{_shown(text, quote, key)}",
                related=(_span(text, set_, "s", "price"), _span(text, quote, key, "quote")),
                evidence=(f"{format_figure(price)} / {format_figure(base)} − 1 = "
                          f"{(price / base - 1) * 100:.2f}% ≠ {p}%",),
            )


def _price(match: re.Match[str], key: str) -> float:
    """The price a PRICE match reads, its fraction added."""
    value = float(match.group(key + "num").replace(",", ""))
    if match.group(key + "fn"):
        value += int(match.group(key + "fn")) / int(match.group(key + "fd"))
    return value


def _unit(match: re.Match[str], key: str) -> str | None:
    word = (match.group(key + "cur") or match.group(key + "unit") or "").strip().casefold()
    return UNITS.get(word, word) or None


def _same_unit(first: re.Match[str], a: str, second: re.Match[str], b: str) -> bool:
    """Say whether two prices may be in one unit: both name it, or one leaves it unsaid."""
    one, two = _unit(first, a), _unit(second, b)
    return one is None or two is None or one == two


def _span(text: str, match: re.Match[str], key: str, role: str) -> Span:
    start = match.start(key + "cur") if match.group(key + "cur") else match.start(key + "num")
    end = max(match.end(key + g) for g in ("num", "fd", "unit") if match.group(key + g))
    return Span(start, end, text[start:end], role)


def _shown(text: str, match: re.Match[str], key: str) -> str:
    return " ".join(_span(text, match, key, "").text.split())
