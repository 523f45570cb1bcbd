"""One month's year-ago base given two years (temporal/year_bases.py)."""

from __future__ import annotations

import pytest

import flagger

# (text, published, the base flagged, the base related)
CONFLICTS = [
    ("The trade gap grew in May to 640 mln crowns from 75 mln crowns in April and 310 mln "
     "crowns in May last year. Sales abroad slipped to 9.2 billion crowns, against 9.6 billion "
     "in April and 9.4 billion in May 2022.", "2024-06-16", "May 2022", "May last year"),
    ("Output dropped 2.8 pct in April compared with the same month last year. Truck output was "
     "1,140 units in April, down from 1,860 in the same 2022 month.", "2024-05-20",
     "the same 2022 month", "the same month last year"),
    # a base listed after a figure with a thousands comma
    ("Copper output fell to 27,400 tonnes in May from 28,100 in April and 33,995 in May 2022. "
     "Stocks rose to 6,400 tonnes from 5,100 in May last year.", "2024-06-16", "May 2022",
     "May last year"),
    # the year-ago year from a base written with it, in another sentence reporting the month
    ("May imports were 9.2 bln against 9.4 bln in April and 9.9 bln in May, 2023. May exports "
     "were 10.4 bln against 9.8 bln in April and 10.1 bln in May, 2022.", "2024-06-20",
     "May, 2022", "May, 2023"),
    # a year-on-year change dates its own base
    ("Figures for May show the index at 83.2, a year-on-year rise of 9.7 pct from 75.8 in "
     "May 2022.", "2024-06-16", "May 2022", "May 2022"),
]

CONSISTENT = [
    # the two bases name one year
    ("The gap widened in May from 310 mln crowns in May last year. Sales abroad slipped to 9.2 "
     "billion, against 9.4 billion in May 2023.", "2024-06-16"),
    # the writer compares two years on purpose: the year "last year" names is written too
    ("Sales rose in May from 4.1 bln in May last year. They compare with 3.9 bln in May 2023 "
     "and 3.2 bln in May 2022.", "2024-06-16"),
    # two years compared on purpose, both written in one sentence
    ("May imports were 9.2 bln against 9.4 bln in May 2023. May exports were 10.4 bln against "
     "10.1 bln in May 2023 and 9.9 bln in May 2022.", "2024-06-20"),
    # a two-year step the writer names
    ("Sales rose in May from 4.1 bln in May last year. Over two years they rose from 3.2 bln "
     "in May 2022.", "2024-06-16"),
    # a month not yet begun: "December last year" may count from the December
    ("Prices rose in December from 2.1 pct in December last year and 1.9 pct in December "
     "2021.", "2024-02-10"),
]


def _flagged(text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text) for f in report.findings
            if f.rule == "T101" and f.related and "year-ago base" in f.message]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_year_bases(text: str, published: str, words: str, related: str) -> None:
    assert (words, related) in _flagged(text, published)


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_bases(text: str, published: str) -> None:
    assert _flagged(text, published) == []
