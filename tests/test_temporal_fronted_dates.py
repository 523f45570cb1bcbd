"""T104 on a date that opens its clause, whatever word follows it ("On May 20 Acme said"),
and on a fronted date whose clause comes after an aside of speech ("On May 20, Acme said,
it signed ..."), through the whole pipeline, on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"


@pytest.mark.parametrize(("text", "words"), [
    ("On May 20 Norvale said it was seeking a listing in Oslo.", "May 20"),
    ("The bid lapsed, and on May 22 Norvale filed for protection.", "May 22"),
    ("Norvale has 9 mln shares out. On May 19, Norvale said, it signed a deal to sell the unit.",
     "May 19"),
    ("On May 2, the minister said, the plant will reopen.", "May 2"),
])
def test_a_fronted_date_times_the_clause_it_opens(text: str, words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words]


@pytest.mark.parametrize("text", [
    "On May 20 Norvale will list its shares in Oslo.",
    "On May 2 Norvale said it was seeking a listing in Oslo.",
    "On May 20, the minister said, the plant will reopen.",
    "On May 20, the minister said, the plant would reopen.",
])
def test_a_fronted_date_that_agrees_with_its_clause_is_not_flagged(text: str) -> None:
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()
