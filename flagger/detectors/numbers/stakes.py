"""N102 stakes: a holding's change against the shares bought or sold to make it.

"lowered its stake … to 343,500 shares … from 386,300 shares … said it sold 52,800 ERC common
shares" (386,300 − 343,500 = 42,800). The stake change names both holdings in shares; the one
purchase or sale told after it, in its sentence or the next two (a purchase for a rise, a
sale for a cut), cannot exceed their difference. Less is no conflict: trades not told may make
up the rest. With a second transaction, a gift or another stake told with its figure, nothing
is judged ("As long as its stake is below five pct" is none). A
stake "raised" to fewer shares than it was at ("raised its stake to 238,000 shares, or 14.6
pct, from 250,000"), or "cut" to more, contradicts its verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import format_figure, occurrences
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

SHARES = r"\d{1,3}(?:,\d{3})+"
"""A holding in shares, written out in full ("343,500"): rounded counts are left alone."""
STAKE = lazy(
    r"\b(?P<verb>raised|lowered|increased|cut|reduced|boosted|trimmed|decreased)\s+"
    r"(?:its|his|her|their)\s+(?:\w+\s+){0,2}?stake\b(?:[^.;]|\.\d){0,80}?\bto\s+"
    rf"(?P<x>{SHARES})\s+(?:[\w<>-]+\s+){{0,3}}?shares\b(?:[^.;]|\.\d){{0,120}}?\bfrom\s+(?P<y>{SHARES})"
    r"(?!\d)",
    re.IGNORECASE,
)
"""A stake change in shares: "lowered its stake in X to 343,500 shares … from 386,300"."""
DEAL = lazy(
    r"\b(?P<verb>sold|bought|purchased|acquired)\s+(?:a\s+total\s+of\s+|an?\s+additional\s+)?"
    rf"(?P<n>{SHARES})\s+(?:[\w<>.-]+\s+){{0,3}}?shares\b",
    re.IGNORECASE,
)
"""One purchase or sale of a number of shares: "sold 52,800 ERC common shares"."""
ANOTHER = lazy(
    r"\b(?:sold|bought|purchased|acquired|stake(?=[^.;]{0,60}\d)|exercis\w+|convert\w*|gave|"
    r"donated|another|transferred|distributed|received)\b",
    re.IGNORECASE,
)
UP = frozenset({"raised", "increased", "boosted"})


def stakes(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for shares bought or sold that are not the stake's change."""
    text = doc.text
    for at in occurrences(text, "stake"):
        stake = STAKE.search(text, max(0, at - 60), at + 300)
        if stake is None or not stake.start() < at < stake.end():
            continue
        x, y = _value(stake.group("x")), _value(stake.group("y"))
        if x == y:
            continue
        if (x > y) != (stake.group("verb").casefold() in UP):
            yield _reversed(doc, rule, stake)
            continue
        index = doc.sentence_index(stake.start())
        end = doc.sentences[min(index + 2, len(doc.sentences) - 1)].end
        deals = list(DEAL.finditer(text, stake.end(), end))
        if len(deals) != 1:
            continue
        deal = deals[0]
        if len(ANOTHER.findall(text, stake.end(), end)) != 1:
            continue  # another transaction, conversion or stake is told beside it
        if (deal.group("verb").casefold() == "sold") == (x > y):
            continue  # a sale beside a rise: not the stake's own change
        if _value(deal.group("n")) <= abs(x - y):
            continue  # other trades may make up the rest; more than the change cannot be
        yield rule.finding(
            doc, deal.start("n"), deal.end("n"),
            f"{deal.group('verb')} {deal.group('n')} shares does not fit a stake moved from "
            f"{stake.group('y')} to {stake.group('x')}: that is {format_figure(abs(x - y))}",
            related=_ends(stake),
            evidence=(f"|{stake.group('x')} − {stake.group('y')}| = {format_figure(abs(x - y))}"
                      f" ≠ {deal.group('n')}",),
        )


def _reversed(doc: Document, rule: Rule, stake: re.Match[str]) -> Finding:
    """A stake "raised" to fewer shares than it held, or "cut" to more."""
    verb = stake.group("verb")
    return rule.finding(
        doc, stake.start("verb"), stake.end("verb"),
        f"{verb} its stake to {stake.group('x')} from {stake.group('y')} shares: that is a "
        f"{'cut' if verb.casefold() in UP else 'rise'}",
        related=_ends(stake),
        evidence=(f"{stake.group('x')} {'<' if verb.casefold() in UP else '>'} "
                  f"{stake.group('y')}",),
    )


def _value(digits: str) -> int:
    return int(digits.replace(",", ""))


def _ends(stake: re.Match[str]) -> tuple[Span, Span]:
    """The stake's old and new holdings, as the finding's related spans."""
    return (Span(stake.start("y"), stake.end("y"), stake.group("y"), "from"),
            Span(stake.start("x"), stake.end("x"), stake.group("x"), "to"))
