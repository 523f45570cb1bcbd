"""N101: a count with its noun left out ("All four are"), and a count whose enumeration names the
whole group ("The nine banks are A, B, … and I"), against the one group counted before."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect
from flagger.detectors.numbers.enumerated import listed
from flagger.report.finding import Finding


def count_findings(text: str) -> list[Finding]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f for f in detect(doc) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "words", "partner"),
    [
        ("The senator won three counties in 2016 and held them in 2020. All four are vital to "
         "her campaign.", "four", "three"),
        ("This week, 22 city councillors backed the plan - all 20 of them are Democrats.",
         "20", "22"),
        ("At least 15 rare paintings were taken from the museum. Guards said the alarm failed. "
         "All 12 were insured, the curator said.", "12", "15"),
        ("Two men broke into the garage at night. The owner heard a noise. He fired a warning "
         "shot, sending all three of them running.", "three", "Two"),
        ("Five students were expelled on Monday. The six of them had cheated, the dean said.",
         "six", "Five"),
    ],
)
def test_an_elided_count_contradicting_the_group_before(
    text: str, words: str, partner: str
) -> None:
    found = count_findings(text)
    assert found, f"N101 not found in {text!r}"
    assert text[found[0].start : found[0].end] == words
    assert found[0].related[0].text == partner


@pytest.mark.parametrize(
    "text",
    [
        # the same value, or within a bound
        "Police detained four protesters. All four were released on bail.",
        "At least nine boats sank in the storm. All 11 were fishing boats.",
        # two candidates, a partitive, a figure or others between
        "Three men and two women were arrested. All five were charged.",
        "Four of the five suspects were released. All four had alibis.",
        "Three men were arrested on Monday and two more on Tuesday. All five face charges.",
        "Two men were detained. A third man was held later. All three were charged.",
        "Smith, Jones, Brown and Lee were named. They robbed three banks. All four are in jail.",
        # a smaller "the N of them" or "The N are" may be a part of the group
        "Three men robbed the bank. The two of them who were armed fled.",
        "Five students were expelled. The two were caught cheating.",
        # too far back
        "Two firms bid. The board met. It heard the offers. It voted. It adjourned. All three "
        "were rejected.",
    ],
)
def test_an_elided_count_not_flagged(text: str) -> None:
    assert count_findings(text) == []


def test_an_enumeration_of_the_whole_group_is_no_subset() -> None:
    text = ("The firm owes money to 10 creditor banks. Talks go on. The nine banks are Alpha Bank, "
            "Beta Bank Ltd, Gamma NV, Delta Bank, Epsilon Corp, Zeta Bank, Eta Bank, Theta Bank "
            "and Iota Bank.")
    found = count_findings(text)
    assert found and text[found[0].start : found[0].end] == "nine"


@pytest.mark.parametrize(
    "text",
    [
        # a list of fewer names than the count: "the two banks" may be two of the ten
        "The firm owes money to 10 creditor banks. The two banks are Alpha Bank, Beta Bank "
        "and Gamma Bank.",
        "The firm owes money to 10 creditor banks. The two banks are expected to sue.",
    ],
)
def test_a_smaller_count_without_its_enumeration_stays_a_subset(text: str) -> None:
    # (two against three names is a finding of its own: rosters.py)
    assert [f for f in count_findings(text) if f.related[0].text == "10"] == []


@pytest.mark.parametrize(
    ("after", "items"),
    [
        (" are: Alpha Bank, with assets of 5 mln dlrs, Beta Bank and Gamma Bank.", 3),
        (" are a drug distributor, a small sports chain, and a catalog and toy store.", 3),
        (" were John Smith, 45, and Bob Jones, 38.", 2),
        (" are A.B. Corp, C.D. Corp and E.F. Corp.", 3),
        (" are expected to merge.", None),
        (" are Alpha Bank, Beta Bank, Gamma Bank.", None),
        (" are a good fit, analysts said, and Apple agreed.", None),
    ],
)
def test_listed_counts_the_items_of_a_closed_list(after: str, items: int | None) -> None:
    assert listed("The banks" + after, len("The banks")) == items


def test_teams_and_clubs_count_one_league() -> None:
    text = ("The league met the 20 football clubs on Friday. After the 22 teams voted, the league "
            "said it would lend money to lower divisions.")
    found = count_findings(text)
    assert found and text[found[0].start : found[0].end] == "22"
    assert found[0].related[0].text == "20"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The firm pays tax in the 45 states that have a sales tax. It pays in all 46 states that "
         "have a sales tax, a spokesman said.", True),
        ("The firm pays tax in the 45 states that have a sales tax. All 12 states that have a "
         "payroll tax exempt it.", False),
        ("Police held 30 people that night. All 12 people who were held overnight were freed.",
         False),
    ],
)
def test_the_same_relative_clause_describes_one_group(text: str, flagged: bool) -> None:
    assert bool(count_findings(text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "They show the child three photos: one of the four of them together.",
        "Pupils practise five subjects online. All three of these companies sell to schools.",
    ],
)
def test_a_noun_after_the_of_phrase_or_a_part_of_them_is_no_elided_count(text: str) -> None:
    assert count_findings(text) == []
