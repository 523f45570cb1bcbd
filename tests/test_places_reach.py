"""F102 placements reached past a word that is not the place: an owner before the city, an
airport named by its city, a region between city and country, a region after the country, and a
comma before "in"."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.places import detect


def rules(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2015, 5, 2)))
    return [f.rule for f in detect(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carmaker will retool Acme's Hermosillo, Peru, factory next year.", ["F102"]),
        ("The carmaker will retool Acme's Hermosillo, Mexico, factory next year.", []),
        ("She studied at St Andrew's University, Scotland, before the war.", []),
        ("The film of the Sorcerer's Stone in Canada drew crowds.", []),
        ("Jets were grounded at Frankfurt Airport, Poland on Monday.", ["F102"]),
        ("Jets were grounded at Frankfurt Airport, Germany on Monday.", []),
        ("Jets were grounded at Heathrow Airport, Poland on Monday.", []),
        ("The mill belongs to a firm of Monterrey, Nuevo Leon, Chile, its owners said.", ["F102"]),
        ("The mill belongs to a firm of Monterrey, Nuevo Leon, Mexico, its owners said.", []),
        ("The mill belongs to a firm of Monterrey, Texas, Chile, its owners said.", []),
        ("Nurses worked in Wuhan in Vietnam's central Hubei Province for weeks.", ["F102"]),
        ("Nurses worked in Wuhan in China's central Hubei Province for weeks.", []),
        ("Nurses worked in Wuhan in Vietnam's biggest hospital for weeks.", []),
        ("The plane landed at Osaka airport, in southern Korea, in a storm.", ["F102"]),
        ("The plane landed at Osaka airport, in western Japan, in a storm.", []),
        ("Her paintings hang in Osaka, in Korea and in Peru.", []),
    ],
)
def test_reached_places(text: str, expected: list[str]) -> None:
    assert rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She spoke from Cape Town in Kenya, where she was on tour.", ["F102"]),
        ("She spoke from Cape Town in South Africa, where she was on tour.", []),
        ("Troops were sent into Mosul in Syria last year.", ["F102"]),
        ("Cargo passes through the largest port, Rotterdam, in Belgium, each day.", ["F102"]),
        # a capital also names its government; a small town may have a small namesake
        ("Support from Moscow in Syria grew.", []),
        ("He flew from Kaya in Uganda.", []),
    ],
)
def test_a_large_city_is_a_place_after_more_words(text: str, expected: list[str]) -> None:
    assert rules(text) == expected
