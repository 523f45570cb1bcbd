"""A base that names the period the article reports (temporal/reported_bases.py)."""

from __future__ import annotations

import pytest

import flagger

# (text, published, the base flagged, the reported period related)
CONFLICTS = [
    ("Gold reserves rose to 45.9 bln crowns in May from 44.0 bln in April, against 41.2 bln in "
     "May 2023. Net reserves rose to 38.3 bln from 30.1 bln in April, compared with 36.0 bln in "
     "May this year.", "2024-06-04", "May this year", "May"),
    ("Car sales rose 12 pct in the first quarter from 1.1 mln units in the first quarter of "
     "last year. Truck sales reached 240,000, up from 215,000 in the same period this "
     "year.", "2024-04-20", "the same period this year", "first quarter"),
    # no period compared: the figure is this year's
    ("Car sales in the week to March 7 rose to 3,501 from 2,578 at the same time this year.",
     "2024-03-12", "the same time this year", None),
]

CONSISTENT = [
    # the base is the year before
    ("Gold reserves rose to 45.9 bln crowns in May from 44.0 bln in April. Net reserves rose to "
     "38.3 bln from 30.1 bln in April, compared with 36.0 bln in May last year.", "2024-06-04"),
    # the later sentence names its own period
    ("Gold reserves rose to 45.9 bln crowns in May from 44.0 bln in April. In June they may "
     "reach 47 bln, against 45.9 bln in May this year.", "2024-06-04"),
    # a plan is compared with the outcome of its own period
    ("Exports rose to 4.1 bln in May from 3.9 bln in April. Imports of 3.2 bln were below the "
     "3.5 bln projected for May this year.", "2024-06-20"),
    # a period of another year compared
    ("Car sales next year should rise to 3,900 from 3,500 in the same period this year.",
     "2024-03-12"),
    # in January "this year" may still be the year just ended
    ("Sales rose to 9.1 bln in December from 8.7 bln in November. Services reached 2.1 bln, "
     "against 2.0 bln in December this year.", "2024-01-10"),
]


def _flagged(text: str, published: str) -> list[tuple[str, str | None]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text if f.related else None)
            for f in report.findings
            if f.rule == "T101" and "compared with itself" in f.message]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_reported_bases(text: str, published: str, words: str, related: str | None) -> None:
    assert (words, related) in _flagged(text, published)


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_bases(text: str, published: str) -> None:
    assert _flagged(text, published) == []
