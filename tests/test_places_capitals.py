"""F101: the ways news names a capital, each with a wrong and a right city of our own writing."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.places import detect
from flagger.report.finding import Finding


def capital_findings(text: str, published: date | None = date(2024, 5, 2)) -> list[Finding]:
    doc = annotate(Article(text, published=published))
    return [f for f in detect(doc) if f.rule == "F101"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The talks were held in Istanbul on Tuesday. Officials in the Turkish capital said little.",
         "the capital is Ankara"),
        ("Fans gathered in France's capital Marseille for the parade.", "the capital is Paris"),
        ("Thatcher met Chancellor Kohl in the German capital Munich on Monday.",
         "the capital is Berlin"),
    ],
)
def test_messages_name_the_capital_in_english(text: str, named: str) -> None:
    (finding,) = capital_findings(text)
    assert named in finding.message


def test_a_dated_capital_is_named_as_it_was_then() -> None:
    text = "Thatcher met Chancellor Kohl in the German capital Munich on Monday."
    (finding,) = capital_findings(text, date(1987, 3, 24))
    assert "the capital was then Bonn" in finding.message


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Patients in Pakistan were admitted in the federal capital Lahore on Monday.", True),
        ("Patients in Pakistan were admitted in the federal capital Islamabad on Monday.", False),
        ("Voters in Brazil met in the national capital Sao Paulo on Monday.", True),
    ],
)
def test_federal_or_national_capital_means_the_country_s(text: str, flagged: bool) -> None:
    assert bool(capital_findings(text)) is flagged
