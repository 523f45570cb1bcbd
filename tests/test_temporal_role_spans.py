"""T107: how long a person has held a role against the year they took it, on our own
sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "1990-03-20"
FILLER = " Trading was quiet. The index rose."


def _spans(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]


def test_count_against_the_year_the_role_began() -> None:
    text = ("Ivo Kern, 58, who has served as president for 30 years, will retire." + FILLER
            + " Kern joined the guild as president in 1975.")
    assert _spans(text) == ["30 years"]


def test_count_that_fits_is_quiet() -> None:
    text = ("Ivo Kern, 58, who has served as president for 15 years, will retire." + FILLER
            + " Kern joined the guild as president in 1975.")
    assert _spans(text) == []


def test_an_earlier_role_is_not_the_start() -> None:
    text = ("Ivo Kern, 58, who has served as president for 30 years, will retire." + FILLER
            + " Kern became vice president in 1975.")
    assert _spans(text) == []


def test_a_bound_is_quiet_when_it_holds() -> None:
    text = ("Ivo Kern, who has been chairman for more than 10 years, will retire." + FILLER
            + " Kern was named chairman in 1975.")
    assert _spans(text) == []
