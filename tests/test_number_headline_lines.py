"""A wire headline against the table line of its item: N101 levels, N102 directions and
percentages, on tables written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import N101, N102
from flagger.detectors.numbers.headline_lines import headline_lines
from flagger.detectors.numbers.wire_lines import line_item, wire_lines

QUARTER = """Shr 31 cts vs 24 cts
    Net 4,250,000 vs 3,300,000
    Revs 61.2 mln vs 55.0 mln
    Nine mths
    Shr 88 cts vs 70 cts
    Net 12.1 mln vs 9,600,000
    Revs 180.4 mln vs 160.9 mln
"""
DIVIDEND = "Qtly div {new} vs {old} prior\n    Pay May 15\n    Record April 20\n"


def flagged(title: str, text: str) -> list[tuple[str, str]]:
    doc = annotate(Article(text, title=title, published=date(1987, 4, 2)))
    assert doc.headline is not None
    return [(f.rule, doc.headline.text[f.start : f.end])
            for f in headline_lines(doc, N101, N102)]


@pytest.mark.parametrize(
    ("title", "text", "wrong"),
    [
        ("ORBIT TOOLS <ORB> 3RD QTR NET 4.5 MLN DLRS", QUARTER, ("N101", "4.5 MLN DLRS")),
        ("ORBIT TOOLS <ORB> 3RD QTR NET RISES TO 2,450,000 DLRS", QUARTER,
         ("N101", "2,450,000 DLRS")),
        ("ORBIT TOOLS <ORB> 3RD QTR SHR 13 CTS", QUARTER, ("N101", "13 CTS")),
        ("ORBIT TOOLS <ORB> 3RD QTR SALES 65.1 MLN DLRS", QUARTER, ("N101", "65.1 MLN DLRS")),
        ("PELHAM GAS <PEL> SETS 17 CT QTLY DIVIDEND",
         DIVIDEND.format(new="12-1/2 cts", old="12-1/2 cts"), ("N101", "17 CT QTLY DIVIDEND")),
        ("PELHAM GAS <PEL> SETS SIX CT PAYOUT", DIVIDEND.format(new="five cts", old="five cts"),
         ("N101", "SIX CT PAYOUT")),
        ("ORBIT TOOLS <ORB> 3RD QTR NET FALLS", QUARTER, ("N102", "FALLS")),
        ("ORBIT TOOLS <ORB> 3RD QTR NET UP 60 PCT", QUARTER, ("N102", "60")),
        ("PELHAM GAS <PEL> RAISES QUARTERLY DIVIDEND",
         DIVIDEND.format(new="20 cts", old="20 cts"), ("N102", "RAISES")),
    ],
)
def test_a_headline_the_line_of_its_item_denies(
    title: str, text: str, wrong: tuple[str, str]
) -> None:
    assert wrong in flagged(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the figure as rounded or cut as the headline writes it
        ("ORBIT TOOLS <ORB> 3RD QTR NET 4.3 MLN DLRS", QUARTER),
        ("ORBIT TOOLS <ORB> 3RD QTR NET 4.2 MLN DLRS", QUARTER),
        ("PELHAM GAS <PEL> SETS 12 CT QTLY DIVIDEND",
         DIVIDEND.format(new="12-1/2 cts", old="12-1/2 cts")),
        # the nine months' figure: another block of the table gives it
        ("ORBIT TOOLS <ORB> NINE MTHS NET 12.1 MLN DLRS", QUARTER),
        # a cumulative headline over a table whose first block is the quarter's: not compared
        ("ORBIT TOOLS <ORB> NINE MTHS SALES 190 MLN DLRS", "Qtr\n" + QUARTER),
        # the body writes the headline's figure elsewhere
        ("ORBIT TOOLS <ORB> 3RD QTR NET 5.1 MLN DLRS",
         QUARTER + "    NOTE: Net before the tax credit was 5.1 mln dlrs.\n"),
        # the annual rate of a quarterly payout
        ("PELHAM GAS <PEL> SETS 80 CT DIVIDEND", DIVIDEND.format(new="20 cts", old="20 cts")),
        # an extra payout is not the regular line's
        ("PELHAM GAS <PEL> SETS 50 CT EXTRA DIVIDEND",
         DIVIDEND.format(new="20 cts", old="20 cts")),
        ("ORBIT TOOLS <ORB> 3RD QTR NET RISES", QUARTER),
        # 28.8 pct, rounded up
        ("ORBIT TOOLS <ORB> 3RD QTR NET UP 29 PCT", QUARTER),
        # the per-share change (29.2 pct) bears the headline out
        ("ORBIT TOOLS <ORB> 3RD QTR NET UP 29.2 PCT", QUARTER),
        # losses are not read
        ("ORBIT TOOLS <ORB> 3RD QTR NET FALLS",
         QUARTER.replace("Net 4,250,000", "Net loss 4,250,000")),
        # a split may leave the amount per share unchanged and raise the holder's
        ("PELHAM GAS <PEL> RAISES QUARTERLY DIVIDEND",
         DIVIDEND.format(new="20 cts", old="20 cts") + "    Adjusted for a two-for-one split.\n"),
    ],
)
def test_a_headline_the_table_bears_out(title: str, text: str) -> None:
    assert flagged(title, text) == []


def test_the_lines_of_a_table() -> None:
    lines = wire_lines(QUARTER + "    Qtly div 12-1/2 cts vs 12-1/2 cts prior\n")
    assert [(line.item, line.block) for line in lines] == [
        ("shr", 0), ("net", 0), ("revs", 0), ("shr", 1), ("net", 1), ("revs", 1), ("div", 1)]
    assert lines[1].now is not None and lines[1].now.value == 4_250_000
    assert lines[3].now is not None and lines[3].now.value == pytest.approx(0.88)
    assert lines[4].cumulative
    assert lines[6].now is not None and lines[6].now.value == pytest.approx(0.125)


@pytest.mark.parametrize(
    ("label", "item"),
    [("Qtly div", "div"), ("Shr diluted", "shr"), ("Net profit", "net"), ("Oper net", "oper net"),
     ("Sales", "revs"), ("Pretax profit", "pretax"), ("Loan loss provision", "loan loss provision")],
)
def test_the_item_of_a_label(label: str, item: str) -> None:
    assert line_item(label) == item
