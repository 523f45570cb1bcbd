"""N102 notes: an amount and its per-share figure, in the notes under a results table, that
imply a share count the table and the other notes deny.

"1986 nine mths net includes charge of 1,253,000 dlrs or 12 cts a share … aftertax earnings
of 2,256,000 dlrs or 22 dlrs a share" beside "Shr 26 cts … Net 2,596,000": the table and the
first note imply about ten million shares, the second about a hundred thousand. The others —
average-share rows, the table's net over per-share, the other notes — must agree (within
`AGREE`); one note off from all of them by more than `ACROSS` has a slipped unit or digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.earnings import (
    apart,
    column_pairs,
    shares_range,
    table_blocks,
)
from flagger.detectors.numbers.values import WORD_VALUES, format_figure, occurrences
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

WORD = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
NOTE = lazy(
    r"(?<![\d.,])(?P<amt>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>mln|billion))?"
    rf"\s+dlrs,?\s+or\s+(?P<ps>\d+(?:\.\d+)?|{WORD})\s+(?P<unit>cts|dlrs?)\s+(?:a|per)\s+"
    r"(?:share|shr)\b",
    re.IGNORECASE,
)
"""An amount and its per-share figure: "12,290,000 dlrs, or four cts a share"."""
SCALES = {"mln": 1e6, "billion": 1e9}


def notes(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a note whose amount and per-share deny the table's shares."""
    text = doc.text
    if " or " not in text:
        return
    found = [(m, r) for m in _candidates(text) if (r := _implied(m)) is not None]
    if not found:
        return
    blocks = table_blocks(text)
    table = [r for block in blocks for _, _, shr, net in column_pairs(block)
             if (r := shares_range(net, shr)) is not None]
    table += [(cell.value - cell.half, cell.value + cell.half) for block in blocks
              for kind, cells in block.rows.items() if kind.endswith("shares")
              for cell in cells if cell is not None and cell.value > 0]
    for index, (match, (low, high)) in enumerate(found):
        others = table + [r for i, (_, r) in enumerate(found) if i != index]
        if len(others) < 2 or not table:
            continue
        typical = apart((low, high), others)
        if typical is None:
            continue
        amount = _value(match)
        yield rule.finding(
            doc, match.start("ps"), match.end(),
            f"{match.group('ps')} {match.group('unit')} a share does not fit "
            f"{_written(match)}: the table and notes imply about "
            f"{round(typical, -3):,.0f} shares, which would give "
            f"{_money(amount / typical)} a share",
            related=(Span(match.start("amt"), match.end("amt"), match.group("amt"), "amount"),),
            evidence=(f"{format_figure(amount)} / {match.group('ps')} {match.group('unit')} = "
                      f"{round((low + high) / 2, -2):,.0f} shares",),
        )


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """NOTE matches, each searched just before the word "share" that ends it."""
    last = -1
    for at in occurrences(text, "share"):
        for match in NOTE.finditer(text, max(last, at - 80), at + 6):
            last = match.end()
            yield match


def _written(match: re.Match[str]) -> str:
    scale = f" {match.group('scale')}" if match.group("scale") else ""
    return f"{match.group('amt')}{scale} dlrs"


def _value(match: re.Match[str]) -> float:
    scale = SCALES.get((match.group("scale") or "").casefold(), 1.0)
    return float(match.group("amt").replace(",", "")) * scale


def _implied(match: re.Match[str]) -> tuple[float, float] | None:
    """The share counts an amount over its per-share figure allows, given the digits."""
    written = match.group("ps").casefold()
    if written in WORD_VALUES:
        per, half = float(WORD_VALUES[written]), 0.5
    else:
        per = float(written)
        half = 0.5 * 10 ** -(len(written.split(".")[1]) if "." in written else 0)
    factor = 0.01 if match.group("unit").casefold().startswith("c") else 1.0
    amount = _value(match)
    if per - half <= 0:
        return None
    return amount / ((per + half) * factor), amount / ((per - half) * factor)


def _money(value: float) -> str:
    return f"{value * 100:.2g} cts" if abs(value) < 1 else f"{value:.3g} dlrs"
