"""N102 earnings tables: the rows of a wire results table set against each other.

A table is a run of lines "Shr 43 cts vs 30 cts", "Net 10.6 mln vs 5,967,000", "Revs …",
"Avg shrs …", one run per period ("Year", "Nine mths" head a cumulative one). In each column
(this period, the period before):
- net over average shares must give the per-share figure: off by more than a factor of
  `FACTOR` (beyond what the written digits allow) is a slipped digit or scale;
- without an average-shares row, the share counts net / per-share implies in the columns and
  periods must agree: one off by more than `ACROSS` from all the others, which agree, is wrong;
- "Shr loss" beside "Net profit" (or the reverse) is a sign the table contradicts, unless the
  article speaks of preferred dividends or items that set the two apart;
- a quarter's revenue cannot exceed the revenue of the year or months that hold it, nor its
  net (both profits, per share no more than the period's) a hundred times the period's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise, product

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import WIRE_SCALES, WORD_VALUES, format_figure, written_value
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

FACTOR = 3.0
"""Per-share figures on diluted or restated counts differ by a few tens of percent, a slipped
digit or scale by ten times: a factor of three keeps clear of both."""
AGREE = 2.0
"""The other columns of a table agree when their implied share counts are within this factor."""
CHECKED = 1.05
"""A column checks out when net over its average shares gives its per-share figure to within
5% beyond what the written digits allow."""
CHECKED_FACTOR = 1.4
"""When the other column of the same row checks out, the table computes per share as net over
average shares: this column off by 40% is a slipped figure, not a convention (preferred
dividends or dilution would set both columns apart)."""
SMALLEST_CHECKED = 0.05
"""Per-share figures under five cents are too coarsely rounded to judge by `CHECKED_FACTOR`."""
ACROSS = 4.0
"""A column is out of line when its implied share count is this far from all the others (share
counts change between periods, by issues and buy-backs, less than this)."""
WORD = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
CELL = lazy(
    rf"(?:(?P<sign>loss|profit)\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{WORD})"
    r"(?:\s+(?P<scale>mln|billion|bln))?(?:\s+(?P<unit>dlrs?|cts?|cents?))?",
    re.IGNORECASE,
)
ROW = lazy(
    r"^[ \t]*(?P<label>(?:(?:oper|group)\s+)?(?:shr|net|revs?|sales|avg\s+sh(?:r|are)s|"
    r"sh(?:r|are)s\s+out)(?:\s+(?:diluted|primary))?)[ \t]+(?P<a>[^\n]+?)\s+vs\.?\s+"
    r"(?P<b>[^\n]+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
CUMULATIVE = lazy(
    r"^\s*(?:year|(?:six|nine|twelve|6|9|12)\s+(?:mths|months)|(?:1st|first)\s+half|"
    r"\d\d\s+wks|fiscal\s+year)\b",
    re.IGNORECASE,
)
QUARTER = lazy(r"\b(?:qtr|quarter)\b", re.IGNORECASE)
PREFERRED = lazy(r"\bpref", re.IGNORECASE)
"""Per-share figures after preferred dividends need not be net over shares."""
APART = lazy(
    r"extraordinary|discontinued|accounting change|before|gain|charge|credit|dividend",
    re.IGNORECASE,
)
"""Words that say net and per-share figures are taken before or after different items."""
SLIPPED_SCALE = 100.0
"""A part this many times its whole is a scale word dropped or misprinted, not a wrong digit."""


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure of a table row: its value (dollars or shares), sign word and rounding."""

    start: int
    end: int
    text: str
    value: float
    half: float
    sign: str


@dataclass(frozen=True, slots=True)
class Block:
    """The rows of one period: label kind → (this period's cell, the prior period's cell)."""

    cumulative: bool
    quarter: bool
    rows: dict[str, tuple[Cell | None, Cell | None]]


def earnings(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for earnings tables whose rows contradict each other."""
    text = doc.text
    if "vs" not in text or not re.search(r"(?im)^[ \t]*(?:oper\s+)?shr\b", text):
        return
    blocks = table_blocks(text, doc.headline.text if doc.headline else "")
    if PREFERRED.search(text) is None:
        apart = APART.search(text) is not None
        for block in blocks:
            yield from _stated_shares(doc, rule, block)
            if not apart:
                yield from _signs(doc, rule, block)
        yield from _implied_shares(doc, rule, blocks)
    yield from _revenue_parts(doc, rule, blocks)


def table_blocks(text: str, headline: str = "") -> list[Block]:
    """Group the table rows into periods: a line that is no row starts a new period. The
    headline ("ACME INC 2ND QTR NET") heads the first period with the words before its rows."""
    blocks: list[Block] = []
    last_end = -1
    header = text[: text.find("\n")] if "\n" in text else text
    rows: dict[str, tuple[Cell | None, Cell | None]] = {}
    for row in ROW.finditer(text):
        gap = text[last_end + 1 : row.start()] if last_end >= 0 else ""
        if last_end >= 0 and gap.strip():
            blocks.append(_block(header, rows))
            rows, header = {}, gap
        elif last_end < 0:
            header = headline + "\n" + text[max(0, row.start() - 200) : row.start()]
        kind = _kind(row.group("label"))
        shares = kind.endswith("shares")
        units = {u.group().casefold()[:1] for u in re.finditer(r"\b(?:dlrs?|cts?|cents?)\b",
                                                           row.group("a") + " " + row.group("b"))}
        unit = units.pop() if len(units) == 1 else ""
        cells = (_cell(row, "a", kind, shares, unit), _cell(row, "b", kind, shares, unit))
        rows.setdefault(kind, cells)
        last_end = row.end()
    if rows:
        blocks.append(_block(header, rows))
    return blocks


def _block(header: str, rows: dict[str, tuple[Cell | None, Cell | None]]) -> Block:
    last = header.strip().splitlines()[-1] if header.strip() else ""
    return Block(CUMULATIVE.match(last) is not None, QUARTER.search(header) is not None, rows)


def _kind(label: str) -> str:
    """Return "oper shr", "net", "revs", "diluted shares" … for a row label."""
    words = label.casefold().split()
    variant = " ".join(w for w in words if w in {"diluted", "primary"})
    if "avg" in words or "out" in words:
        return f"{variant} shares".strip()
    prefix = "oper " if words[0] == "oper" else ""
    if "shr" in words:
        return f"{prefix}shr" + (f" {variant}" if variant else "")
    return prefix + ("revs" if {"revs", "rev", "sales"} & set(words) else "net")


def _cell(row: re.Match[str], group: str, kind: str, shares: bool, unit: str) -> Cell | None:
    """Read one cell ("loss 2.07 dlrs", "10.6 mln", "seven cts"), or None if it is unclear. A
    per-share cell without a unit takes the row's one unit ("six cts vs loss 10"); without any
    it is read in dollars only when written with cents ("1.20")."""
    raw = row.group(group)
    match = CELL.fullmatch(raw.strip())
    if match is None or (match.group("unit") and "shr" not in kind and
                         match.group("unit").casefold().startswith("c")):
        return None
    written = match.group("num")
    value, half = written_value(written)
    scale = WIRE_SCALES.get((match.group("scale") or "").casefold(), 1.0)
    if "shr" in kind and not shares:
        if match.group("scale"):
            return None
        written_unit = (match.group("unit") or unit).casefold()[:1]
        if not written_unit and "." not in written:
            return None
        scale = 0.01 if written_unit == "c" else 1.0
    start = row.start(group) + (len(raw) - len(raw.lstrip()))
    return Cell(start, start + len(raw.strip()), raw.strip(), value * scale, half * scale,
                (match.group("sign") or "").casefold())


def shares_range(net: Cell, shr: Cell) -> tuple[float, float] | None:
    """Return the share counts net / per-share allows, given the written digits."""
    if shr.value - shr.half <= 0 or net.value <= 0:
        return None
    return ((net.value - net.half) / (shr.value + shr.half),
            (net.value + net.half) / (shr.value - shr.half))


def column_pairs(block: Block) -> Iterator[tuple[str, int, Cell, Cell]]:
    """Yield (shr kind, column, per-share cell, net cell) for each readable column."""
    for kind, cells in block.rows.items():
        if "shr" not in kind:
            continue
        net_cells = block.rows.get("oper net" if kind.startswith("oper") else "net")
        if net_cells is None:
            continue
        for column in (0, 1):
            shr, net = cells[column], net_cells[column]
            if shr is not None and net is not None and (
                not shr.sign or not net.sign or shr.sign == net.sign
            ):
                yield kind, column, shr, net


def _stated_shares(doc: Document, rule: Rule, block: Block) -> Iterator[Finding]:
    columns = [(kind, column, shr, net, count, implied)
               for kind, column, shr, net in column_pairs(block)
               if (count := stated_count(block, kind, column)) is not None
               and (implied := shares_range(net, shr)) is not None]
    for kind, column, shr, net, count, implied in columns:
        checked = "diluted" not in kind and shr.value >= SMALLEST_CHECKED and any(
            other_kind == kind and other_column != column
            and off_by(other_implied, other_count) <= CHECKED
            for other_kind, other_column, _, _, other_count, other_implied in columns
        )
        if off_by(implied, count) <= (CHECKED_FACTOR if checked else FACTOR):
            continue
        per_share = net.value / count.value
        yield rule.finding(
            doc, shr.start, shr.end,
            f"{shr.text} a share does not fit net {net.text} over {count.text} shares: that is "
            f"{_money(per_share)} a share",
            related=(Span(net.start, net.end, net.text, "net"),
                     Span(count.start, count.end, count.text, "shares")),
            evidence=(f"{format_figure(net.value)}"
                      f" / {format_figure(count.value)} = {per_share:,.4g}",),
        )


def stated_count(block: Block, kind: str, column: int) -> Cell | None:
    """The average-shares cell for a per-share row's column ("Avg shrs diluted" for "Shr
    diluted"), or None."""
    variant = kind.split()[-1] if kind.split()[-1] in {"diluted", "primary"} else ""
    stated = block.rows.get(f"{variant} shares".strip()) or block.rows.get("shares")
    count = stated[column] if stated else None
    return count if count is not None and count.value > 0 else None


def off_by(implied: tuple[float, float], count: Cell) -> float:
    """How many times the stated share count lies outside the range net / per-share allows
    (1.0 when inside it)."""
    low, high = implied
    return max(1.0, (count.value - count.half) / high, low / (count.value + count.half))


def apart(own: tuple[float, float], others: list[tuple[float, float]]) -> float | None:
    """The typical share count of `others` when they agree among themselves (within `AGREE`)
    and the count range `own` lies more than `ACROSS` from all of them; None otherwise."""
    common_low, common_high = max(r[0] for r in others), min(r[1] for r in others)
    if common_low > AGREE * common_high:
        return None  # the others do not agree among themselves
    lowest, highest = min(r[0] for r in others), max(r[1] for r in others)
    low, high = own
    if high * ACROSS >= lowest and low <= ACROSS * highest:
        return None
    return (common_low + common_high) / 2 if common_low <= common_high else common_low


def _implied_shares(doc: Document, rule: Rule, blocks: list[Block]) -> Iterator[Finding]:
    """Flag the one column whose net and per-share imply a share count all the others deny."""
    if any("shares" in kind for block in blocks for kind in block.rows):
        return
    implied = [(shr, net, r) for block in blocks for _, _, shr, net in column_pairs(block)
               if (r := shares_range(net, shr)) is not None]
    if len(implied) < 3:
        return
    for index, (shr, net, own) in enumerate(implied):
        others = [r for i, (_, _, r) in enumerate(implied) if i != index]
        typical = apart(own, others)
        if typical is None:
            continue
        partner = next(s for i, (s, _, _) in enumerate(implied) if i != index)
        yield rule.finding(
            doc, shr.start, shr.end,
            f"{shr.text} a share does not fit net {net.text}: the table's other figures imply "
            f"about {_count(typical)} shares, which would give {_money(net.value / typical)}",
            related=(Span(net.start, net.end, net.text, "net"),
                     Span(partner.start, partner.end, partner.text, "per share elsewhere")),
            evidence=(f"{format_figure(net.value)}"
                      f" / {shr.value:,.4g} = {_count(net.value / shr.value)} "
                      f"shares",),
        )


def _signs(doc: Document, rule: Rule, block: Block) -> Iterator[Finding]:
    for kind, cells in block.rows.items():
        net_cells = block.rows.get("oper net" if kind.startswith("oper") else "net")
        if "shr" not in kind or net_cells is None:
            continue
        for shr, net in zip(cells, net_cells, strict=True):
            if shr is None or net is None or not shr.sign or not net.sign or shr.sign == net.sign:
                continue
            if shr.value == 0 or net.value == 0:
                continue
            yield rule.finding(
                doc, shr.start, shr.end,
                f"a per-share {shr.sign} ({shr.text}) beside a net {net.sign} ({net.text})",
                related=(Span(net.start, net.end, net.text, "net"),),
                evidence=(f"per share: {shr.sign}; net: {net.sign}",),
            )


def _revenue_parts(doc: Document, rule: Rule, blocks: list[Block]) -> Iterator[Finding]:
    """A quarter's revenue set against the cumulative period that follows it; its net too, when
    more than `SLIPPED_SCALE` times the period's (both profits): a loss in the period's other
    quarters may leave its net below the quarter's, but not by a hundred times."""
    for (part, whole), kind in product(pairwise(blocks), ("revs", "net")):
        if part.cumulative or not whole.cumulative or not part.quarter:
            continue
        part_cells, whole_cells = part.rows.get(kind), whole.rows.get(kind)
        if part_cells is None or whole_cells is None:
            continue
        for column, (piece, total) in enumerate(zip(part_cells, whole_cells, strict=True)):
            if piece is None or total is None or piece.value - piece.half <= (
                total.value + total.half
            ):
                continue
            if kind == "net" and not _net_slipped(part, whole, column, piece, total):
                continue
            yield rule.finding(
                doc, piece.start, piece.end,
                f"the quarter's {piece.text} exceeds the {total.text} of the period that "
                f"holds it" + (" (a scale word such as “mln” missing or wrong?)"
                               if piece.value >= SLIPPED_SCALE * total.value else ""),
                related=(Span(total.start, total.end, total.text, "whole"),),
                evidence=(f"{format_figure(piece.value)} > {format_figure(total.value)}",),
            )


def _net_slipped(part: Block, whole: Block, column: int, piece: Cell, total: Cell) -> bool:
    """Say whether a quarter's net far above its period's is a slip: both profits, a hundred
    times over, while the per-share rows give the quarter no more than the period."""
    if "loss" in {piece.sign, total.sign} or piece.value < SLIPPED_SCALE * total.value:
        return False
    part_shr, whole_shr = part.rows.get("shr"), whole.rows.get("shr")
    if part_shr is None or whole_shr is None:
        return False
    a, b = part_shr[column], whole_shr[column]
    return a is not None and b is not None and "loss" not in {a.sign, b.sign} and (
        0 < a.value <= b.value)


def _money(value: float) -> str:
    """A per-share amount to a few significant digits ("5.3 cts", "2.2 dlrs")."""
    return f"{_plain(value * 100, 2)} cts" if abs(value) < 1 else f"{_plain(value, 3)} dlrs"


def _plain(value: float, digits: int) -> str:
    """`value` to `digits` significant digits, written without an exponent."""
    return f"{float(f'{value:.{digits}g}'):,f}".rstrip("0").rstrip(".")


def _count(value: float) -> str:
    """A share count to three significant digits ("5,260,000")."""
    return _plain(value, 3)
