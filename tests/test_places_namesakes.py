"""F101 and F102: names several countries' cities bear, capitals of countries that no longer
exist, and shapes the rules read (wrapped lines, a sentence-opening preposition, dates after a
place, a possessive before it)."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.places import detect
from flagger.detectors.places.gazetteer import load


def rules(text: str, published: date | None = date(2015, 5, 2)) -> list[str]:
    doc = annotate(Article(text, published=published))
    return [f.rule for f in detect(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court in Vancouver, Australia, heard the case on Monday.", ["F102"]),
        ("A court in Vancouver, Canada, heard the case on Monday.", []),
        ("A court in Vancouver, United States, heard the case on Monday.", []),
        ("The water crisis in Flint, Canada, went on for years.", ["F102"]),
        ("The water crisis in Flint, Wales, went on for years.", []),
        ("The plant will be built in Plymouth, Ireland, next year.", ["F102"]),
        ("The plant will be built in Plymouth, England, next year.", []),
        ("The singer was filmed in the Portuguese city of Barcelona last week.", ["F102"]),
        ("The singer was filmed in the Venezuelan city of Barcelona last week.", []),
        ("Studies so far, in Vancouver, Iceland and elsewhere, asked for volunteers.", []),
    ],
)
def test_a_name_of_several_countries_is_wrong_only_where_none_lies(
    text: str, expected: list[str]
) -> None:
    assert rules(text) == expected


def test_the_countries_of_a_name_s_places_are_kept() -> None:
    gaz = load()
    assert {"CA", "US"} <= set(gaz.namesakes("Vancouver"))
    assert gaz.namesakes("Ankara") == ()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Two marines served at the consulate in Leningrad, the Soviet capital, officials said.",
         date(1987, 4, 8), ["F101"]),
        ("Two marines served at the embassy in Moscow, the Soviet capital, officials said.",
         date(1987, 4, 8), []),
        ("The factory in Kiev, Soviet Union, made tractors.", date(1987, 4, 8), []),
        ("The fair in Leipzig, the East German capital, opened on Sunday.",
         date(1987, 3, 15), ["F101"]),
        ("The fair in Leipzig, East Germany, opened on Sunday.", date(1987, 3, 15), []),
        ("Crowds gathered in Berlin, the East German capital, on Sunday.", date(1987, 3, 15), []),
        ("Crowds gathered in Berlin, the East German capital, that night.", date(2009, 11, 9),
         []),
    ],
)
def test_a_country_that_no_longer_exists_keeps_its_capital(
    text: str, published: date, expected: list[str]
) -> None:
    assert rules(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flights ending in Rio de Janeiro, the Brazilian capital, Eastern\ncould add.",
         ["F101"]),
        ("Flights ending in Brasilia, the Brazilian capital, Eastern\ncould add.", []),
        ("Bankers in the Turkish capital of\nIstanbul expect more.", ["F101"]),
        ("Bankers in the Turkish capital of\nAnkara expect more.", []),
        ("In Mosul, the Iraqi capital, shops opened.", ["F101"]),
        ("In Baghdad, the Iraqi capital, shops opened.", []),
        ("The firm of Geneva,\nFrance, is acting as lead manager.", ["F102"]),
        ("The firm of Geneva,\nSwitzerland, is acting as lead manager.", []),
        ("The minister spoke in Lyon, Ireland, March 17, 2020.", ["F102"]),
        ("The minister spoke in Dublin, Ireland, March 17, 2020.", []),
        ("Who knew the Games were held in Glasgow, Wales?", ["F102"]),
        ("Who knew the Games were held in Glasgow, Scotland?", []),
        ("It is in talks on the sale of its Geneva, France operations.", ["F102"]),
        ("It is in talks on the sale of its Geneva, Switzerland operations.", []),
        ("He was repairing a mixer in the Vietnamese municipality of Chongqing.", ["F102"]),
        ("He was repairing a mixer in the Chinese municipality of Chongqing.", []),
        ("The airline will halt flights to Jeddah and Riyadh in Qatar from March.", ["F102"]),
        ("The airline will halt flights to Jeddah and Riyadh in Saudi Arabia from March.", []),
    ],
)
def test_shapes_of_a_place(text: str, expected: list[str]) -> None:
    assert rules(text) == expected


def test_a_country_term_inside_a_longer_one_is_not_read_again() -> None:
    text = "Talks were held in Busan, the South Korean capital, Xinhua reported."
    assert [m.group() for m in load().terms_in(text)] == ["South Korean"]
    assert rules(text) == ["F101"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The outbreak began in Wuhan. Police said the police kept watch in the Chinese capital.",
         ["F101"]),
        ("The outbreak began in Wuhan. Scientists at Rockefeller University studied samples "
         "in the Chinese capital.", ["F101"]),
        ("The outbreak began in Beijing. Police said the police kept watch in the Chinese capital.",
         []),
    ],
)
def test_a_word_that_only_looks_like_a_city_is_no_antecedent(
    text: str, expected: list[str]
) -> None:
    assert rules(text) == expected


def test_a_dateline_after_the_title_is_where_the_reporter_files_from() -> None:
    text = "Bars close again\n\nROME — South Korea's capital closed 2,000 bars on Saturday."
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union met in Pittsburgh, Ontario, on Monday.", ["F102"]),
        ("The team flew home to Calgary, Montana, after the game.", ["F102"]),
        ("The Texas city of Winnipeg voted on the plan.", ["F102"]),
        ("The union met in Pittsburgh, Pennsylvania, on Monday.", []),
        ("The union met in Windsor, Ontario, on Monday.", []),
        ("The team flew home to Paris, Texas, after the game.", []),
        ("Sales rose in Brisbane, New South Wales, a report said.", []),  # one country: not judged
        ("Toronto, the Ontario capital, is busy.", []),  # no capital of a province is judged
    ],
)
def test_a_city_placed_in_a_state_or_province_of_another_country_is_wrong(
    text: str, expected: list[str]
) -> None:
    assert rules(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left Calais, Vermont, at dawn.",  # a small namesake the table lacks
        "The rocket rose over Boca Chica, Texas, on Tuesday.",
        "Workers in Trenton, Nova Scotia, went on strike.",  # a namesake of 2,500 people
    ],
)
def test_a_city_of_a_far_country_in_a_state_is_a_namesake_not_an_error(text: str) -> None:
    assert rules(text) == []
