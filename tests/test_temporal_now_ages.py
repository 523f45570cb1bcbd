"""T106: a person's age "now" against the age given at a dated time, on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2020-05-10"


def _ages(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [text[f.start : f.end] for f in report.findings if f.rule == "T106"]


def test_now_age_after_a_remembered_childhood() -> None:
    text = ("In March 1945, the family of six-year-old Ivo Lenz fled the town. "
            "Lenz, who is now 71, told the story to pupils.")
    assert _ages(text) == ["71"]


def test_ages_that_agree_are_quiet() -> None:
    text = ("In March 1945, the family of six-year-old Ivo Lenz fled the town. "
            "Lenz, who is now 81, told the story to pupils.")
    assert _ages(text) == []


def test_relatives_sharing_a_surname_are_quiet() -> None:
    text = ("In 1990 the 12-year-old Ana Lenz won a prize. Her aunt Eva Lenz watched. "
            "Lenz, now 25, coaches today.")
    assert _ages(text) == []
