"""T104 on a date set between a past verb and its object ("opened on March 26 Colonial Hill
Apartments"), which dates the verb whatever follows."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-03-20"


@pytest.mark.parametrize(("text", "flagged"), [
    ("The company said it opened on March 26 Colonial Hill Apartments in Tenn.", True),
    ("Norvale Ltd said it repurchased on March 27 310,000 of its shares.", True),
    ("The company said it opened on March 12 Colonial Hill Apartments in Tenn.", False),
    ("The story published at 2050 GMT is withdrawn.", False),
])
def test_a_date_between_a_past_verb_and_its_object(text: str, flagged: bool) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]
