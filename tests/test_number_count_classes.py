"""N101: one group named by another noun of its class, a family counted with a possessive, a
figure recalled as "that N figure", and what stays unlinked. Texts written by us."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.detectors.numbers.classes import kind
from flagger.report.finding import Finding


def count_findings(text: str) -> list[Finding]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f for f in detect(doc) if f.rule == "N101"]


def flagged_words(text: str) -> list[str]:
    return [text[f.start : f.end] for f in count_findings(text)]


def test_heads_of_one_class() -> None:
    assert kind("peacekeepers") == kind("troops") == kind("soldiers")
    assert kind("kids") == kind("children")
    assert kind("ministers") == "ministers"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the same event, its victims named by another noun of one class
        ("Riots broke out after seven Dutch peacekeepers were killed in the raid. The army "
         "flew home the bodies of the six Dutch soldiers on Friday.", "six"),
        # a part of the people an event befell cannot outnumber them
        ("Two people were killed when a car bomb went off near the market. \"The car bomb "
         "exploded at noon, killing four civilians,\" a police officer said.", "four"),
        # people on board a craft are one fixed count
        ("Rescuers are searching for a fishing boat with five people aboard that vanished off "
         "the cape. Divers found no sign of the boat or the seven people on board.", "seven"),
        # an arrest told with another verb
        ("Agents detained four men near the port. Officials said the three men they "
         "apprehended were carrying forged papers.", "three"),
    ],
)
def test_one_group_under_another_noun(text: str, flagged: str) -> None:
    assert flagged in flagged_words(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a smaller part of the people killed may be some of them
        "Five people were killed when a car bomb went off near the market. Police said the "
        "blast killed three civilians.",
        # another class altogether
        "Two soldiers were killed in the ambush. Medics said the ambush killed three "
        "villagers.",
        # soldiers of different modifiers are different groups
        "Nine French soldiers were killed in the raid. The six Irish troops killed in the raid "
        "were buried.",
    ],
)
def test_parts_and_other_groups_stay_unlinked(text: str) -> None:
    assert count_findings(text) == [], text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The couple have three children together. They spent the summer in Spain with their "
         "four children.", True),
        ("She and her husband share six kids. Friends said she wants to keep their five "
         "children out of the press.", True),
        # some of the family picked out
        ("The couple have three children. Their two children from her first marriage live "
         "abroad.", False),
        ("The singer has four children. Their two children born in Paris attend school there.",
         False),
    ],
)
def test_a_family_counted_with_a_possessive(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


def test_a_count_inside_the_words_after_another_is_read() -> None:
    text = ("Crowds gathered after the May 3 killings of five villagers near the dam. Mourners "
            "buried all seven villagers killed near the dam.")
    assert "seven" in flagged_words(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Officials estimate that about 40,000 homes lost power in the storm. That 30,000 "
         "figure does not include the islands.", "30,000"),
        ("The survey found that 12 million adults skip breakfast. The figure of 15 million "
         "surprised the authors.", "15 million"),
    ],
)
def test_a_recalled_figure_that_differs(text: str, flagged: str) -> None:
    assert flagged in flagged_words(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the same figure, rounded
        "Officials estimate that 40,120 homes lost power. That 40,000 figure does not include "
        "the islands.",
        # two candidates: which one is recalled is unknown
        "About 40,000 homes lost power on Monday and 30,000 on Tuesday. That 30,000 figure is "
        "the lowest.",
        # no figure of that size before
        "Crews restored power to most homes. That 30,000 figure is a record, the utility said.",
        # a percentage or a year is not the figure recalled
        "Turnout was 40 percent in 1998. That 30 percent figure was a low.",
    ],
)
def test_a_recalled_figure_with_no_single_other_antecedent(text: str) -> None:
    assert count_findings(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Citizens from the 36 countries need a permit. The rules apply to the 38 countries in "
        "the scheme.",
    ],
)
def test_from_is_no_comparison_without_a_change(text: str) -> None:
    # the later "the 38 countries" is restricted by "in the scheme": it may be another set
    assert count_findings(text) == [], text


def test_two_groups_picked_out_by_different_words_stay_apart() -> None:
    text = ("Pilgrims threw stones at three pillars that stand for temptation. The journey is "
            "one of the five pillars of the faith.")
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Reporters interviewed three nurses who worked the night shift. All four of the "
         "nurses said the ward was understaffed.", True),
        ("Police found three hikers who had been lost for a week. The four hikers, all of "
         "whom were unhurt, were flown home.", True),
        # a part of the whole, not the whole
        ("Reporters interviewed five nurses who worked the night shift. Three of the nurses "
         "said the ward was understaffed.", False),
        # a sentence-opening "The N X" gives back the bare count before it
        ("Police found three hikers on Monday. The four hikers were flown home.", True),
        # unless a member was added between, or the later is a few of them
        ("Police found three hikers on Monday. A fourth hiker was found on Tuesday. The four "
         "hikers were flown home.", False),
        ("Police found four hikers on Monday. The two hikers were flown home.", False),
        # inside a sentence too, nothing between telling of a fourth
        ("Police found three hikers on Monday. Rangers flew the four hikers home.", True),
    ],
)
def test_the_whole_group_said_with_all(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


def test_the_day_of_an_embedded_post_is_no_other_scene() -> None:
    text = ("Gunmen killed four people at the station on Saturday. Officials urged calm.\n\n"
            "Terrible news from the station — Ann Lee (@annlee) May 4, 2024 Six people were "
            "killed at the station, police said.")
    assert "Six" in flagged_words(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a count of people whose noun is unsaid, opening its sentence
        ("Fire swept through the market overnight. At least nine have died. Officials said "
         "six people died in the fire.", True),
        # the same, the other clause of the later sentence telling of others
        ("Fire swept through the market overnight. At least nine have died. Six people have "
         "died in the fire, officials said; another 40 were treated for burns.", True),
        # inside a sentence an unsaid noun is often a part of a group
        ("Twelve people were killed in the fire. Of the twelve, five were killed in the "
         "market.", False),
        # the same sentence may tell of two scenes when the other clause holds the count
        ("Fire swept through the market overnight. At least nine have died. Six people died "
         "in another fire; officials were at the market.", False),
    ],
)
def test_a_count_of_people_with_the_noun_unsaid(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


def test_one_conviction_told_two_ways() -> None:
    text = ("Lawyers recalled the jailing of 11 people for the bombing of the depot. The "
            "apology came decades after 13 people were wrongly convicted of the bombing.")
    assert "13" in flagged_words(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Kenya, Uganda and Tanzania signed the pact on Monday. The four countries will share "
         "a customs office.", True),
        ("Kenya, Uganda, Tanzania and Rwanda signed the pact, and the three countries will "
         "share an office.", True),
        # two names may leave out a third the story is about
        ("Kenya and Uganda signed the pact, and the three countries will share an office.",
         False),
        # the list is a part of the counted countries
        ("Kenya, Uganda and Tanzania are among the 10 countries with the fastest growth.",
         False),
        # a country besides the list is named
        ("Egypt hosted talks where Kenya, Uganda and Tanzania signed the pact. The four "
         "countries will share an office.", False),
        # the list and the count agree
        ("Kenya, Uganda and Tanzania signed the pact. The three countries will share an "
         "office.", False),
        # no list: two names apart are no list
        ("Kenya signed the pact after talks in Uganda. The three countries will share an "
         "office.", False),
    ],
)
def test_a_named_list_counted_again(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


@pytest.mark.parametrize(
    "text",
    [
        # a possessive family count links only to a family counted before
        "The charity flew 100 children to the camp. He said he loves his five kids.",
        # the day in the other clause of the sentence still sets the scene apart
        "Officials said 107 people died on Monday. From May 10 to 12, new cases were found in "
        "the region; 94 people died.",
    ],
)
def test_no_family_before_and_a_day_in_another_clause(text: str) -> None:
    assert count_findings(text) == [], text
