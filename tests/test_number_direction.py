"""N102 direction: a verb of direction whose two levels go the other way."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import N102
from flagger.detectors.numbers.direction import direction


def flagged(text: str) -> list[tuple[str, str, str, str]]:
    doc = annotate(Article(text, published=date(1990, 3, 1)))
    return [
        (doc.text[f.start:f.end], f.related[0].text, f.related[1].text, f.severity)
        for f in direction(doc, N102)
    ]


@pytest.mark.parametrize(
    ("text", "verb", "new", "old"),
    [
        ("Mill output declined to 4,870 from 4,215 in the year.", "declined", "4,870", "4,215"),
        ("Fees were cut to 2.4 billion crowns from 310 mln.", "cut", "2.4 billion", "310 mln"),
        ("The lending rate rose to 7.125 pct from 7.25 pct.", "rose", "7.125 pct", "7.25 pct"),
        ("The deposit rate was 5.40 pct on Friday, up from 5.55.", "up", "5.40 pct", "5.55"),
        ("The quarterly payout was raised to 40 cts from 55 cts.", "raised", "40 cts", "55 cts"),
        ("The interbank rate was 6.12/10, down from 6.02/05.", "down", "6.12", "6.02"),
    ],
)
def test_levels_against_the_verb_are_flagged(text: str, verb: str, new: str, old: str) -> None:
    assert flagged(text) == [(verb, new, old, "error")]


@pytest.mark.parametrize(
    ("text", "verb", "new", "old"),
    [
        ("Group pre-tax profit fell to 310 mln after 290 mln in 1988.", "fell", "310 mln",
         "290 mln"),
        ("Sales rose to 41 mln dlrs after 44 mln dlrs a year earlier.", "rose", "41 mln", "44 mln"),
        ("Volume climbed to 2.31 mln lots in June, up from 2,480,112 a year before.", "up",
         "2.31 mln", "2,480,112"),
        ("Net income jumped to 4,120,000 dlrs for the half ended June 30 from 6.4 mln dlrs.",
         "jumped", "4,120,000", "6.4 mln"),
        ("The board reported an increase in its reserve for claims from 640 mln dlrs to 610 "
         "mln dlrs.", "increase", "610 mln", "640 mln"),
        ("The fee was lowered from 12 pct to 15 pct.", "lowered", "15 pct", "12 pct"),
    ],
)
def test_other_orders_and_bases_are_read(text: str, verb: str, new: str, old: str) -> None:
    assert flagged(text) == [(verb, new, old, "error")]


@pytest.mark.parametrize(
    "text",
    [
        "Group pre-tax profit fell to 310 mln after 290 mln of charges were taken in 1988.",
        "Output fell to 12 mln tonnes after storms in May.",
        "Sales rose to 41 mln dlrs after 44 days of strikes.",
        "Volume climbed to 2.31 mln lots in June, up from 480,112 a year before.",
        "Prices were cut on models ranging from 100 dlrs to 200 dlrs.",
        "Stocks fell sharply, with the index down by from 10 to 12 points.",
        "The team rose from 10th to 3rd in the table.",
        "The board reported an increase in its reserve for claims from 610 mln dlrs to 640 mln.",
    ],
)
def test_other_orders_and_bases_that_agree_or_are_no_levels(text: str) -> None:
    assert flagged(text) == []


def test_each_pair_a_verb_governs_is_read() -> None:
    text = "Charges are reduced to 3.1 billion from 2.9 mln, and to 2.7 billion from 3.5 billion."
    assert [(new, old) for _, new, old, _ in flagged(text)] == [("3.1 billion", "2.9 mln")]
    text = "Charges are reduced to 3.1 billion from 3.9 billion, to 2.7 billion from 2.5 mln."
    assert [(new, old) for _, new, old, _ in flagged(text)] == [("2.7 billion", "2.5 mln")]


def test_a_garbled_grouping_is_a_warning() -> None:
    assert flagged("Truck sales fell to 3,1210 from 3,305.") == [
        ("fell", "3,1210", "3,305", "warning")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mill output declined to 4,215 from 4,870 in the year.",
        "The lending rate rose to 7.3 from 7.25 pct.",
        "The lending rate fell to 7.25 pct from 7.2 pct.",  # 7.2 may be 7.25 rounded
        "The yen rose to 139 to the dollar from 151.",
        "The dollar fell to 139 yen from 151 yen.",
        "Sterling eased to 1.62 from 1.58 at the close.",
        "Orders rose to 8.2 billion from 1986.",
        "Orders rose to 8.2 billion from 1986's level.",
        "Output fell to 6-7 mln tonnes from 5 mln.",
        "The side improved to 4-1 from 3-2.",
        "Prices are up to 14 dlrs from 18 dlrs.",
        "Profit rose to 1.4 billion from 900.",
        "Profit fell to 800 mln from 1.3.",
        "The dividend was cut to 12 cts a share from 1.15.",
        "The rate was 6 pct in March, up from 9 mln dlrs.",
        "It sold 1,150 cars in the period ended May 21, up from 980.",
        "The rates rose to 12 percent and 6 percent, up from 8 percent and 7 percent.",
        "Assets stood at 9.1 billion marks, or 4.9 billion dlrs, up from 8.7 billion.",
        "Earnings were 2.1 mln dlrs, or 31 cts a share, up from 950,000 dlrs.",
    ],
)
def test_levels_that_may_agree_are_passed_over(text: str) -> None:
    assert flagged(text) == []


def test_a_pair_of_levels_is_no_level() -> None:
    assert flagged("The vote went 52 percent to 41 percent, up from 55 percent to 40 percent.") == []


def test_a_level_up_from_a_named_day_when_it_was_higher() -> None:
    text = ("There are 842 flu patients in city wards, up slightly from Tuesday, when 866 "
            "patients were in the wards.")
    assert [f[:3] for f in flagged(text)] == [("up", "842", "866")]
    assert flagged(text.replace("866", "816")) == []


@pytest.mark.parametrize(
    ("text", "verb", "new", "old"),
    [
        ("Rents would fall to 14 percent from 12 percent.", "fall", "14 percent", "12 percent"),
        ("The bank will reduce its forecast from 3.1% to 3.4%.", "reduce", "3.4%", "3.1%"),
        ("Analysts see a slight drop in profit to £41m from £36m.", "drop", "£41m", "£36m"),
        ("The gauge edged down in May to 98.4, from 97.1 in April.", "edged down", "98.4",
         "97.1"),
        ("Shipments were down four pct to 62 mln dlrs from 58 mln dlrs.", "down", "62 mln",
         "58 mln"),
        ("The index rose 0.8 pct to a preliminary 96.2 from 97.5.", "rose", "96.2", "97.5"),
        ("The issue was cut to 12 mln shares from the proposed 10 mln.", "cut", "12 mln",
         "10 mln"),
        ("It posted half-year earnings of 8.4 mln dlrs, down from 7.9 mln dlrs.", "down",
         "8.4 mln", "7.9 mln"),
        ("The city plans to take in 3,000 students, up from 4,200 last year.", "up", "3,000",
         "4,200"),
        ("A poll shows that 22% of drivers never use the lane, down from 17% in 2019.", "down",
         "22%", "17%"),
        ("The plant aims to produce 600 vans a week (up from its usual 750 a week).", "up", "600",
         "750"),
        ("Debt should fall to about 30 pct from about 25 pct.", "fall", "30 pct", "25 pct"),
        ("Sales decreased 6.2 pct to 3.41 billion dlrs, compared to 3.05 billion dlrs for the "
         "prior year.", "decreased", "3.41 billion", "3.05 billion"),
        ("Profit rose to 7.2 mln dlrs against 7.9 mln dlrs a year earlier.", "rose", "7.2 mln",
         "7.9 mln"),
        ("The gauge rose 1.5 pct to 88.1 from 89.6.", "rose", "88.1", "89.6"),
    ],
)
def test_the_verb_in_any_form_and_a_level_set_off(text: str, verb: str, new: str, old: str
                                                  ) -> None:
    assert flagged(text) == [(verb, new, old, "error")]


@pytest.mark.parametrize(
    "text",
    [
        "Bonuses go up to 14 percent from 12 percent of pay.",  # "up to": a bound
        "Debt should fall to about 26 pct from about 25 pct.",  # "about" both ways
        "Profit was 9.1 billion yen, or 61 mln dlrs, up from 8.7 billion yen.",
        "The firm has 120 staff and 40 agents, up from 45 agents.",
        "It made 1,150 cars in the period ended May 21, up from 980.",
        "Sales fell to 5.1 mln dlrs, compared with 4.6 mln dlrs at its rival.",  # no period
        "Support rose 4 percent to 45 percent from 49 percent.",  # a pair of shares
        "The firm cut the money for raises to 3.5 pct of pay from 5.5 pct.",  # a noun for a sum
        "The firm cut the money for increases to 3.5 pct of pay from 5.5 pct.",
    ],
)
def test_set_off_and_qualified_levels_that_may_agree(text: str) -> None:
    assert flagged(text) == []
