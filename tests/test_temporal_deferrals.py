"""A deferral that moves payments to the year they were already due
(temporal/deferrals.py)."""

from __future__ import annotations

import pytest

import flagger

# (text, published, the year flagged, the year related)
CONFLICTS = [
    ("The treasury seeks to postpone all interest due to foreign lenders in 2025 until next "
     "year.", "2024-03-13", "next year", "2025"),
    ("The company will defer principal payments maturing in 2024 to this year, it said.",
     "2024-05-02", "this year", "2024"),
]

CONSISTENT = [
    ("The treasury seeks to postpone all interest due to foreign lenders in 2024 until next "
     "year.", "2024-03-13"),
    # no payments due: the year is when the talks happen
    ("The treasury postponed talks held in 2025 until next year.", "2024-03-13"),
    # a clause break: the second year belongs to another act
    ("The treasury postponed the bond sale, which was due in 2025, to next year.",
     "2024-03-13"),
]


def _flagged(text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text) for f in report.findings
            if f.rule == "T101" and f.related and "deferred" in f.message]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_deferrals(text: str, published: str, words: str, related: str) -> None:
    assert (words, related) in _flagged(text, published)


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_deferrals(text: str, published: str) -> None:
    assert _flagged(text, published) == []
