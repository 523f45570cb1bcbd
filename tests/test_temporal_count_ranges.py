"""T107: a count of time against the two dates that bound it in its clause ("for three
years, from April 2021 to June 2022"); on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_count_then_its_range() -> None:
    assert _t107("Ruiz advised the port for three years, from April 2021 to June 2022, "
                 "filings show.") == ["three years"]
    assert _t107("Ruiz advised the port for 14 months, from April 2021 to June 2022, "
                 "filings show.") == []


def test_range_with_both_ends_included_fits() -> None:
    assert _t107("Ruiz advised the port for three years, from 2020 to 2022, filings show.") == []


def test_start_count_and_end() -> None:
    assert _t107("She was named to the board in May 2020 for a five-year term lasting "
                 "through 2027.") == ["five-year"]
    assert _t107("She was named to the board in May 2020 for a seven-year term lasting "
                 "through 2027.") == []


def test_shift_between_two_days() -> None:
    assert _t107("The club moved its annual dinner by two months to June 21 from the "
                 "previously scheduled May 28.") == ["two months"]
    assert _t107("The club moved its annual dinner by three weeks to June 18 from the "
                 "previously scheduled May 28.") == []


def test_dates_of_mixed_years_are_not_read() -> None:
    assert _t107("Ruiz advised the port for three years, from April to June 2022.") == []


def test_step_from_the_date_before() -> None:
    assert _t107("Tax checks would raise 41 billion in 2028 compared to 18 billion in 2021, "
                 "three years earlier.") == ["three years"]
    assert _t107("Tax checks would raise 41 billion in 2028 compared to 18 billion in 2021, "
                 "seven years earlier.") == []


def test_a_rate_is_no_span() -> None:
    assert _t107("Reserves rose by two billion dlrs a month between January and May.") == []
    assert _t107("Output will rise to 6.3 mln tonnes a year between 2020 and 2025.") == []
