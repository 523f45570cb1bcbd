"""N102 notes: a note's amount and per-share figure against the share count of its table."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect

TABLE = """Shr 42 cts vs 35 cts
    Net 8,400,000 vs 7,000,000
    Year
    Shr 1.60 dlrs vs 1.41 dlrs
    Net 32.1 mln vs 28.3 mln
    NOTE: 1987 year net includes gain of 2,010,000 dlrs, or ten cts a share, from a sale of
land, and a charge of {amount}, or {per_share} a share, for plant closings.
"""


def flagged(amount: str, per_share: str) -> list[str]:
    text = TABLE.format(amount=amount, per_share=per_share)
    doc = annotate(Article(f"ACME TOOLS INC 4TH QTR NET\n\n{text}", published=date(1988, 2, 3)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("amount", "per_share", "wrong"),
    [
        ("3,020,000 dlrs", "15 dlrs", "15 dlrs a share"),  # cents printed as dollars
        ("30.2 mln dlrs", "15 cts", "15 cts a share"),  # a slipped decimal point
    ],
)
def test_a_note_its_table_denies_is_flagged(amount: str, per_share: str, wrong: str) -> None:
    assert flagged(amount, per_share) == [wrong]


@pytest.mark.parametrize(
    ("amount", "per_share"),
    [("3,020,000 dlrs", "15 cts"), ("3.0 mln dlrs", "14 cts"), ("3,020,000 dlrs", "12 cts")],
)
def test_a_note_its_table_allows_is_not_flagged(amount: str, per_share: str) -> None:
    assert flagged(amount, per_share) == []
