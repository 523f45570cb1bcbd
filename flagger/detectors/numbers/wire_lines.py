"""One reading of a wire results table: its lines, the item each gives, its two columns (this
period, the one before), their units and fractions, and the period block each line sits in.

    Qtly div 12-1/2 cts vs 12-1/2 cts prior      → div, 0.125 dlr against 0.125
    Net profit 1,528,000 vs loss 3,296,000         → net, 1,528,000 (profit) against a loss
    Pretax profit 50.5 mln stg vs 30.1 mln         → pretax, 50,500,000 against 30,100,000
    Year                                           (a line of no figures starts a new block)
    Revs 1.79 billion vs 1.76 billion              → revs in the second block

Per-share and dividend cells are read in whole currency units ("12-1/2 cts" is 0.125, "one
dlr" 1.0); a cell without a unit takes its line's other unit, and a per-share cell without any
is read only when written with decimals ("1.20"). A cell with more than one figure ("3.5p
making 5.5p") is no cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.values import WIRE_SCALES, WORD_VALUES, written_value

_WORDS = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
CELL = lazy(
    rf"(?P<sign>loss|profit)?\s*(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORDS})"
    r"(?:[- ](?P<top>\d)/(?P<bottom>\d{1,2}))?"
    r"(?:\s+(?P<scale>mln|million|billion|bln))?"
    r"(?:\s*(?P<unit>dlrs?|dollars?|cts?|cents?|p\b|pence|stg|yen|francs?|marks?|guilders?))?"
    r"(?P<rest>[^\d]*)",
    re.IGNORECASE,
)
"""A cell: a sign word, a figure (digits, a fraction "12-1/2", a number word), a scale, a
unit, then words only ("prior", "Swiss francs", "a share")."""
LINE = lazy(
    r"^[ \t]*(?P<label>[A-Za-z][A-Za-z.&/ -]{0,40}?)[ \t]+"
    rf"(?P<a>(?:(?:loss|profit)\s+)?(?:\d|(?:{_WORDS})\b)[^\n]*?)\s+vs\.?\s+"
    r"(?P<b>[^\n]+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
CHANGE_TAIL = lazy(
    r",?\s+(?P<dir>up|down|rose|fell|higher|lower|increased|decreased)\s+(?:by\s+)?"
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:pct|percent|per\s+cent|%)\W*$",
    re.IGNORECASE,
)
"""A change the line states after its columns: "Net 17.7 mln vs 15.3 mln, up 16 pct"."""
DOWNWARD = frozenset({"down", "fell", "lower", "decreased"})
HUNDREDTHS = frozenset({"c", "p"})
"""Units that are a hundredth of the currency: cents, pence."""
CUMULATIVE = lazy(
    r"\b(?:year|(?:six|nine|twelve|6|9|12)\s+(?:mths|months)|(?:1st|first|2nd|second)\s+half|"
    r"\d\d\s+wks|fiscal)\b",
    re.IGNORECASE,
)
REVENUE = frozenset({"revs", "rev", "revenue", "revenues", "sales", "turnover"})
NET = frozenset({"net", "profit", "income", "earnings", "loss", "after", "tax", "group",
                 "attributable"})
"""The words of a net line's label: "Net", "Net profit", "Net after tax"."""


@dataclass(frozen=True, slots=True)
class Cell:
    """One column of a line: its value (per-share and dividend cells in whole currency units),
    the rounding its written digits allow, its sign word and where it stands."""

    value: float
    half: float
    sign: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the table: its item ("net", "oper net", "shr", "revs", "pretax", "div" or the
    folded label), its block (0 for the first period), whether the block's own header names a
    cumulative period, its two columns (None when unreadable) and the percentage change it
    states after them, signed, with where that stands (None when it states none)."""

    item: str
    block: int
    cumulative: bool
    now: Cell | None
    before: Cell | None
    start: int
    end: int
    change: tuple[float, int, int] | None = None


def wire_lines(text: str) -> list[Line]:
    """Read every "label cell vs cell" line of `text`; a non-empty line between two of them
    starts a new block, and its last line says whether that block is cumulative ("Year")."""
    lines: list[Line] = []
    block, cumulative, last_end = 0, False, -1
    for match in LINE.finditer(text):
        gap = text[last_end + 1 : match.start()] if last_end >= 0 else ""
        if last_end >= 0 and gap.strip():
            block += 1
            header = gap.strip().splitlines()[-1]
            cumulative = CUMULATIVE.search(header) is not None
        item = line_item(match.group("label"))
        money = item in {"shr", "oper shr", "div"}
        units = {_unit(cell) for cell in (match.group("a"), match.group("b"))} - {""}
        unit = units.pop() if len(units) == 1 else ""
        tail = CHANGE_TAIL.search(match.group("b"))
        change = None
        if tail is not None:
            sign = -1.0 if tail["dir"].casefold() in DOWNWARD else 1.0
            offset = match.start("b")
            change = (sign * float(tail["pct"]), offset + tail.start("pct"),
                      offset + tail.end("pct"))
        lines.append(Line(item, block, cumulative, _cell(match, "a", money, unit),
                          _cell(match, "b", money, unit, tail.start() if tail else None),
                          match.start(), match.end(), change))
        last_end = match.end()
    return lines


def line_item(label: str) -> str:
    """The item a label gives: "Qtly div" → "div", "Shr diluted" → "shr", "Net profit" → "net",
    "Oper net" → "oper net", "Sales" → "revs", "Pretax profit" → "pretax"; else the label."""
    words = label.casefold().replace("-", "").split()
    oper = "oper " if words and words[0] in {"oper", "operating"} else ""
    rest = set(words[1:] if oper else words)
    if rest & {"div", "dividend", "payout"}:
        return "div"
    if rest & {"shr", "eps"}:
        return f"{oper}shr"
    if rest & REVENUE:
        return "revs"
    if "pretax" in rest:
        return "pretax"
    if "net" in rest and rest <= NET:
        return f"{oper}net"
    return " ".join(words)


def _unit(cell: str) -> str:
    match = CELL.match(cell.strip())
    unit = (match.group("unit") or "") if match else ""
    return unit.casefold()[:1]


def _cell(line: re.Match[str], group: str, money: bool, unit: str,
          stop: int | None = None) -> Cell | None:
    """Read one column of a line, up to `stop` within it (where a stated change begins)."""
    raw = line.group(group)[:stop].strip()
    match = CELL.fullmatch(raw)
    if match is None:
        return None
    written = match.group("num").casefold()
    value, half = written_value(written)
    if match.group("top"):
        if "." in written or int(match.group("bottom")) == 0:
            return None
        value, half = value + int(match.group("top")) / int(match.group("bottom")), 0.0
    scale = WIRE_SCALES.get((match.group("scale") or "").casefold(), 1.0)
    if money:
        written_unit = (match.group("unit") or "").casefold()[:1] or unit
        if match.group("scale") or (not written_unit and "." not in written):
            return None
        scale = 0.01 if written_unit in HUNDREDTHS else 1.0
        if written in WORD_VALUES and scale == 1.0:
            half = 0.005  # "one dlr" is 1.00 to the cent
    start = line.start(group) + (len(line.group(group)) - len(line.group(group).lstrip()))
    return Cell(value * scale, half * scale, (match.group("sign") or "").casefold(), start,
                start + len(raw), raw)


def bears(line: Line, stated: float, slack: float) -> bool:
    """Say whether a line's change from its earlier to its later column, within what their
    digits allow and `slack` points, is the `stated` percentage (signed)."""
    now, before = line.now, line.before
    if now is None or before is None or before.value - before.half <= 0:
        return False
    low = 100 * ((now.value - now.half) / (before.value + before.half) - 1)
    high = 100 * ((now.value + now.half) / (before.value - before.half) - 1)
    return low - slack <= stated <= high + slack


def profits(line: Line) -> bool:
    """Say whether both columns of a line are read and neither is a loss."""
    return (line.now is not None and line.before is not None and line.before.value > 0
            and "loss" not in {line.now.sign, line.before.sign})
