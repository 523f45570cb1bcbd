"""F101 antecedents a bare "the French capital" reaches: a city after a capitalised opener
("In Nice last week"), a dateline, and never a month read as a town ("March 29")."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.places import detect
from flagger.report.finding import Finding


def findings(text: str, rule: str = "F101") -> list[Finding]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f for f in detect(doc) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("In Nice last week, the commission launched its media plan. It will run for years. "
         "Its scope is wide. More than 120 experts were in the French capital to hear it.",
         "Nice"),
        ("GENEVA (Reuters) - The rights chief on Thursday condemned hateful posts. He spoke "
         "for an hour. He said so in a speech in the Swiss capital.", "GENEVA"),
        ("The singer postponed his concert in Amsterdam on Monday. Fans were angry. The show "
         "moves to Wednesday, March 29. He plays the Belgian capital on Tuesday night.",
         "Amsterdam"),
    ],
)
def test_a_bare_capital_reaches_its_city(text: str, antecedent: str) -> None:
    found = findings(text)
    assert [r.text for f in found for r in f.related] == [antecedent]


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Lawmakers met on Thursday. Protests went on in the U.S. capital.",
        "In Nice last week, the commission met. Then the ministers flew to Paris. "
        "Talks in the French capital went on.",
        "GENEVA (Reuters) - The envoy left for Bern on Monday. Talks in the Swiss capital began.",
        "The singer plays Amsterdam on Monday. He moves to Brussels, then plays the Belgian "
        "capital again in May.",
    ],
)
def test_no_alarm_when_the_capital_is_named(text: str) -> None:
    assert findings(text) == []


def test_a_city_state_is_a_country() -> None:
    text = "Phone makers met at the congress in Cannes, Monaco, last week."
    assert [text[f.start:f.end] for f in findings(text, "F102")] == ["Monaco"]
    assert findings("The race in Monte Carlo, Monaco, was won by a Briton.", "F102") == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Iran reported an offensive east of Iran's southern city of Basra.", "Basra"),
        ("The Commission will meet in the West German city of Strasbourg on Monday.",
         "Strasbourg"),
    ],
)
def test_a_city_a_country_owns_or_names(text: str, city: str) -> None:
    (found,) = findings(text, "F102")
    assert [r.text for r in found.related] == [city]


def test_a_country_owning_its_own_city_is_quiet() -> None:
    assert findings("Iraq's southern city of Basra was shelled.", "F102") == []
    assert findings("The talks moved to the West German city of Bonn.", "F102") == []
