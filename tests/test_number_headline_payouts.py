"""N102 a headline's payout direction against the dividend line below it."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import N102
from flagger.detectors.numbers.headline_payouts import headline_payouts


def flagged(title: str, text: str) -> list[str]:
    doc = annotate(Article(text, title=title, published=date(1987, 4, 2)))
    assert doc.headline is not None
    return [doc.headline.text[f.start : f.end] for f in headline_payouts(doc, N102)]


@pytest.mark.parametrize(
    ("title", "text", "wrong"),
    [
        ("ORCHARD REALTY <ORR> PAYOUT RAISED", "Qtly div 24 cts vs 28 cts in prior qtr\n"
         "    Payable May 25\n    Record May 1\n", "RAISED"),
        ("KESTREL CORP <KES> CUTS PAYOUT", "Qtrly div 96 cts vs 90 cts\n"
         "    Pay May One\n    Record April 15\n", "CUTS"),
    ],
)
def test_a_headline_direction_the_dividend_line_denies(title: str, text: str, wrong: str) -> None:
    assert flagged(title, text) == [wrong]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ORCHARD REALTY <ORR> PAYOUT RAISED", "Qtly div 28 cts vs 24 cts in prior qtr\n"),
        ("KESTREL CORP <KES> CUTS DIVIDEND", "Qtrly div 90 cts vs 96 cts\n"),
        # a split may lower the payout per share while a holder's rises
        ("KESTREL CORP <KES> RAISES DIVIDEND", "Qtrly div 50 cts vs 90 cts\n"
         "    NOTE: Prior payout is before the two-for-one stock split.\n"),
        # amounts in two units
        ("KESTREL CORP <KES> RAISES DIVIDEND", "Qtrly div 95 cts vs 1.05 dlrs\n"),
    ],
)
def test_a_headline_the_dividend_line_bears_out_or_leaves_open(title: str, text: str) -> None:
    assert flagged(title, text) == []
