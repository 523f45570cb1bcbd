"""A wire results headline against the table below it: the quarter's months to date (T107) and
the LOSS or PROFIT it reports (N102), through the whole pipeline, on tables written by us."""

from __future__ import annotations

import pytest

import flagger

TABLE = """Shr {shr} vs 20 cts
    Net {net} vs 1,950,000
    Revs 36.0 mln vs 30.2 mln
    {label}
    Shr 81 cts vs 70 cts
    Net 8,100,000 vs 6,900,000
    Revs 140.5 mln vs 121.0 mln
"""


def _findings(title: str, label: str = "Nine mths", shr: str = "24 cts",
              net: str = "2,400,000") -> list[tuple[str, str, str]]:
    text = TABLE.format(label=label, shr=shr, net=net)
    report = flagger.analyze(text, title=title, published="1987-04-02", id="t")
    return [(f.rule, f.field, (title if f.field == "title" else text)[f.start:f.end])
            for f in report.findings if f.rule in {"T107", "N102"}]


@pytest.mark.parametrize(
    ("title", "label", "flagged"),
    [
        ("ACME TOOLS INC <ACME> 3RD QTR NET", "Nine mths", False),
        ("ACME TOOLS INC <ACME> 3RD QTR NET", "39 wks", False),
        ("ACME TOOLS INC <ACME> 4TH QTR NET", "Year", False),
        ("ACME TOOLS INC <ACME> 2ND QTR NET", "1st half", False),
        ("ACME TOOLS INC <ACME> 2ND QTR NET", "Six mths ended March 31", False),
        # a trailing twelve months goes with any quarter
        ("ACME TOOLS INC <ACME> 2ND QTR NET", "12 mths", False),
        # a first quarter has no months to date: a "Year" block may be last year's, but
        # six or nine months to date belong to a later quarter
        ("ACME TOOLS INC <ACME> 1ST QTR NET", "Year", False),
        ("ACME TOOLS INC <ACME> 1ST QTR NET", "Six mths", True),
        ("ACME TOOLS INC <ACME> FIRST QUARTER NET", "26 wks", True),
        ("ACME TOOLS INC <ACME> 4TH QTR NET", "Nine mths", True),
        ("ACME TOOLS INC <ACME> 3RD QTR NET", "Year", True),
        ("ACME TOOLS INC <ACME> SECOND QUARTER NET", "Nine months", True),
        ("ACME TOOLS INC <ACME> 4TH QTR NET", "Nine mths ended Dec 31", True),
    ],
)
def test_the_headline_quarter_against_the_months_to_date(title: str, label: str,
                                                         flagged: bool) -> None:
    found = [f for f in _findings(title, label) if f[0] == "T107"]
    assert bool(found) is flagged
    if flagged:
        assert found[0][1:] in {("title", "4TH QTR"), ("title", "3RD QTR"),
                                ("title", "SECOND QUARTER"), ("title", "1ST QTR"),
                                ("title", "FIRST QUARTER")}


def test_a_changed_fiscal_year_excuses_the_period_labels() -> None:
    text = TABLE.format(label="Nine mths", shr="24 cts", net="2,400,000") + (
        "    NOTE: The company changed its fiscal year end to December.\n")
    report = flagger.analyze(text, title="ACME TOOLS INC <ACME> 4TH QTR NET",
                             published="1987-04-02")
    assert not [f for f in report.findings if f.rule == "T107"]


def test_a_period_label_in_prose_is_no_table_block() -> None:
    text = ("Acme said sales in the third quarter rose to 36 mln dlrs.\n"
            "    Year\n    ago, sales were 30.2 mln dlrs vs 28 mln.\n")
    report = flagger.analyze(text, title="ACME TOOLS <ACME> 3RD QTR SALES UP",
                             published="1987-04-02")
    assert not [f for f in report.findings if f.rule == "T107"]


@pytest.mark.parametrize(
    ("title", "shr", "net", "flagged"),
    [
        ("ACME TOOLS INC <ACME> 3RD QTR LOSS", "loss 24 cts", "loss 2,400,000", False),
        ("ACME TOOLS INC <ACME> 3RD QTR LOSS", "profit 24 cts", "profit 2,400,000", True),
        ("ACME TOOLS INC <ACME> 3RD QTR LOSS", "24 cts", "profit 2,400,000", True),
        # an operating loss beside a net profit: the headline may mean either
        ("ACME TOOLS INC <ACME> 3RD QTR LOSS", "loss 24 cts", "profit 2,400,000", False),
        # unsigned figures are not read as a profit
        ("ACME TOOLS INC <ACME> 3RD QTR LOSS", "24 cts", "2,400,000", False),
        ("ACME TOOLS INC <ACME> 3RD QTR PROFIT", "loss 24 cts", "loss 2,400,000", True),
        # a loan-loss headline reports an item, not the result
        ("ACME BANK <ACME> 3RD QTR LOAN LOSS PROVISIONS UP", "24 cts", "profit 2,400,000",
         False),
        # a cumulative period in the headline is not the first block
        ("ACME TOOLS INC <ACME> YEAR LOSS", "profit 24 cts", "profit 2,400,000", False),
    ],
)
def test_the_headline_result_against_its_block(title: str, shr: str, net: str,
                                               flagged: bool) -> None:
    found = [f for f in _findings(title, shr=shr, net=net) if f[0] == "N102"
             and f[1] == "title"]
    assert bool(found) is flagged


def test_the_headline_quarter_heads_the_first_block_of_a_separate_body() -> None:
    text = TABLE.format(label="Year", shr="24 cts", net="2,400,000").replace(
        "140.5 mln vs", "140,500 vs")
    report = flagger.analyze(text, title="ACME TOOLS INC <ACME> 4TH QTR NET",
                             published="1987-04-02")
    found = [f for f in report.findings if f.rule == "N102"]
    assert [text[f.start:f.end] for f in found] == ["36.0 mln"]
    assert "scale word" in found[0].message
