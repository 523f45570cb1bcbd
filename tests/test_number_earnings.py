"""N102 earnings tables: per-share, net, share counts and revenue rows set against each other."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def table_findings(text: str, title: str = "ACME TOOLS INC 2ND QTR NET") -> list[str]:
    doc = annotate(Article(f"{title}\n\n{text}", published=date(1990, 5, 2)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


QUARTER_YEAR = """Shr {q} vs 20 cts
    Net 2,400,000 vs 1,950,000
    Revs {revs} vs 30.2 mln
    Year
    Shr {y} vs 70 cts
    Net 8,100,000 vs 6,900,000
    Revs 140.5 mln vs 121.0 mln
"""


def test_a_consistent_table_is_not_flagged() -> None:
    text = QUARTER_YEAR.format(q="24 cts", y="81 cts", revs="36.0 mln")
    assert table_findings(text) == []


def test_a_per_share_figure_ten_times_off_the_others_is_flagged() -> None:
    text = QUARTER_YEAR.format(q="2.40 dlrs", y="81 cts", revs="36.0 mln")
    assert table_findings(text) == ["2.40 dlrs"]


def test_a_quarter_revenue_above_the_year_is_flagged() -> None:
    text = QUARTER_YEAR.format(q="24 cts", y="81 cts", revs="360.0 mln")
    assert table_findings(text) == ["360.0 mln"]


HALF_YEAR = """Shr 31 cts vs NA
    Net {q} vs 2,100,000
    Six mths
    Shr {s} vs NA
    Net {h} vs 4,300,000
"""


@pytest.mark.parametrize(
    ("q", "h", "s", "flagged"),
    [
        ("4,120 mln", "8,010,000", "60 cts", ["4,120 mln"]),  # 500 times its half-year
        ("4,120,000", "8,010,000", "60 cts", []),
        ("4,120,000", "3,900,000", "29 cts", []),  # the other quarter a small loss: not judged
        # a loss in the other quarter left the half-year all but nil: per share says so
        ("4,120 mln", "10,000", "nil", []),
    ],
)
def test_a_quarter_net_far_above_its_half_year(q: str, h: str, s: str, flagged: list[str]) -> None:
    text = HALF_YEAR.format(q=q, h=h, s=s)
    assert table_findings(text) == flagged


@pytest.mark.parametrize(
    ("shr", "flagged"),
    [("31 cts", False), ("28 cts", False), ("3.10 dlrs", True), ("three cts", True),
     # the prior column checks out, so 40% off is a slipped figure, not a convention
     ("26 cts", False), ("20 cts", True), ("45 cts", True)],
)
def test_per_share_against_net_over_average_shares(shr: str, flagged: bool) -> None:
    text = f"""Shr {shr} vs 25 cts
    Net 6,200,000 vs 5,000,000
    Avg shrs 20.0 mln vs 19.8 mln
"""
    assert bool(table_findings(text, "ACME TOOLS INC YEAR NET")) is flagged


def test_preferred_dividends_set_per_share_apart_from_net() -> None:
    text = """Shr 10 cts vs 25 cts
    Net 6,200,000 vs 5,000,000
    Avg shrs 20.0 mln vs 19.8 mln
    NOTE: Per share figures are after preferred dividends.
"""
    assert table_findings(text) == []


def test_a_per_share_loss_beside_a_net_profit_is_flagged() -> None:
    text = """Shr loss 12 cts vs profit 20 cts
    Net profit 1,200,000 vs profit 2,000,000
"""
    assert table_findings(text) == ["loss 12 cts"]


def test_a_bare_per_share_figure_takes_the_rows_unit() -> None:
    text = """Shr seven cts vs 20
    Net 140,000 vs 400,000
    Avg shrs 2,000,000 vs 2,000,000
"""
    assert table_findings(text) == []


def test_a_column_off_is_not_judged_closely_when_the_other_does_not_check() -> None:
    text = """Shr 20 cts vs 20 cts
    Net 6,200,000 vs 5,000,000
    Avg shrs 20.0 mln vs 20.0 mln
"""
    assert table_findings(text, "ACME TOOLS INC YEAR NET") == []


def test_diluted_rows_are_not_judged_closely() -> None:
    # diluted figures add back interest on convertible debt: net over shares need not fit
    text = """Shr diluted 20 cts vs 25 cts
    Net 6,200,000 vs 5,000,000
    Avg shrs diluted 20.0 mln vs 20.0 mln
"""
    assert table_findings(text, "ACME TOOLS INC YEAR NET") == []
