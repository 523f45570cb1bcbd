"""T107: a step of a schedule whose count runs past the end of the next step, on our own
sentences."""

from __future__ import annotations

import flagger


def _flagged(text: str) -> list[str]:
    report = flagger.analyze(text, published="2021-02-01", select="T")
    return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]


def test_a_first_step_that_leaves_the_next_no_time() -> None:
    text = ("The loan carries 3.5 pct for three years from March 1, 2021, rising to 4.25 pct "
            "until March 2024 and five pct after that.")
    assert _flagged(text) == ["three years"]
    assert _flagged(text.replace("three years", "two years")) == []


def test_months_and_years_alone() -> None:
    assert _flagged("Rent is fixed for 24 months from 2021, then rising by 2 pct until "
                    "2022.") == ["24 months"]
    assert _flagged("Rent is fixed for 12 months from 2021, then rising by 2 pct until "
                    "2023.") == []


def test_an_extension_its_old_and_new_ends_contradict() -> None:
    text = ("The ministry extended its lease with the U.K. Firm Acme for {n} months, it said. "
            "The lease, due to expire this May 31, was extended until the end of 2022.")
    assert _flagged(text.format(n="six")) == ["six months"]
    assert _flagged(text.format(n="19")) == []
