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


def test_a_year_just_before_the_count_is_where_it_lands() -> None:
    told = "The judge was removed from the bench in 2003. "
    assert _t107(told + "In 2012, five years later, he won his seat back.") == [
        "five years later"]
    assert _t107(told + "In 2012, nine years later, he won his seat back.") == []
    assert _t107("The mill shut in 1971. In 1965, four years earlier, it had been sold.") == [
        "four years earlier"]
    assert _t107("The mill shut in 1971. In 1967, four years earlier, it had been sold.") == []


def test_a_dozen_and_a_decade_are_counts() -> None:
    assert _t107("He ran for mayor in 2015, a dozen years ago, and lost.") == ["a dozen years ago"]
    assert _t107("He ran for mayor in 2013, a dozen years ago, and lost.") == []
    assert _t107("He ran for mayor in 2000, a decade ago, and lost.") == ["a decade ago"]


def test_counts_of_decades_grain_ago() -> None:
    assert _t107("The mill opened in 1990, a quarter-century ago.") == ["a quarter-century ago"]
    assert _t107("The mill opened in 2000, a quarter-century ago.") == []
    assert _t107("The mill opened in 1990, half a century ago.") == ["half a century ago"]
    assert _t107("The mill opened in 1977, half a century ago.") == []
    assert _t107("The mill opened in 1975, a century ago.") == ["a century ago"]
    assert _t107("The mill opened in 1825, two centuries ago.") == []
    assert _t107("The mill opened in 2015, about half a decade ago.") == [
        "about half a decade ago"]
