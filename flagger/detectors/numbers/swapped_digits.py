"""N102 swapped digits in a results table: a per-share figure that net over average shares
gives once two of its neighbouring digits change places.

"Shr 97 cts vs 74 cts / Net 3,651,000 vs 3,020,000 / Avg shrs 4,639,000 vs 4,059,000": net over
shares is 78.7 cts, so "97" is "79" with its digits swapped. The earnings reader leaves a column
off by less than 40% alone, since preferred dividends and weighted or diluted counts set per-share
figures apart from net over shares by tens of percent; none of them turns a figure into its
own digits swapped. So a column is judged only when the stated figure misses net over shares by
more than `MISSED`, the other column of its row is net over its shares, and the swapped figure
is net over shares within what the written digits of all three allow. With no average-shares
row, the count the other columns imply stands in, when they agree. Figures of one digit, or
whose only swaps are of equal digits, have no swap to read.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.earnings import (
    CHECKED,
    Block,
    Cell,
    column_pairs,
    shares_range,
    stated_count,
    table_blocks,
)
from flagger.detectors.numbers.values import format_figure
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

MISSED = 1.10
"""The stated figure is judged only when it is more than 10% off net over shares."""
AGREE = 1.15
"""Without an average-shares row, the other columns' implied counts must lie within 15% of each
other to stand in for one."""
DIGITS = lazy(r"\d[\d,]*(?:\.\d+)?")


def swapped_digits(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for per-share figures that are net over shares with two digits
    swapped."""
    blocks = table_blocks(doc.text, doc.headline.text if doc.headline else "")
    yield from _stated(doc, rule, blocks)
    yield from _implied(doc, rule, blocks)


def _stated(doc: Document, rule: Rule, blocks: list[Block]) -> Iterator[Finding]:
    """Columns with an average-shares row: the figure is judged against net over it."""
    for block in blocks:
        pairs = list(column_pairs(block))
        for kind, column, shr, net in pairs:
            count = stated_count(block, kind, column)
            if count is None or net.value <= 0:
                continue
            per_share = net.value / count.value
            if _fits(shr.value, shr.half, per_share, MISSED) or not any(
                other_kind == kind and other_column != column
                and _checks(block, other_kind, other_column, *other)
                for other_kind, other_column, *other in pairs
            ):
                continue
            swapped = _swap_fitting(shr, net, ((count.value - count.half),
                                               (count.value + count.half)))
            if swapped is None:
                continue
            yield rule.finding(
                doc, shr.start, shr.end,
                f"{shr.text} a share does not fit net {net.text} over {count.text} shares "
                f"({per_share:,.4g}); {swapped} does: two digits swapped",
                related=(Span(net.start, net.end, net.text, "net"),
                         Span(count.start, count.end, count.text, "shares")),
                evidence=(f"{format_figure(net.value)} / {format_figure(count.value)}"
                          f" = {per_share:,.4g}",),
            )


def _implied(doc: Document, rule: Rule, blocks: list[Block]) -> Iterator[Finding]:
    """Tables with no average-shares row: the share count every other column implies (net over
    per share), when they all agree within `AGREE`, stands in for it."""
    columns = [(shr, net, implied) for block in blocks
               for kind, column, shr, net in column_pairs(block)
               if "diluted" not in kind and stated_count(block, kind, column) is None
               and (implied := shares_range(net, shr)) is not None]
    for at, (shr, net, own) in enumerate(columns):
        others = [implied for other, (_, _, implied) in enumerate(columns) if other != at]
        if len(others) < 2:
            continue
        low, high = min(r[0] for r in others), max(r[1] for r in others)
        if high > AGREE * low or (own[1] * MISSED >= low and own[0] <= high * MISSED):
            continue
        swapped = _swap_fitting(shr, net, (low, high))
        if swapped is None:
            continue
        yield rule.finding(
            doc, shr.start, shr.end,
            f"{shr.text} a share does not fit net {net.text} over {_count(low, high)} shares, "
            f"the count the table's other columns imply; {swapped} does: two digits swapped",
            related=(Span(net.start, net.end, net.text, "net"),),
            evidence=(f"{format_figure(net.value)} / {shr.value:,.4g}"
                      f" = {format_figure(net.value / shr.value)} shares",),
        )


def _count(low: float, high: float) -> str:
    """A share count range as a message gives it: "about 10.3 mln"."""
    middle = (low + high) / 2
    return f"about {middle / 1e6:,.1f} mln" if middle >= 1e6 else f"about {middle:,.0f}"


def _checks(block: Block, kind: str, column: int, shr: Cell, net: Cell) -> bool:
    """Say whether a column's per-share figure is its net over its shares (within `CHECKED`):
    the table divides plainly, so a figure far off in the other column is a slip."""
    count = stated_count(block, kind, column)
    return count is not None and _fits(shr.value, shr.half, net.value / count.value, CHECKED)


def _fits(value: float, half: float, target: float, factor: float) -> bool:
    """Say whether `target` lies within `factor` of the range the written value allows."""
    return (value - half) / factor <= target <= (value + half) * factor


def _swap_fitting(shr: Cell, net: Cell, shares: tuple[float, float]) -> str | None:
    """The per-share figure as written with two neighbouring digits swapped, if that one swap
    (and no other) is net over a share count in the range `shares` (within what the written
    digits allow); None otherwise."""
    written = DIGITS.search(shr.text)
    if written is None:
        return None
    digits = written.group().replace(",", "")
    if float(digits) == 0:
        return None
    scale = shr.value / float(digits)
    places = [i for i, c in enumerate(digits) if c.isdigit()]
    fitting = []
    for a, b in pairwise(places):
        if digits[a] == digits[b]:
            continue
        chars = list(digits)
        chars[a], chars[b] = chars[b], chars[a]
        candidate = "".join(chars)
        if candidate.startswith("0") and not candidate.startswith("0."):
            continue  # "07": a swap that drops a digit
        value = float(candidate) * scale
        if value - shr.half <= 0:
            continue
        implied = ((net.value - net.half) / (value + shr.half),
                   (net.value + net.half) / (value - shr.half))
        if implied[0] <= shares[1] and shares[0] <= implied[1]:
            fitting.append(candidate)
    return fitting[0] if len(fitting) == 1 else None
