"""A wire headline set against the table line that gives its item (`headline_items`,
`wire_lines`).

N101, a level the line gives otherwise: "1ST QTR NET 19.7 MLN DLRS" over "Net 17.7 mln vs 15.3
mln"; "SETS 15 CT DIVIDEND" over "Qtly dividend 12-1/2 cts vs 12-1/2 cts". N102, a direction or
percentage the line's two columns deny: "4TH QTR NET RISES" over "Net 2,509,000 vs 7,582,000";
"NET UP 45 PCT" over "Net 108.6 mln vs 86.8 mln" (25 pct); "RAISES QUARTERLY" over "Qtly div
17 cts vs 17 cts prior".

The headline's period is the table's first block, unless that block's own header names another
kind of period than the headline's (a cumulative "Year" under a quarter's headline). The
headline's figure clears when it stands anywhere in the table for its item, in either column of
any block, or anywhere in the body written the same; a change clears when any block's or the
per-share line's columns bear it out. Losses (a sign word in a column, LOSS in the headline),
stock splits and, for dividends, extra or special payouts are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.furniture import outside
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.headline_items import (
    CUMULATIVE,
    DOWN,
    LOSS,
    NOT_REGULAR,
    PERCENT,
    PERIOD,
    UP,
    Said,
    items,
    levels,
)
from flagger.detectors.numbers.values import NUMBER_RE, SCALE
from flagger.detectors.numbers.wire_lines import Cell, Line, bears, profits, wire_lines
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

SPLIT = lazy(r"\bsplit\b", re.IGNORECASE)
PERCENT_SLACK = 1.0
"""How far a whole headline percentage may lie from the table's change: headlines round."""
DECIMAL_SLACK = 0.15
"""The same for a percentage written with a decimal ("76.8 PCT")."""
TIMES = (1000.0, 0.001)
"""A table "in thousands" gives the headline's figure a thousand times smaller or larger."""
CENT = 0.01
"""A headline may cut a dividend's fraction of a cent."""
RATES = (2.0, 4.0, 12.0)
"""A headline dividend may be the annual rate of a semi-annual, quarterly or monthly one."""


def headline_lines(doc: Document, n101: Rule, n102: Rule) -> Iterator[Finding]:
    """Yield N101 findings on headline levels and N102 findings on headline changes that the
    table line of their item denies."""
    head = doc.headline
    if head is None or head.text.upper() != head.text or " vs" not in doc.text:
        return
    if LOSS.search(head.text):
        return
    named = items(head.text)
    if SPLIT.search(doc.text):
        named -= {"div", "shr"}  # a split moves the amount per share, not the holder's
    if not named:
        return
    every = wire_lines(doc.text)
    lines = [line for line in every if line.item in named]
    if not lines:
        return
    first = every[0].start
    for said in levels(head.text):
        found = _level(doc, said, lines, first)
        if found is not None:
            yield n101.finding(
                head, said.start, said.end,
                f"The headline gives {said.text}, but the table's {found.item} line gives "
                f"{_shown(found)} for the same period",
                score=0.75, severity="warning",
                evidence=(f"headline: {said.text}", f"table: {_shown(found)}"),
                related=(Span(found.start, found.end, doc.text[found.start : found.end].strip(),
                              "table line", "text"),),
            )
    yield from _changes(doc, n102, lines, every, first)


def _own(doc: Document, line: Line, first: int) -> bool:
    """Say whether a line gives the headline's period: a dividend line always, a results line
    in the first block unless the headline names a period and the words above the table (from
    `first`, the table's first line) name one of another kind ("Year" under "4TH QTR NET")."""
    if line.item == "div":
        return True
    if line.block != 0:
        return False
    head = doc.headline.text if doc.headline else ""
    if PERIOD.search(head) is None:
        return True  # the headline names no period: the table's first is its own
    said = CUMULATIVE.search(head) is not None
    header = doc.text[max(0, first - 120) : first].strip().splitlines()
    last = header[-1].upper() if header else ""
    if PERIOD.search(last) is None:
        return True
    return (CUMULATIVE.search(last) is not None) == said


def _level(doc: Document, said: Said, lines: list[Line], first: int) -> Line | None:
    """The headline's period line whose figure the headline's is not, or None."""
    same = [line for line in lines if line.item == said.item]
    own = [line for line in same if _own(doc, line, first) and line.now is not None]
    if not own or (said.item == "div" and NOT_REGULAR.search(doc.headline.text if
                                                               doc.headline else "")):
        return None
    cells = [cell for line in same for cell in (line.now, line.before) if cell is not None]
    if any(_agrees(said, cell) for cell in cells):
        return None
    if said.item == "div" and any(
        abs(said.value - rate * cell.value) < 1e-9 for cell in cells for rate in RATES
    ):
        return None
    if said.item not in {"div", "shr"} and _written(doc, said):
        return None
    return own[0]


def _agrees(said: Said, cell: Cell) -> bool:
    """Say whether a cell is the headline's figure: a dividend exactly or with its fraction of
    a cent cut ("12 CT" for 12-1/2 cts), a per-share figure or an amount as rounded or cut as
    either is written ("5.1 MLN" for 5,160,000), an amount also a thousand times off (a table in
    thousands)."""
    if said.item == "div":
        return -1e-9 < cell.value - said.value < CENT
    times = (1.0,) if said.item == "shr" else (1.0, *TIMES)
    return any(
        -said.slack - cell.half * t - 1e-9 <= cell.value * t - said.value
        <= 2 * said.slack + cell.half * t + 1e-9
        for t in times
    )


def _written(doc: Document, said: Said) -> bool:
    """Say whether the body writes the headline's figure anywhere ("net was 19.7 mln dlrs
    before the charge")."""
    for match in NUMBER_RE.finditer(doc.text):
        if not outside(doc.skipped, match.start(), match.end()):
            continue  # the title line at the body's head
        value = float(match["num"].replace(",", ""))
        after = doc.text[match.end() : match.end() + 9].lstrip().casefold()
        scale = SCALE.get((match["scale"] or "").casefold(), 1.0)
        if scale == 1.0:
            for word, times in (("mln", 1e6), ("billion", 1e9), ("bln", 1e9)):
                if after.startswith(word):
                    scale = times
        if abs(value * scale - said.value) <= said.slack + 1e-9:
            return True
    return False


def _changes(doc: Document, rule: Rule, lines: list[Line], every: list[Line],
             first: int) -> Iterator[Finding]:
    """N102: the headline's direction or percentage for its item against its period's line."""
    head = doc.headline
    if head is None:
        return
    ups, downs = list(UP.finditer(head.text)), list(DOWN.finditer(head.text))
    if len(ups) + len(downs) != 1:
        return
    said = (ups or downs)[0]
    rising = bool(ups)
    own = [line for line in lines if _own(doc, line, first) and profits(line)]
    if not own:
        return
    line = own[0]
    assert line.now is not None and line.before is not None
    now, before = line.now, line.before
    percent = PERCENT.search(head.text)
    if line.item == "div":
        if NOT_REGULAR.search(head.text) or abs(now.value - before.value) > 1e-9:
            return  # unequal payouts are `headline_payouts`'
        yield _finding(doc, rule, said.span(), line,
                       f"The headline's “{said.group()}” says the payout "
                       f"{'rose' if rising else 'fell'}, but the dividend line gives "
                       f"{now.text} against {before.text}: unchanged")
        return
    if (now.value > before.value + now.half + before.half) != rising and (
        abs(now.value - before.value) > now.half + before.half
    ):
        yield _finding(doc, rule, said.span(), line,
                       f"The headline's “{said.group()}” says the {line.item} "
                       f"{'rose' if rising else 'fell'}, but the table gives {now.text} "
                       f"against {before.text}")
        return
    if percent is None or PERCENT.search(head.text, percent.end()):
        return
    stated = float(percent["num"]) * (1 if rising else -1)
    slack = DECIMAL_SLACK if "." in percent["num"] else PERCENT_SLACK
    if any(bears(other, stated, slack) for other in every
           if profits(other) and other.item in {line.item, "shr", "oper shr"}):
        return
    actual = 100 * (now.value - before.value) / before.value
    yield _finding(doc, rule, percent.span("num"), line,
                   f"The headline's {percent['num']} pct does not fit the table's {now.text} "
                   f"against {before.text}: a change of {actual:+.1f} pct")


def _finding(doc: Document, rule: Rule, span: tuple[int, int], line: Line,
             message: str) -> Finding:
    assert doc.headline is not None
    return rule.finding(
        doc.headline, *span, message,
        evidence=(doc.text[line.start : line.end].strip(),),
        related=(Span(line.start, line.end, doc.text[line.start : line.end].strip(),
                      "table line", "text"),),
    )


def _shown(line: Line) -> str:
    return line.now.text if line.now is not None else ""
