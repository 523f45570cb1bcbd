"""A period compared written as a count back, and a base not before it
(temporal/counted_periods.py)."""

from __future__ import annotations

import pytest

import flagger

# (text, published, the count flagged, the base related)
CONFLICTS = [
    ("Producer prices three years ago fell to 2.1 pct from 4.7 pct in 2021.", "2024-03-02",
     "three years ago", "2021"),
    ("Crude prices rose 2.6 pct two months ago after a 10.0 pct January rise.", "2024-03-13",
     "two months ago", "January"),
    ("The plan cut inflation from 440 pct in 2022 to 19.7 pct two years ago.", "2024-03-11",
     "two years ago", "2022"),
    ("Gas sold for 15.86 dlrs 18 months ago, down from 27.41 dlrs in 2022.", "2024-03-19",
     "18 months ago", "2022"),
]

CONSISTENT = [
    # the base is before the count
    "Producer prices three years ago fell to 2.1 pct from 4.7 pct in 2020.",
    "Crude prices rose 2.6 pct two months ago after a 10.0 pct December rise.",
    # the count is the base, not the period compared
    "Output rose in 2023 from 4.1 mln tonnes two years ago.",
    # a clause break between the count and the comparison
    "The plant opened two years ago, and output rose from 2021 levels.",
]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_counted_periods(text: str, published: str, words: str, related: str) -> None:
    report = flagger.analyze(text, published=published, select="T107")
    assert (words, related) in [(text[f.start : f.end], f.related[0].text)
                                for f in report.findings if "not before it" in f.message]


@pytest.mark.parametrize("text", CONSISTENT)
def test_base_before_count(text: str) -> None:
    report = flagger.analyze(text, published="2024-03-13", select="T107")
    assert not [f for f in report.findings if "not before it" in f.message]
