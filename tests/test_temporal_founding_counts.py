"""T107: a body's count of its own years against the founding year in the same sentence, on our
own sentences (published 2025)."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"


def _flagged(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


@pytest.mark.parametrize(("text", "said"), [
    ("The trust, founded in 2015 and marking its 20th anniversary this year, grew.",
     "its 20th anniversary"),
    ("Harbour Weekly, which turns 50 this year after its 1985 launch, said so.",
     "turns 50 this year"),
    ("The club, formed in 2001 and now in its 30th year, said so.", "now in its 30th year"),
    ("The choir celebrates its 30th birthday after its founding in 2005.", "its 30th birthday"),
])
def test_a_count_the_founding_year_rules_out(text: str, said: str) -> None:
    assert _flagged(text) == [said]


@pytest.mark.parametrize("text", [
    "The trust, founded in 2015 and marking its tenth anniversary this year, grew.",
    "Harbour Weekly, which turns 40 this year after its 1985 launch, said so.",
    "The club, formed in 2001 and now in its 25th year, said so.",
    # an anniversary of another event, or another year the count may run to
    "The trust, founded in 2015, marked the 20th anniversary of the flood.",
    "The trust, founded in 1990, marked its 20th anniversary in 2010.",
])
def test_a_fitting_or_unlinked_count_is_quiet(text: str) -> None:
    assert _flagged(text) == []
