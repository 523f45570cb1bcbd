"""T107: "N years later" that opens its sentence, counted from the date last told to the date
of its clause; on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_fronted_later_dates_the_clause_after_its_comma() -> None:
    told = "The town began work on the two bridges in 1990. "
    assert _t107(told + "Twelve years later, the first bridge opened in May 2008.") == [
        "Twelve years later"]
    assert _t107(told + "Eighteen years later, the first bridge opened in May 2008.") == []


def test_later_inside_a_clause_stays_cut_by_its_comma() -> None:
    told = "The town began work on the two bridges in 1990. "
    assert _t107(told + "The council met, twelve years later, and the bridge opened in "
                 "May 2008.") == []
