"""N102 misgrouped figures: a table figure with a malformed digit group, read both ways."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.detectors.numbers.misgrouped import readings


def table_findings(text: str, title: str = "ACME TOOLS INC 1ST QTR NET") -> list[str]:
    doc = annotate(Article(f"{title}\n\n{text}", published=date(1990, 5, 2)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


STATED = """Shr 40 cts vs 30 cts
    Net 1,200,000 vs 870,000
    Revs 14.2 mln vs 11.9 mln
    Avg shrs {shares} vs 2,900,000
"""


@pytest.mark.parametrize(
    ("shares", "flagged"),
    [
        ("3,000,000", []),
        ("3,000,0000", ["3,000,0000"]),  # 30 mln shares read as written: 4 cts a share
        ("3,000,00", ["3,000,00"]),  # 300,000 shares read as written: 4 dlrs a share
        ("3,0000,000", ["3,0000,000"]),
        ("30,000,000", []),  # well formed and wrong: the per-share reader's, not this one's
        ("12,0000,000", []),  # neither 12 mln nor 120 mln shares gives 40 cts: not read
        ("2,9000,000", ["2,9000,000"]),  # read as punctuated, 2,900,000 shares fit
    ],
)
def test_a_malformed_share_count_the_table_reads_one_way_is_flagged(
    shares: str, flagged: list[str]
) -> None:
    found = table_findings(STATED.format(shares=shares))
    assert [f for f in found if "," in f and f == shares] == flagged


IMPLIED = """Shr 20 cts vs 18 cts
    Net {net} vs 900,000
    Year
    Shr 81 cts vs 74 cts
    Net 4,050,000 vs 3,700,000
"""


def test_a_malformed_net_is_read_against_the_share_counts_the_other_columns_imply() -> None:
    assert table_findings(IMPLIED.format(net="1,000,0000")) == ["1,000,0000"]
    assert table_findings(IMPLIED.format(net="1,000,000")) == []


def test_a_malformed_figure_the_table_cannot_check_is_left_alone() -> None:
    text = "Shr 20 cts vs 18 cts\n    Net 1,000,000 vs 900,000\n    Revs 9,120,00 vs 8.7 mln\n"
    assert table_findings(text) == []


def test_a_malformed_figure_has_a_written_and_a_punctuated_reading() -> None:
    assert readings("2,452,3000") == (24_523_000, 2_452_300)
    assert readings("2,318,00") == (231_800, 2_318_000)
    assert readings("1,4750,000") == (14_750_000, 1_475_000)
