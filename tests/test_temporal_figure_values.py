"""One figure given two values for one year (temporal/figure_values.py)."""

from __future__ import annotations

import pytest

import flagger

# (text, published, flagged words, related words)
CONFLICTS = [
    ("The mill wants outlays well above last year's 12.5 mln dlrs. In 2023, its spending "
     "totalled 14.1 mln dlrs.", "2024-03-05", "2023", "last year's 12.5 mln"),
    ("Traders see the 2024 surplus far below last year's record 6.2 billion dlrs. In 2023 "
     "the surplus was 4.9 billion dlrs.", "2024-05-10", "2023", "last year's record 6.2 billion"),
    # "this year's" read in the year of publication, one sentence between
    ("Growth is slowing from this year's 3.1 pct, the bank said. Prices rose too. Its 2024 "
     "growth of 2.4 pct was the lowest in a decade.", "2024-11-20", "2024", "this year's 3.1 pct"),
]

CONSISTENT = [
    # one value, rounded
    ("The mill wants outlays well above last year's 12.5 mln dlrs. In 2023, its spending "
     "totalled 12.48 mln dlrs.", "2024-03-05"),
    # another measure
    ("The mill wants outlays well above last year's 12.5 mln dlrs. In 2023, its sales "
     "totalled 14.1 mln dlrs.", "2024-03-05"),
    # another year
    ("The mill wants outlays well above last year's 12.5 mln dlrs. In 2022, its spending "
     "totalled 14.1 mln dlrs.", "2024-03-05"),
    # a target is another figure of the year
    ("The mill wants outlays well above last year's 12.5 mln dlrs. In 2023, its spending "
     "target was 14.1 mln dlrs.", "2024-03-05"),
    # a percentage and an amount
    ("Exports grew from last year's 4.2 pct. In 2023 exports were 9.1 billion dlrs.",
     "2024-03-05"),
    # a written figure that is itself a comparison
    ("The mill wants outlays well above last year's 12.5 mln dlrs. In 2023, its spending "
     "rose from 9 mln dlrs to a level of 14.1 mln dlrs.", "2024-03-05"),
    # too far away
    ("The mill wants outlays well above last year's 12.5 mln dlrs. It said so. It hired. "
     "In 2023, its spending totalled 14.1 mln dlrs.", "2024-03-05"),
]


def _t101(text: str, published: str) -> list[tuple[str, str | None]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text if f.related else None)
            for f in report.findings if f.rule == "T101"]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_figure_value_conflicts(text: str, published: str, words: str, related: str) -> None:
    assert _t101(text, published) == [(words, related)]


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_figures(text: str, published: str) -> None:
    assert _t101(text, published) == []


def test_the_message_gives_both_values() -> None:
    report = flagger.analyze(CONFLICTS[0][0], published="2024-03-05", select="T")
    (finding,) = report.findings
    assert "12.5 mln" in finding.message and "14.1 mln" in finding.message
    assert finding.severity == "warning"
