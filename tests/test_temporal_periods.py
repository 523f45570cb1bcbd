"""Relative periods against the dates beside them: a period compared with itself, and a
relative year or month glossed by an explicit date of another period."""

from __future__ import annotations

import pytest

import flagger

# (text, published, flagged words, related words)
CONFLICTS = [
    # A change "from" one period "to" the same period.
    ("Unemployment rose from 5.1 pct of the workforce in 2024 to last year's 5.6 pct.",
     "2025-05-14", "last year", "2024"),
    # The month is named with "this year" and compared with the same month as "last month".
    ("Stocks at the start of last month were 320,000 tonnes, against 288,000 tonnes at the "
     "start of April this year.", "2025-05-14", "the start of last month", "the start of April this year"),
    # The same comparison without a new clause between the two years.
    ("Imports cut output by 0.9 pct in 2024, less than last year.", "2025-05-14",
     "last year", "2024"),
    # Hard-wrapped copy: the comparison runs over a line break.
    ("Shipments rose 12 pct to 1,190 tonnes last month from 1,067 tonnes in\nApril 2025.",
     "2025-05-14", "last month", "April 2025"),
]

CONSISTENT = [
    # The comparison is with the nearer date; the explicit one names the period again.
    ("Spending will rise this year to 130 mln from 98 mln last year, with 77 mln of the 2025 "
     "amount set for the mine.", "2025-05-14"),
    # A question ends the sentence before the year it seems to be compared with.
    ("If everyone postpones to next year, will more people marry on a day other than "
     "Saturday?\n\nIn 2026, there are many dates.", "2025-05-14"),
    # "Than" opens a comparison in a new clause with its own verb: "last year" is set against
    # that clause's own year, not against the 2024 of the clause before.
    ("Imports will add 0.4 pct to output this year, after cutting it by 0.9 pct in 2024, "
     "while farm exports will add less to output than they did last year.", "2025-05-14"),
    # From one year to another.
    ("Unemployment rose from 5.1 pct in 2023 to last year's 5.6 pct.", "2025-05-14"),
]


def _t101(text: str, published: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text) for f in report.findings
            if f.rule == "T101"]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_period_conflicts(text: str, published: str, words: str, related: str) -> None:
    assert _t101(text, published) == [(words, related)]


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_periods(text: str, published: str) -> None:
    assert _t101(text, published) == []


# (text, published, flagged words, related words)
GLOSSES = [
    ("Earlier this month (March, 2025) the mill stopped its second line.", "2025-04-24",
     "Earlier this month", "March, 2025"),
    ("The class will be honoured at next year's induction festivities on July 25, 2027.",
     "2025-04-29", "next year", "July 25, 2027"),
]

GLOSSES_CONSISTENT = [
    ("The class will be honoured at next year's induction festivities on July 25, 2026.",
     "2025-04-29"),
    # The year is read with the noun after it: a topic, not the date of the festivities.
    ("Last year's report on 2019 emissions was late.", "2025-04-29"),
    ("Earlier this month (April 3, 2025) the mill stopped its second line.", "2025-04-24"),
]


@pytest.mark.parametrize(("text", "published", "words", "related"), GLOSSES)
def test_gloss_conflicts(text: str, published: str, words: str, related: str) -> None:
    assert _t101(text, published) == [(words, related)]


@pytest.mark.parametrize(("text", "published"), GLOSSES_CONSISTENT)
def test_consistent_glosses(text: str, published: str) -> None:
    assert _t101(text, published) == []


def test_from_to_in_another_clause_is_not_a_change_between_the_two() -> None:
    text = ("Growth slows to 1.7 pct this year from two pct in 2024 and prices rise to 1.2 "
            "pct after last year's fall.")
    assert _t101(text, "2025-02-26") == []


def test_a_from_far_before_the_compared_date_is_another_phrase() -> None:
    text = ("Income from oil sales had\ndropped to 7.2 bln dlrs in 2024, down 45 pct from last\n"
            "year's 13.3 bln.")
    assert _t101(text, "2025-03-24") == [("last\nyear", "2024")]


@pytest.mark.parametrize(("text", "published", "words", "related"), [
    ("The rate is put at 1.80 marks this year and 1.70 in 2025, the institute said.",
     "2025-03-09", "this year", "2025"),
    ("The mill will saw 100,000 logs this year and 250,000 logs in 2025, it said.",
     "2025-03-09", "this year", "2025"),
    ("It may grow about 70 mln dlrs in calendar 2026, or about 15 pct for this year.",
     "2025-03-17", "this year", "calendar 2026"),
])
def test_coordinated_and_restated_periods(text: str, published: str, words: str,
                                          related: str) -> None:
    assert _t101(text, published) == [(words, related)]


@pytest.mark.parametrize("text", [
    "The rate is put at 1.80 marks this year and 1.70 in 2026, the institute said.",
    "The mill will saw 100,000 logs this year and 250,000 logs in 2026, it said.",
    "It may grow about 70 mln dlrs in calendar 2025, or about 15 pct for this year.",
])
def test_coordinated_and_restated_periods_that_agree(text: str) -> None:
    assert _t101(text, "2025-03-09") == []


def test_a_point_of_a_period_is_not_the_period() -> None:
    text = ("The 2024 budget deficit was revised down to 141 bln from the estimate at the end "
            "of last year of 143 bln.")
    assert _t101(text, "2025-03-13") == []


def test_a_year_that_labels_another_quantity_is_not_the_period_compared() -> None:
    text = "GDP grew by just two pct last year, compared with an initial 2024 target of 2.5 pct."
    assert _t101(text, "2025-03-23") == []


@pytest.mark.parametrize(("text", "published", "flagged"), [
    ("The brewer expects 2024 profits to fall below last year's record.", "2025-03-05", True),
    ("The brewer expects 2025 profits to fall below last year's record.", "2025-03-05", False),
    ("It put 2024 sales at 3 bln, a 5 pct increase over last year.", "2025-03-05", True),
    ("It put 2025 sales at 3 bln, a 5 pct increase over last year.", "2025-03-05", False),
    ("Sales grew two pct last year, compared with the 2024 sales goal of three pct.",
     "2025-03-05", False),
])
def test_a_result_labelled_with_the_same_year_it_is_compared_with(
        text: str, published: str, flagged: bool) -> None:
    assert bool(_t101(text, published)) == flagged


@pytest.mark.parametrize(("text", "published", "flagged"), [
    # two periods listed for one act, or in sequence, that name one year twice
    ("House prices are expected to rise next year and in 2026, the agency said.",
     "2025-12-19", True),
    ("House prices are expected to rise next year and in 2027, the agency said.",
     "2025-12-19", False),
    ("Its earnings would drift lower this year and then rise modestly in 2025.",
     "2025-03-30", True),
    ("Its earnings would drift lower this year and then rise modestly in 2026.",
     "2025-03-30", False),
    ("Sales fell this year and profits rose sharply in 2025.", "2025-03-30", False),
    # a change from one period's figure to another's
    ("The count rose from last year's 5 million to 5.2 million in 2024, the society said.",
     "2025-11-30", True),
    ("The count rose from last year's 5 million to 5.2 million in 2025, the society said.",
     "2025-11-30", False),
    # a range for one period, then another figure: still two values for one period
    ("Analysts see prices from 65 to 68 cts this year and 70 to 73 cts in 2025.",
     "2025-03-17", True),
    ("Analysts see prices from 65 to 68 cts this year and 70 to 73 cts in 2026.",
     "2025-03-17", False),
])
def test_periods_listed_or_in_sequence(text: str, published: str, flagged: bool) -> None:
    assert bool(_t101(text, published)) == flagged


@pytest.mark.parametrize(("text", "published", "flagged"), [
    # "two years ago" is a calendar year, as "last year" is
    ("Growth reached 5.3 pct two years ago, up from 4.1 pct in 2023.", "2025-04-01", True),
    ("Growth reached 5.3 pct two years ago, up from 4.1 pct in 2022.", "2025-04-01", False),
    # "a year ago" may count back from the report's own period
    ("Reserves at end-2024 were 70 bln, down from 70.9 bln a year ago and 71.75 bln in 2024.",
     "2025-03-18", False),
])
def test_years_ago_compared_with_the_same_year(text: str, published: str, flagged: bool) -> None:
    assert bool(_t101(text, published)) == flagged
