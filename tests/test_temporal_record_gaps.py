"""T107: one record told as a count of years and as "since" a year ("the worst drought in 25
years" ... "the worst drought since 1951"), on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2000-06-01"


def _gaps(text: str, title: str | None = None) -> list[tuple[str, str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, title=title, select="T")
    return [(f.rule, f.field, f.message) for f in report.findings if f.rule == "T107"]


def test_count_against_since_year() -> None:
    text = ("Farmers face the worst drought in 25 years, the ministry said. Rain fell twice. "
            "Forecasters called it the worst drought since 1951.")
    found = _gaps(text)
    assert [(rule, field) for rule, field, _ in found] == [("T107", "text")]
    assert "since 1951" in found[0][2] and "48–49 years" in found[0][2]


def test_headline_count_against_body_year() -> None:
    text = "It is the first time the pass has been closed since 1950. It opens in June."
    found = _gaps(text, title="Mountain pass closed for first time in a decade")
    assert [(rule, field) for rule, field, _ in found] == [("T107", "title")]


def test_count_that_fits_is_quiet() -> None:
    text = ("Farmers face the worst drought in 49 years, the ministry said. "
            "Forecasters called it the worst drought since 1951.")
    assert _gaps(text) == []


def test_rounding_words_are_bounds() -> None:
    fits = ("Lawmakers passed the first tax overhaul in more than 10 years. "
            "Supporters called it the first tax overhaul since 1986.")
    assert _gaps(fits) == []
    fails = ("Lawmakers passed the first tax overhaul in more than 20 years. "
             "Supporters called it the first tax overhaul since 1986.")
    assert len(_gaps(fails)) == 1


def test_year_reported_on_counts_too() -> None:
    text = ("Output had its worst year for 12 years in 1999, economists said. "
            "Officials said it was the worst year for output since 1987.")
    assert _gaps(text) == []


def test_different_records_are_quiet() -> None:
    text = ("Wheat fell to its lowest price in five years. "
            "Rice exports hit their lowest volume since 1951.")
    assert _gaps(text) == []


def test_count_across_a_wrapped_line() -> None:
    text = ("The state repaid debt for the first time since\n1952 thanks to a budget surplus. "
            "The surplus is the first\nachieved in the state in 25 years.")
    assert len(_gaps(text)) == 1


def test_another_superlative_after_a_comma_is_not_the_partner() -> None:
    text = ("Costs fell for the first quarterly decline in a year. "
            "Pay fell in the first quarter, the largest decline since 1951.")
    assert _gaps(text) == []
