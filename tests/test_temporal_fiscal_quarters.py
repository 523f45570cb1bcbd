"""A quarter numbered against the fiscal year the article states
(temporal/fiscal_quarters.py)."""

from __future__ import annotations

import pytest

import flagger

# (text, published, the quarter's number flagged, the fiscal year end related)
CONFLICTS = [
    ("Acme Inc said it expects a loss for the third quarter ending March 31 and for the fiscal "
     "year ending Sept 30, 2024.", "2024-03-12", "third", "fiscal year ending Sept"),
    ("Its fiscal year ends June 30. Net income for the first quarter ended December 31 rose to "
     "4.1 mln dlrs.", "2024-02-02", "first", "fiscal year ends June"),
]

CONSISTENT = [
    ("Acme Inc said it expects a loss for the second quarter ending March 31 and for the "
     "fiscal year ending Sept 30, 2024.", "2024-03-12"),
    # a quarter off the fiscal year's grid: a changed year or a 13-week period
    ("Acme said its fiscal year ends June 30 and its third quarter ended February 28.",
     "2024-03-12"),
    # two fiscal year ends: two companies
    ("Acme's fiscal year ends June 30 and Beta's fiscal year ends March 31; Beta's first "
     "quarter ended June 30.", "2024-08-01"),
]


def _flagged(text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text) for f in report.findings
            if f.rule == "T101" and f.related and "quarter" in f.message]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_fiscal_quarters(text: str, published: str, words: str, related: str) -> None:
    assert (words, related) in _flagged(text, published)


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_quarters(text: str, published: str) -> None:
    assert _flagged(text, published) == []
