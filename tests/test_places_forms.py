"""F101 and F102 forms: a day after a place, "the country's capital city of", lists of
city-country pairs, and a city's own region across the nations of the UK."""

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
        ("The writer went on trial in the Turkish capital Istanbul Friday.", ["F101"]),
        ("The writer went on trial in the Turkish capital Ankara Friday.", []),
        ("Troops rolled into the capital Kismayo Thursday.", ["F101"]),
        ("The summit met in the country's capital city of Busan.", ["F101"]),
        ("The summit met in the country's capital city of Seoul.", []),
        ("Patients were moved in Rio de Janeiro, Argentina May 14, 2020.", ["F102"]),
        ("Patients were moved in Rio de Janeiro, Brazil May 14, 2020.", []),
        ("Bombs hit embassies in Dar es Salaam, Kenya, and Nairobi, Kenya, in August.", ["F102"]),
        ("Bombs hit embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, in August.", []),
        ("They opened a printing plant in Manchester, Scotland with a partner.", ["F102"]),
        ("They opened a printing plant in Glasgow, Scotland with a partner.", []),
        ("They opened a printing plant in Manchester, England with a partner.", []),
    ],
)
def test_place_forms(text: str, expected: list[str]) -> None:
    assert rules(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plane flew to Hong Kong, Japan, Singapore, China, Brunei and London.",
        "The tour stops in Dublin, Sweden, Norway, Denmark and the Netherlands.",
    ],
)
def test_a_list_of_places_is_no_placement(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to launch", "far from flaunting" are no moves; the antecedent may be two sentences back
        ("The singer was at the Munich film festival to launch a film. The film tells his story. "
         "He told reporters in the German capital that he was happy.", ["F101"]),
        ("The board for the Lyon region launched ads that, far from flaunting museums, portray "
         "the French capital as trendy.", ["F101"]),
        ("The singer left Munich and went to the German capital.", []),
        ("The singer was in Munich on Monday before flying to the German capital.", []),
        # a dash form reads the city before the dash
        ("Troops filled the streets of Valparaiso – the Chilean capital – in October.", ["F101"]),
        ("Troops filled the streets of Santiago – the Chilean capital – in October.", []),
        # a rival city of that country two sentences back is not between
        ("Ministers agreed a new Baghdad security plan. Bombs exploded in a Mosul market. The "
         "devices went off in the centre of the Iraqi capital.", ["F101"]),
    ],
)
def test_capital_back_references(text: str, expected: list[str]) -> None:
    assert rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Johannesburg, the South African capital, was quiet on Monday.", ["F101"]),
        ("Pretoria, the South African capital, was quiet on Monday.", []),
        ("Cape Town, the South African capital, was quiet on Monday.", []),
    ],
)
def test_a_provincial_capital_is_not_the_countrys(text: str, expected: list[str]) -> None:
    # South Africa has three capitals; Johannesburg (Gauteng's seat) is none of them.
    assert rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb or a verb after "City, Country" in mid-clause ends the place
        ("The minister told reporters in Lyon, Belgium recently that talks would go on.",
         ["F102"]),
        ("The minister told reporters in Lyon, France recently that talks would go on.", []),
        ("Hopes of change in Kyoto, China were high that year.", ["F102"]),
        # ... but a clause may start at the country after a fronted phrase or a reporting verb
        ("After talks in Lyon, Belgium agreed to the plan.", []),
        ("The talks went on in Lyon, Belgium said.", []),
        ("He said that in Lyon, Belgium wanted more.", []),
        # a wrapped line that goes on in lower case: the country ended the place
        ("The pills will be made by a firm of Lyon, Belgium\nand sold here under a new name.",
         ["F102"]),
        ("The pills will be made by a firm of Lyon, Belgium\nOfficials said the plan was new.",
         []),
        # a country in brackets, and a city set beside a kind of place of a country
        ("The summit held in Lyon (Belgium) ended on Friday.", ["F102"]),
        ("The summit held in Lyon (France) ended on Friday.", []),
        ("He now works from Kyoto, a Chinese city.", ["F102"]),
        ("He now works from Kyoto, a Japanese city.", []),
        # a move to a city in a region of a country
        ("The minister flew to Kyoto in western China on Monday.", ["F102"]),
        ("The minister flew to Kyoto in western Japan on Monday.", []),
    ],
)
def test_place_endings_brackets_and_appositions(text: str, expected: list[str]) -> None:
    assert rules(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a month named like a town, then "the" and a country's newspaper
        "Frost hit the crops in late March, the China daily said.",
        # the last word of a longer name
        "The talks began in Punta del Este, Uruguay\nto free the trade in farm goods.",
        # a country in brackets after a name, not after a place something is in
        "The bank, through its unit Bank of Chicago (Canada) will invest in the firm.",
        "Team: A Lo Cicero (Italy), P de Villiers (France), J Yapp (Wales).",
        # a clause fronted by a preposition: the country starts the main clause
        "At the recent talks among the six nations in Paris, Japan promised a package.",
        "But as the rebels advanced on Kyoto, China moved to shore up the government.",
    ],
)
def test_names_and_fronted_clauses_are_no_placement(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The envoy had served in Moscow, Poland, East Germany and Austria.", False),
        ("Money came mainly from Hong Kong, Japan and the U.S., the bank said.", False),
        ("Money flowed in mainly from Hong Kong, Japan and the U.S..", False),
        ("Divers searched the harbour of Vera Cruz, Mexico, for the wreck.", False),
        ("The envoy had served in Moscow, Poland, for three years.", True),
    ],
)
def test_lists_of_countries_and_one_word_names_are_no_placements(text: str,
                                                                 flagged: bool) -> None:
    doc = annotate(Article(text, published=date(1987, 4, 1)))
    assert bool([f for f in detect(doc) if f.rule == "F102"]) is flagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hatch may run again\n\nSALT LAKE CITY, Canada (Reuters) - The senator spoke.", ["F102"]),
        ("Hatch may run again\n\nSALT LAKE CITY, Utah (Reuters) - The senator spoke.", []),
        ("Vaccine hub\n\nNew Delhi, Pakistan (Sputnik): India has recorded cases.", ["F102"]),
        ("Vaccine hub\n\nNew Delhi, India (Sputnik): India has recorded cases.", []),
    ],
)
def test_a_dateline_under_a_headline_names_its_whole_city(text: str, expected: list[str]) -> None:
    # the words of the headline's last line do not join the city's name on the next line
    assert rules(text) == expected
