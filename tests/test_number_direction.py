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
