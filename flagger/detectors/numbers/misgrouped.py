"""N102 misgrouped figures: a table figure whose digit groups are malformed, read both ways.

A wire results table sometimes prints a figure with a group of the wrong length ("Avg shrs
2,452,3000", "Net loss 2,318,00", "1,4750,000"). Such a figure has two readings: its digits as
written, commas ignored (24,523,000; 231,800), and its groups as punctuated, each group after the
first cut or filled to three digits (2,452,300; 2,318,000). When the table's own arithmetic
(net over average shares gives the per-share figure, or the share count the other columns
imply) fits one reading and is off by more than `FACTOR` on the other, the figure is a
misprint the reader cannot resolve without the table: it is flagged, with the reading that fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.earnings import (
    AGREE,
    CHECKED_FACTOR,
    FACTOR,
    ROW,
    Block,
    column_pairs,
    off_by,
    shares_range,
    stated_count,
    table_blocks,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

GROUPED = lazy(r"(?<![\d,.])\d+(?:,\d+)+(?![\d,]|\.\d)")
"""Digits with comma groups, well formed or not; `_malformed` tells which."""


def misgrouped(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for table figures with malformed digit groups that the table's
    arithmetic reads one way only ("Avg shrs 2,452,3000" beside "Net loss 353,000" and "Shr
    loss 14 cts": 2,452,300 shares fit, 24,523,000 do not)."""
    text = doc.text
    headline = doc.headline.text if doc.headline else ""
    for row in ROW.finditer(text):
        for group in ("a", "b"):
            for figure in GROUPED.finditer(text, row.start(group), row.end(group)):
                if _malformed(figure.group()):
                    yield from _read_both_ways(doc, rule, headline, figure)


def _malformed(written: str) -> bool:
    """Say whether a figure's comma groups break the three-digit grouping ("98,0000")."""
    first, *rest = written.split(",")
    return not 1 <= len(first) <= 3 or any(len(group) != 3 for group in rest)


def readings(written: str) -> tuple[int, int]:
    """Return a malformed figure's two readings: its digits as written ("2,318,00" → 231,800)
    and its groups as punctuated, each cut or filled to three digits (2,318,000; "2,452,3000"
    → 2,452,300)."""
    first, *rest = written.split(",")
    grouped = first + "".join(group[:3].ljust(3, "0") for group in rest)
    return int(written.replace(",", "")), int(grouped)


def _read_both_ways(
    doc: Document, rule: Rule, headline: str, figure: re.Match[str]
) -> Iterator[Finding]:
    text = doc.text
    literal, grouped = readings(figure.group())
    misfits = {
        value: _misfit(
            table_blocks(f"{text[: figure.start()]}{value:,}{text[figure.end() :]}", headline),
            figure.start(),
        )
        for value in (literal, grouped)
    }
    for right, wrong in ((grouped, literal), (literal, grouped)):
        fit, miss = misfits[right], misfits[wrong]
        if fit is None or miss is None or fit > CHECKED_FACTOR or miss <= FACTOR:
            continue
        yield rule.finding(
            doc, figure.start(), figure.end(),
            f"{figure.group()} has a malformed digit group: read as {wrong:,} it is off the "
            f"table's per-share arithmetic {miss:.0f} times; the table fits {right:,}",
            evidence=(f"{wrong:,}: off {miss:.1f} times", f"{right:,}: off {fit:.2f} times"),
        )


def _misfit(blocks: list[Block], position: int) -> float | None:
    """How many times the column holding the cell at `position` is off the table's per-share
    arithmetic: net / per-share against the column's average shares, or without a shares row
    against the share counts the other columns imply (when they agree); None if unread."""
    ranges = [(block, column, shr, net, implied) for block in blocks
              for _, column, shr, net in column_pairs(block)
              if (implied := shares_range(net, shr)) is not None]
    misses: list[float] = []
    for block, column, shr, net, implied in ranges:
        count = stated_count(block, "shr", column)
        cells = [shr, net] + ([count] if count is not None else [])
        if not any(cell.start <= position < cell.end for cell in cells):
            continue
        if count is not None:
            misses.append(off_by(implied, count))
            continue
        others = [other for _, _, _, _, other in ranges if other is not implied]
        if len(others) < 2 or max(r[0] for r in others) > AGREE * min(r[1] for r in others):
            continue
        low, high = implied
        misses.append(max(1.0, low / max(r[1] for r in others),
                          min(r[0] for r in others) / high))
    return min(misses) if misses else None
