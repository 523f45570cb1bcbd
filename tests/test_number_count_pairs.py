"""N101: "both" counts a pair that a later count of the same group may contradict."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.report.finding import Finding


def count_findings(text: str) -> list[Finding]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f for f in detect(doc) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Both judges spoke to the panel on Monday. The board later praised all three judges.",
         "three"),
        ("The pair were sacked, but both coaches denied wrongdoing. All four coaches have since "
         "found new clubs.", "four"),
        ("Both novels divided the critics. Apart from these three novels, few books sold well.",
         "three"),
    ],
)
def test_a_pair_counted_again_as_more_is_flagged(text: str, words: str) -> None:
    found = count_findings(text)
    assert found, text
    assert text[found[0].start : found[0].end] == words
    assert found[0].related[0].text.casefold() == "both"


@pytest.mark.parametrize(
    "text",
    [
        # "both … and" joins two things
        "Both nurses and doctors were praised. All three nurses had worked nights.",
        "Both pilots or crew may be asked. The three pilots declined to comment.",
        # another member is told of between
        "Both climbers reached the top. A third climber joined them, and all three climbers "
        "came down safely.",
        # a pair named after a larger group: the pair may be two of them
        "Three engineers were hired. Both engineers from Leeds started in May.",
        # the same value
        "Both firms agreed. The two firms will merge next year.",
    ],
)
def test_pairs_that_are_no_conflict(text: str) -> None:
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "words", "listed"),
    [
        ("The three firms named in the claim are Arden Oil, Bexley Gas, Corran Power and Dunmore "
         "Coal.", "three", "Arden Oil, Bexley Gas, Corran Power and Dunmore Coal"),
        ("It staged 14 races in those six inland states - Ohio, Iowa, Utah, Idaho and Kansas - "
         "that year.", "six", "Ohio, Iowa, Utah, Idaho and Kansas"),
        ("The mayor toured Leeds and York, the three cities hit by the floods.", "three",
         "Leeds and York"),
        ("Talks covered the four provinces of Alba, Brava and Corta.", "four",
         "Alba, Brava and Corta"),
    ],
)
def test_a_count_beside_a_list_of_another_number_of_names(
    text: str, words: str, listed: str
) -> None:
    found = count_findings(text)
    assert found, text
    assert text[found[0].start : found[0].end] == words
    assert found[0].related[0].text == listed


@pytest.mark.parametrize(
    "text",
    [
        "The three firms named in the claim are Arden Oil, Bexley Gas and Corran Power.",
        # items told with places: a semicolon list
        "The three banks are: First Bank, Ohio; Second Bank, Texas; and Third Bank, Maine.",
        # a part of the group, or words between the names
        "The four firms, including Arden Oil and Bexley Gas, will bid.",
        "The four banks are Arden Bank, based in Leeds, and Bexley Bank.",
        # a list that does not end its clause
        "The five firms - Arden, Bexley and Corran among them - will bid.",
    ],
)
def test_lists_that_fit_or_are_no_roster(text: str) -> None:
    assert count_findings(text) == []


def test_a_sentence_told_twice_with_another_figure_is_flagged() -> None:
    text = ("Wind jobs. It is bad news. The wind industry has lost almost 300,000 jobs, or 12% of "
            "the workforce, since April, according to a study by a research firm.\n\nIt is bad "
            "news. The wind industry has lost almost 200,000 jobs, or 12% of the workforce, "
            "since April, according to a study by a research firm.")
    found = count_findings(text)
    assert [text[f.start : f.end] for f in found] == ["200,000"]


def test_a_parallel_sentence_since_another_day_is_not_flagged() -> None:
    text = ("Wind jobs. It is bad news. The wind industry has lost almost 300,000 jobs, or 12% of "
            "the workforce, since April, according to a study by a research firm.\n\nThe solar "
            "trade has lost almost 200,000 jobs, or 9% of its staff, since May, a survey found.")
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dealers said the three banks were cutting credit lines. All four banks declined to "
         "comment on Friday.", True),
        ("Dealers said the three banks were cutting credit lines. All four banks invited to bid "
         "will hear on Friday.", False),
    ],
)
def test_a_verb_before_to_is_no_clause_picking_some_out(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Inspectors shut two clinics in the town. The same three clinics reopened in May.",
         True),
        ("Inspectors shut two clinics in the town. The three clinics reopened in May.", False),
    ],
)
def test_the_same_points_at_the_whole_group(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Unlike Arden and Bexley, the three banks said profits would fall.",
        "It has five working groups: Trade and Jobs; Health and Care; Schools; Housing; Parks.",
    ],
)
def test_a_subject_after_a_list_or_a_list_of_lists_is_no_roster(text: str) -> None:
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The motion passed after the 192-member assembly was briefed by the envoy. Then the "
         "191-member assembly was told to wait.", True),
        ("A three-judge panel narrowed the ban in May. The same five-judge panel heard the case "
         "again.", True),
        ("A 12-member jury heard the case. The 15-member board met on Friday.", False),
        ("The 12-day talks ended in May. The 10-day talks in June went better.", False),
    ],
)
def test_bodies_counted_by_their_members(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Three of the 12 coastal towns - Arden, Bexley and Corran - have cut fares.",
        "The two-star homes had 30% of the cases. The five-star homes had 6% of them.",
        "It wants four-party talks, but three-party talks should go on first.",
    ],
)
def test_parts_ratings_and_formats_are_no_counts_to_set_against(text: str) -> None:
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Police arrested five former managers on fraud charges. A spokesman said the six "
         "arrested would appear in court.", True),
        ("Police detained four traders in the hunt for debtors. The three detained were put "
         "under guard.", True),
        ("Police arrested 12 protesters at the square. Witnesses said the three arrested in "
         "the park were teenagers.", False),
        ("Police arrested 12 people on Monday. On Friday the three arrested were freed.", False),
        ("Police arrested five former managers. He said six arrested men were later freed.",
         False),
    ],
)
def test_the_people_an_event_befell_with_their_noun_unsaid(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "the N X" below the floor a bare earlier count gave the whole group
        ("More than 30 nurses marched to the hall on Friday. Organisers said the 20 nurses "
         "would return next week.", True),
        ("Guards found over 300 rifles in the depot. The 50 rifles had been stolen from an "
         "army base.", True),
        # a clause after it picks some of them out
        ("More than 30 nurses marched to the hall on Friday. The 20 nurses who spoke were "
         "from the north.", False),
        # above the floor: still the whole
        ("More than 30 nurses marched to the hall. The 35 nurses sang.", False),
        # an exact earlier count gives no floor: a smaller "the" count may be a part
        ("Thirty nurses marched to the hall. The 20 nurses wore red.", False),
    ],
)
def test_a_definite_count_below_an_earlier_floor(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text


def test_a_part_told_between_is_no_floor_conflict() -> None:
    text = ("More than 30 nurses marched to the hall. Twenty of them slept there. The 20 nurses "
            "left at dawn.")
    assert count_findings(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "other" and a modifier before the noun: the list after it is still read
        ("The fund gave money to five other local charities: Arden Trust, Bexley Aid and Corran "
         "Care.", True),
        ("The fund gave money to three other local charities: Arden Trust, Bexley Aid and Corran "
         "Care.", False),
    ],
)
def test_a_list_after_other_and_a_modifier(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged, text
