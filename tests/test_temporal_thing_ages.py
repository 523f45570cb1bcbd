"""T107: the age of a thing against the date its own noun phrase gives it ("the 40-year-old
Harbour Act of 1940"); on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-03-14"


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_an_age_its_own_date_denies() -> None:
    assert _t107("The bid breaches the 40-year-old Harbour Pilots Act of 1960, the port said.") == [
        "40-year-old"]
    assert _t107("Figures reflect the nearly two-year-old May 2, 2024 two-for-one split.") == [
        "nearly two-year-old"]
    assert _t107("He criticised the decade-old 1994 fishing law on Monday.") == ["decade-old"]
    assert _t107("It will wind up the 14-year-old 50/50 Ardmore shipping venture Danish "
                 "company <Ardmore Lines Ltd>, formed in 1991.") == ["14-year-old"]


def test_an_age_that_fits_or_is_not_a_things() -> None:
    assert _t107("The bid breaches the 65-year-old Harbour Pilots Act of 1960.") == []
    assert _t107("Figures reflect the nearly one-year-old May 2, 2024 two-for-one split.") == []
    assert _t107("The 25-year-old 2012 Olympic champion won again.") == []
    assert _t107("In 1990 the then 30-year-old Harbour Act of 1960 was amended.") == []
