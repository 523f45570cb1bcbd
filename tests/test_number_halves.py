"""N102 fractions in words and splits in percent: "more than half", "the remaining R percent"."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def messages(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f.message for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers shipped 3.1 mln tonnes, more than half the 7.4 mln tonnes sold last year.",
        "The first offer was $9bn - less than half of the $15bn the board hopes for.",
        "More than half (38%) of the members voted for the plan.",
        "A majority, 44 percent, backed the mayor.",
        "The club plays a 30-match season, about a quarter of the usual 64.",
        "The venture is owned 60 percent by the city and the remaining 30 percent by a bank.",
        "A levy of 10 percent falls on 40 percent of the profit, with the remaining 55 percent "
        "taxed as income.",
    ],
)
def test_a_fraction_or_split_the_figures_contradict_is_flagged(text: str) -> None:
    assert messages(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Farmers shipped 4.1 mln tonnes, more than half the 7.4 mln tonnes sold last year.",
        "The first offer was $7bn - less than half of the $15bn the board hopes for.",
        "More than half (50%) of the members voted for the plan.",
        "Less than half (50%) of the members voted for the plan.",
        "A majority, 54 percent, backed the mayor.",
        "The club plays a 16-match season, about a quarter of the usual 64.",
        "The venture is owned 60 percent by the city and the remaining 40 percent by a bank.",
        "A levy of 10 percent falls on 40 percent of the profit, with the remaining 60 percent "
        "taxed as income.",
        # several parts before the rest, and changes that are no parts
        "The city holds 30 percent, a bank holds 20 percent and the remaining 50 percent trades.",
        "Sales rose 12 percent, and the remaining 40 percent of the shops closed.",
    ],
)
def test_fractions_and_splits_that_fit_are_not_flagged(text: str) -> None:
    assert messages(text) == [], text


def test_shares_of_another_statement_are_not_what_the_rest_completes() -> None:
    text = ("The plan gives a combined 20 percent stake to two firms, while the chairman said "
            "the remaining 60 percent will go to the public.")
    assert messages(text) == []


def test_the_other_share_may_be_of_another_whole() -> None:
    text = ("The top tenth will get 90.5 percent of the cuts. The remaining 9.5 percent go to the "
            "other 90 percent of the people.")
    assert messages(text) == []


def test_the_finding_points_at_the_fraction_words() -> None:
    text = "The club plays a 30-match season, about a quarter of the usual 64."
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    found = [f for f in detect(doc) if f.rule == "N102"]
    assert [s.text for s in found[0].related] == ["64", "about a quarter"]


def test_the_rest_may_complete_the_one_share_of_the_sentence_before() -> None:
    text = ("The holding company owns 70 percent of the bottling venture. A state fund controls "
            "the remaining 40 percent of the venture.")
    assert messages(text) == ["the remaining 40 percent after 70 percent: 100 less 70 leaves 30"]


@pytest.mark.parametrize(
    "text",
    [
        "The holding company owns 70 percent of the bottling venture. A state fund controls "
        "the remaining 30 percent of the venture.",
        "The group's stake in its bottling arm will rise to 89 percent. It keeps the remaining "
        "40 percent of the brewing unit.",
        "The holding company owns 70 percent of the bottling venture. A state fund controls "
        "the remaining 40 percent of the brewer.",
        "The fund owns 10 percent and a bank 20 percent of the venture. Its founder holds the "
        "remaining 40 percent of the venture.",
        "STATE TO SELL REMAINING 25 PCT STAKE IN BREWER. The state will sell its remaining 25 "
        "pct stake in the brewer.",
    ],
)
def test_a_share_of_another_whole_or_of_several_is_not_completed(text: str) -> None:
    assert messages(text) == [], text


def test_a_majority_of_a_group_with_its_share_after_the_group() -> None:
    assert messages("A majority of tenants (46%) say the rent is too high.") != []
    assert messages("A majority of tenants (57%) say the rent is too high.") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The majority of tenants asked (48%) say the rent is too high.", True),
        ("A slim majority (49%) of the council backed the ferry plan.", True),
        ("The majority of tenants asked (58%) say the rent is too high.", False),
        ("A slim majority (51%) of the council backed the ferry plan.", False),
        ("The majority leader, 53, backed the ferry plan.", False),
    ],
)
def test_the_majority_and_a_qualified_majority_with_their_share(text: str, flagged: bool) -> None:
    assert bool(messages(text)) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "accounting for" a fraction of a whole told by whose it is, given as a floor
        ("The county now has nearly 9,800 confirmed infections — accounting for about a "
         "quarter of the region's more than 20,000.", True),
        ("The county now has nearly 9,800 confirmed infections — accounting for about half of "
         "the region's more than 20,000.", False),
        ("The county now has 9,800 confirmed infections — accounting for about a third of "
         "Ontario's 30,000.", False),
        ("The county now has 9,800 confirmed infections — accounting for about half of "
         "Ontario's 30,000.", True),
    ],
)
def test_a_part_accounting_for_a_fraction_of_an_owned_whole(text: str, flagged: bool) -> None:
    assert bool(messages(text)) is flagged, text
