"""F102: a city put in a region of another country ("Monterrey, Bavaria"), read from the regions
of `regions.json` as the states of the US, Canada and Australia are."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.places import detect
from flagger.detectors.places.gazetteer import REGIONS, load


def messages(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2015, 5, 2)))
    return [f.message for f in detect(doc) if f.rule == "F102"]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("The plant in Monterrey, Bavaria, opened on Monday.", "Bavaria (Germany)"),
        ("He moved to Munich, Sonora, last year.", "Sonora (Mexico)"),
        ("The firm opened an office in Lyon, Catalonia.", "Catalonia (Spain)"),
        ("Factories in Pune, Guangdong, closed for a week.", "Guangdong (China)"),
        ("NAGOYA, Tuscany (Reuters) - Shares fell.", "Tuscany (Italy)"),
        ("The talks were held in Seville, Lower Saxony, on Friday.", "Lower Saxony (Germany)"),
    ],
)
def test_a_city_in_a_region_of_another_country_is_flagged(text: str, region: str) -> None:
    found = messages(text)
    assert len(found) == 1
    assert f"placed in {region}" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The plant in Munich, Bavaria, opened on Monday.",
        "He moved to Hermosillo, Sonora, last year.",
        "The firm opened an office in Barcelona, Catalonia.",
        "Rain fell in Lahore, Punjab, on Monday.",  # Punjab: India and Pakistan
        "Rain fell in Amritsar, Punjab, on Monday.",
        "He was born in Dresden, Bavaria.",  # another region of the same country: not judged
        "The talks in Monterrey, Nuevo Leon, Mexico, ended.",
        "In Paris, Hidalgo, the mayor, spoke.",  # a person's name is no region
        "Liverpool beat Barcelona, Bayern and Juventus.",
        "Rain fell in Kinshasa, Zaire, on Monday.",  # a former country, not Angola's province
        "Troops in Lviv, Galicia, waited.",  # a region across borders in history
    ],
)
def test_a_city_in_its_own_region_or_a_name_of_another_kind_is_not_flagged(text: str) -> None:
    assert messages(text) == []


def test_a_region_between_city_and_country_is_read_past() -> None:
    assert messages("The talks in Monterrey, Nuevo Leon, Spain, ended.") == [
        "Monterrey is placed in Spain, but it lies in Mexico"]


def test_the_regions_are_terms_of_their_countries_and_the_choice_is_recorded() -> None:
    gaz = load()
    assert gaz.terms["Bavaria"] == ("DE:BY",)
    assert gaz.terms["Punjab"] == ("IN:PB", "PK:PB")
    assert gaz.region("Bavaria") and not gaz.region("Texas") and not gaz.region("Germany")
    for name in ("Georgia", "Victoria", "Galicia", "Zaire", "Guerrero", "Tokyo", "Central"):
        assert not gaz.region(name) or name in ("Georgia", "Victoria")  # country or AU state
        assert name not in json.loads(REGIONS.read_text(encoding="utf-8"))["terms"]
    data = json.loads(REGIONS.read_text(encoding="utf-8"))
    assert "8 million" in data["choice"] and "LGPL" in data["licence"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm bought a Minas Gerais, Argentina, mining concern.",
         ["Minas Gerais is placed in Argentina, but it is a region of Brazil"]),
        ("Floods hit Bavaria, Austria, on Monday.",
         ["Bavaria is placed in Austria, but it is a region of Germany"]),
        ("The firm bought a Minas Gerais, Brazil, mining concern.", []),
        ("Floods hit Punjab, Pakistan, on Monday.", []),
        ("Floods hit Punjab, India, on Monday.", []),
        ("Floods hit France, Spain and Bavaria, Italy.", []),  # a list of places
        ("In Bavaria, Austria said it would act.", []),  # the country opens a clause
    ],
)
def test_a_region_put_in_another_country_is_flagged(text: str, expected: list[str]) -> None:
    assert messages(text) == expected


def test_the_attribution_rules_do_not_read_a_region_as_a_place() -> None:
    from flagger.detectors.attribution.placenames import is_place

    assert not is_place("Aragon said so.", 0, 6)  # a region, and a surname
    assert is_place("Argentina said so.", 0, 9)
