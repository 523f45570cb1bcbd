"""F101 and F102 readings added for held-out misses: "City in Country", lists closed by a
country, moves to or from a country, "X, capital of C", and gazetteer entries (small towns of a
unique name, German umlauts written out, territories of a country)."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.places import detect
from flagger.detectors.places.gazetteer import load


def rules(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2019, 5, 2)))
    return [f.rule for f in detect(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city, "in", a country, after a locative word or a place noun with "of"
        ("The actor is staying in the quiet harbour town of Cobh in Wales.", ["F102"]),
        ("The actor is staying in the quiet harbour town of Cobh in Ireland.", []),
        ("A lecturer at the University of Leeds in Scotland wrote the paper.", ["F102"]),
        ("A lecturer at the University of Leeds in England wrote the paper.", []),
        ("Ballots were stuffed in Samara in western Ukraine, observers said.", ["F102"]),
        ("Ballots were stuffed in Samara in western Russia, observers said.", []),
        # a locative word inside a name: the city ends the name
        ("He holds a degree of the Gulf University at Leeds in Qatar.", []),
        # a capital as a government, a country as an adjective or possessive: no placement
        ("The influence of Ankara in Syria grew this year.", []),
        ("Clashes erupted in Aleppo in Turkey-backed districts.", []),
        ("They met in Lyon in Spain's absence.", []),
        # lists: the item before a city decides whether the country closes a list
        ("Last spring, Graz, Switzerland, hosted the meeting.", ["F102"]),
        ("Ships called at Busan, South Korea and Keelung, Japan, last week.", ["F102"]),
        ("The tour took him to Lima, Bogota and Cusco, Ecuador, last week.", ["F102"]),
        ("The tour took him to Quito, Guayaquil and Cuenca, Ecuador, last week.", []),
        ("The tour took him to Quito, Cuenca and Cusco, Ecuador, last week.", []),
        ("Samples came from Ohio, Texas, Kansas, Lyon, Peru and the Netherlands. They tested.",
         []),
        ("He spoke to the Graz Policy Forum, Graz, Switzerland, in June.", ["F102"]),
        # territories lie in the country they belong to
        ("Protesters marched in Hong Kong, China on Sunday.", []),
        ("Protesters marched in Hong Kong, Japan on Sunday.", ["F102"]),
        # gazetteer: a small town of a unique name; German umlauts written out
        ("Leaders gathered in Davos, Austria, last week.", ["F102"]),
        ("Leaders gathered in Davos, Switzerland, last week.", []),
        ("Workers at the plant in Ruesselsheim, Austria, were told on Friday.", ["F102"]),
        ("Workers at the plant in Ruesselsheim, Germany, were told on Friday.", []),
    ],
)
def test_place_readings(text: str, expected: list[str]) -> None:
    assert rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders dined in Marseille, capital of France, on Tuesday.", ["F101"]),
        ("The leaders dined in Paris, capital of France, on Tuesday.", []),
        ("Herat, capital of Afghanistan's Herat province, was quiet.", []),
        ("He was told that the Swiss capital was also called Zurich by some.", ["F101"]),
        ("He was told that the Swiss capital was also called Bern by some.", []),
        # "from the 1980s" is no move
        ("He was at the Cannes film festival to launch a film. It covers his career from the "
         "1980s. He told reporters in the French capital that he was happy.", ["F101"]),
        ("He was at the Cannes film festival to launch a film. He then went from the festival "
         "to the French capital.", []),
        # a move from a country is no move between two cities
        ("The envoy arrived in Osaka on Friday from Seoul for a two-day stop in the Japanese "
         "capital.", []),
        ("The envoy arrived in Osaka on Friday from South Korea for a two-day stop in the "
         "Japanese capital.", ["F101"]),
    ],
)
def test_capital_readings(text: str, expected: list[str]) -> None:
    assert rules(text) == expected


def test_accented_namesakes_do_not_take_a_name_from_a_larger_city() -> None:
    gaz = load()
    assert gaz.country_of("Los Angeles") == "US"
    assert gaz.country_of("Dhaka") == "BD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "the capital" names another country's capital in a story about one country
        ("Bhutan held its vote on Monday. Bhutan's king voted early. Crowds in the capital, "
         "Kathmandu, were calm.", ["F101"]),
        ("Bhutan held its vote on Monday. Bhutan's king voted early. Crowds in the capital, "
         "Thimphu, were calm.", []),
        # the city's country named before, the city named before, or no country named most
        ("Bhutan held its vote on Monday. Bhutan's king and Nepal's envoy met. Crowds in the "
         "capital, Kathmandu, were calm.", []),
        ("Kathmandu sent envoys. Bhutan held its vote on Monday. Bhutan's king voted early. "
         "Crowds in the capital, Kathmandu, were calm.", []),
        ("Bhutan and Laos held votes on Monday. Crowds in the capital, Kathmandu, were calm.", []),
    ],
)
def test_a_bare_capital_is_the_capital_of_the_country_the_story_is_about(
    text: str, expected: list[str]
) -> None:
    assert rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city ten times larger than any namesake is judged, unless the story is about the
        # country of the namesake
        ("Police foiled a bomb attack in the Ukrainian city of St. Petersburg on Sunday.",
         ["F102"]),
        ("Police foiled a bomb attack in the Russian city of St. Petersburg on Sunday.", []),
        ("Officials in St. Petersburg said on Monday that the Russian capital was calm.",
         ["F101"]),
        ("Voters in the United States went to the polls. The United States counted fast. "
         "Officials in St. Petersburg said on Monday that the Russian capital was calm.", []),
    ],
)
def test_a_far_larger_city_wins_over_its_namesakes(text: str, expected: list[str]) -> None:
    assert rules(text) == expected
