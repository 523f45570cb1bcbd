"""Time expressions: spans, types and values against a publication date (example tables)."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise

import pytest

from flagger.annotations.timex import TimeExpression, extract_dates
from flagger.annotations.timex.holidays import holiday
from flagger.annotations.timex.intervals import add_months, interval
from flagger.annotations.timex.patterns import FIRST_CHARS, RULES

PUBLISHED = date(2025, 5, 11)  # a Sunday


def only(text: str, published: date | None = PUBLISHED) -> TimeExpression:
    found = extract_dates(text, published)
    assert len(found) == 1, found
    return found[0]


VALUES = [
        ("The treaty was signed on 11 May 2025 in the capital.", "11 May 2025", "2025-05-11"),
        ("Voting closes May 15, 2025 at the latest.", "May 15, 2025", "2025-05-15"),
        ("The ministers meet again on May 15.", "May 15", "2025-05-15"),
        ("On May 11 the delegates arrived.", "May 11", "2025-05-11"),
        ("The file is dated 2025-05-15 in the archive.", "2025-05-15", "2025-05-15"),
        ("The bridge was closed in 2022 for repairs.", "2022", "2022"),
        ("The plan dates from the spring of 2022.", "the spring of 2022", "2022-SP"),
        ("Prices peaked in mid-2023.", "mid-2023", "2023"),
        ("The band was formed in the 1990s.", "the 1990s", "199"),
        ("Talks were interrupted in October last year.", "October last year", "2024-10"),
        ("The mayor resigned yesterday.", "yesterday", "2025-05-10"),
        ("The mayor resigns today.", "today", "2025-05-11"),
        ("The court will rule tomorrow.", "tomorrow", "2025-05-12"),
        ("The minister said on Tuesday that the deal was done.", "Tuesday", "2025-05-06"),
        ("The minister will travel on Tuesday.", "Tuesday", "2025-05-13"),
        ("Sales fell sharply last week.", "last week", "2025-W18"),
        ("Elections are due next month.", "next month", "2025-06"),
        ("Unemployment rose last year.", "last year", "2024"),
        ("The firm moved its offices three years ago.", "three years ago", "2022"),
        ("Turnout was lower earlier this year.", "earlier this year", "2025"),
        ("The rule will change next year.", "next year", "2026"),
        ("The factory was quiet this morning.", "this morning", "2025-05-11TMO"),
        ("The tower opened in the 20th century.", "the 20th century", "19"),
        ("Profits rose in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3"),
        ("The council met in the first half of 2023.", "the first half of 2023", "2023-H1"),
        ("Repairs lasted about a decade.", "a decade", "P10Y"),
        ("Rebuilding will take two and a half years.", "two and a half years", "P2.5Y"),
        ("The outage lasted 24 hours.", "24 hours", "PT24H"),
        ("The siege lasted for three years.", "three years", "P3Y"),
        ("Shares have fallen over the past two months.", "the past two months", "P2M"),
        ("It has been a two-year slog.", "two-year", "P2Y"),
        ("The bus leaves at 3 p.m. sharp.", "3 p.m.", "2025-05-11T15:00"),
        ("The update went out at 11:13.", "11:13", "2025-05-11T11:13"),
        ("Inspectors visit every week.", "every week", "P1W"),
        ("Inspectors visit every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The paper is printed daily.", "daily", "P1D"),
        ("The committee is now divided.", "now", "PRESENT_REF"),
        ("Winters have recently been mild.", "recently", "PAST_REF"),
        ("Fares rise again in the summer.", "the summer", "2025-SU"),
        ("The old mill closed last October.", "last October", "2024-10"),
        ("The mill will reopen in June.", "June", "2025-06"),
        ("The mill closed in June.", "June", "2024-06"),
        ("The fair will be held on January 20.", "January 20", "2026-01-20"),
        ("The fair was extended to May 20.", "May 20", "2025-05-20"),
        ("Shops close on Christmas Day.", "Christmas Day", "2024-12-25"),
        ("Easter 2024 was early.", "Easter 2024", "2024-03-31"),
        ("Thanksgiving will be quiet.", "Thanksgiving", "2025-11-27"),
        ("The café opened at noon Thursday.", "noon Thursday", "2025-05-08T12:00"),
        ("He left late yesterday.", "late yesterday", "2025-05-10"),
        ("Talks collapsed a decade earlier.", "a decade earlier", "2015"),
        ("It is busy right now.", "right now", "PRESENT_REF"),
        ("The budget is due by the end of the year.", "the end of the year", "2025"),
]


@pytest.mark.parametrize(("text", "span", "value"), VALUES)
def test_value(text: str, span: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.value) == (span, value)
    assert text[found.start : found.end] == found.text


def test_anaphoric_dates_count_from_the_previous_date() -> None:
    text = "The dam burst on 3 March 2019. The next day rescuers came, and that night it rained."
    found = extract_dates(text, PUBLISHED)
    assert [(f.text, f.value) for f in found] == [
        ("3 March 2019", "2019-03-03"),
        ("The next day", "2019-03-04"),
        ("that night", "2019-03-04TNI"),
    ]
    assert not found[1].relative


def test_year_ranges_give_two_years() -> None:
    found = extract_dates("The war lasted from 1939-1945 in Europe.", PUBLISHED)
    assert [f.value for f in found] == ["1939", "1945"]


def test_offsets_survive_characters_that_lower_case_to_two() -> None:
    text = "İİ talks in İzmir resumed on May 5."
    found = only(text)
    assert text[found.start : found.end] == found.text == "May 5"


def test_a_datetime_publication_date_is_accepted() -> None:
    assert only("It snowed yesterday.", datetime(2025, 5, 11, 11, 13)).value == "2025-05-10"


def test_empty_text() -> None:
    assert extract_dates("", PUBLISHED) == ()


def test_modifiers() -> None:
    assert only("Prices peaked in mid-2023.").mod == "MID"
    assert only("The law changes in early 2026.").mod == "START"
    assert only("The siege lasted nearly two years.").mod == "LESS_THAN"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("It rained on 11 May 2025.", "DATE"),
        ("It rained for three years.", "DURATION"),
        ("The train left at 3 p.m.", "TIME"),
        ("The train leaves every week.", "SET"),
    ],
)
def test_type(text: str, kind: str) -> None:
    assert only(text).type == kind


def test_last_years_talks_is_a_relative_year() -> None:
    found = only("Last year's talks failed.")
    assert (found.text, found.value, found.relative) == ("Last year", "2024", True)
    assert (found.first, found.last) == (date(2024, 1, 1), date(2024, 12, 31))


def test_explicit_year_is_not_relative() -> None:
    found = only("The talks were interrupted in 2022.")
    assert (found.value, found.relative, found.signal) == ("2022", False, "in")


def test_weekday_and_date_form_one_expression() -> None:
    found = only("The vote is this coming Thursday, May 15, in the city.")
    assert found.text == "this coming Thursday, May 15"
    assert (found.value, found.weekday, found.relative) == ("2025-05-15", 3, True)


def test_mismatched_weekday_is_kept_for_checking() -> None:
    found = only("The summit opens Friday, May 15, 2025.")
    assert found.value == "2025-05-15"
    assert found.weekday == 4
    assert found.first is not None and found.first.weekday() != found.weekday


def test_since_is_exposed_as_signal() -> None:
    found = only("The region has been contested since 2014.")
    assert (found.value, found.signal) == ("2014", "since")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mayor resigned yesterday.", "XXXX-XX-XX"),
        ("Unemployment rose last year.", "XXXX"),
        ("The ministers meet again on May 15.", "XXXX-05-15"),
        ("The firm moved three years ago.", "PAST_REF"),
        ("The bridge was closed in 2022.", "2022"),
    ],
)
def test_without_publication_date(text: str, value: str) -> None:
    found = only(text, None)
    assert found.value == value
    if "X" in value or value.endswith("_REF"):
        assert found.relative and found.first is None


@pytest.mark.parametrize(
    "text",
    [
        "The minister may resign.",
        "Protesters march on the capital.",
        "Prices could fall further.",
        "Inflation hit 2.5% and 1,250 people left.",
        "He earns $2 million a year.",
        "Jan Novak spoke to reporters.",
    ],
)
def test_not_time_expressions(text: str) -> None:
    assert extract_dates(text, PUBLISHED) == ()


def test_results_are_sorted_and_disjoint() -> None:
    text = "On Tuesday, May 6, and again yesterday, the talks of last year resumed for two days."
    found = extract_dates(text, PUBLISHED)
    assert [f.text for f in found] == ["Tuesday, May 6", "yesterday", "last year", "two days"]
    assert all(a.end <= b.start for a, b in pairwise(found))


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-W19", date(2025, 5, 5), date(2025, 5, 11)),
        ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30)),
        ("199", date(1990, 1, 1), date(1999, 12, 31)),
        ("2025-05-11T15:00", date(2025, 5, 11), date(2025, 5, 11)),
        ("XXXX-05", None, None),
        ("PAST_REF", None, None),
    ],
)
def test_interval(value: str, first: date | None, last: date | None) -> None:
    assert interval(value) == (first, last)


def test_huge_quantities_do_not_leave_the_calendar() -> None:
    text = "Cattle: 300,000 head versus 292,000 week ago; 6,000,000 years ago; 9999 years from now."
    for expression in extract_dates(text, date(1987, 3, 3)):
        assert expression.first is None or 1 <= expression.first.year <= 9999
        assert not expression.text.startswith("000")


def test_no_expression_runs_across_a_blank_line() -> None:
    text = "Kick-off\n\nTuesday, 1 March\n\n2000 GMT\n\nReferee: Ann Lee"
    spans = [e.text for e in extract_dates(text, date(2005, 2, 28))]
    assert "Tuesday, 1 March" in spans
    assert not any("\n\n" in span for span in spans)


# (text, expression, explicit, deictic, has_year, named_day, ago, granularity, weekday)
FACTS = [
    ("The talks were interrupted in 2022.", "2022", True, False, True, False, False, "year", None),
    ("Talks resumed on May 9.", "May 9", True, False, False, False, False, "day", None),
    ("It was signed on March 3, 1987.", "March 3, 1987", True, False, True, False, False, "day",
     None),
    ("Prices peaked in March '87.", "March '87", True, False, False, False, False, "month", None),
    ("Talks resumed last May.", "last May", False, True, False, False, False, "month", None),
    ("The vote is on Friday.", "Friday", False, True, False, True, False, "day", 4),
    ("Yesterday the vote was close.", "Yesterday", False, True, False, True, False, "day", None),
    ("It was signed three years ago.", "three years ago", False, True, False, False, True, "year",
     None),
    ("That was a decade ago.", "a decade ago", False, True, False, False, True, "decade", None),
    ("The vote is on Friday, May 15, 2025.", "Friday, May 15, 2025", True, False, True, True,
     False, "day", 4),
    ("The next day it rained.", "The next day", False, True, False, False, False, "day", None),
    ("The prior year was better.", "The prior year", False, False, False, False, False, "year",
     None),
    ("Sales fell last week.", "last week", False, True, False, False, False, "week", None),
    ("It happened in the 1990s.", "the 1990s", True, False, True, False, False, "decade", None),
    ("Good Friday was quiet.", "Good Friday", False, True, False, True, False, "day", 4),
    ("Profits rose in 1530.", "1530", False, False, False, False, False, "year", None),
    ("The bus leaves at 3 p.m.", "3 p.m.", False, False, False, False, False, "time", None),
    ("It lasted three years.", "three years", False, False, False, False, False, None, None),
]


@pytest.mark.parametrize(
    ("text", "span", "explicit", "deictic", "has_year", "named_day", "ago", "granularity",
     "weekday"),
    FACTS,
)
def test_facts_the_rules_read(text: str, span: str, explicit: bool, deictic: bool,
                              has_year: bool, named_day: bool, ago: bool,
                              granularity: str | None, weekday: int | None) -> None:
    found = only(text)
    assert found.text == span
    facts = (found.explicit, found.deictic, found.has_year, found.named_day, found.ago)
    assert facts == (explicit, deictic, has_year, named_day, ago)
    assert (found.granularity, found.weekday) == (granularity, weekday)


def test_a_year_range_is_marked_on_its_first_year() -> None:
    found = extract_dates("Output grew in 1986/87 and in 2019-2020.", PUBLISHED)
    assert [(x.text, x.range_start) for x in found] == [
        ("1986", True), ("2019", True), ("2020", False)
    ]


def test_rules_start_only_with_their_first_characters() -> None:
    texts = [text for text, _, _ in VALUES] + [text for text, *_ in FACTS] + [
        "The vote on Friday, 15 May 2025 and 5/15/2025, the day before. The weekend.",
        "For years, the '80s and the nineties; every spring; 1987 Christmas; recent years.",
    ]
    tried = set()
    for kind, rule in RULES.items():
        for text in texts:
            for start in range(len(text)):
                match = rule.match(text, start)
                if match and match.end() > start:
                    tried.add(kind)
                    assert text[start].lower() in FIRST_CHARS[kind], (kind, text[start:])
    assert set(RULES) - tried == set()


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Easter", 2024, date(2024, 3, 31)),
        ("Easter Sunday", 2025, date(2025, 4, 20)),
        ("Good Friday", 2019, date(2019, 4, 19)),
        ("Thanksgiving", 2025, date(2025, 11, 27)),
        ("Labor Day", 2025, date(2025, 9, 1)),
        ("Memorial Day", 2025, date(2025, 5, 26)),
        ("Memorial Day", 2021, date(2021, 5, 31)),
        ("Christmas Eve", 1987, date(1987, 12, 24)),
    ],
)
def test_holiday(name: str, year: int, day: date) -> None:
    assert holiday(name, year) == day


def test_adding_months_keeps_to_the_end_of_a_shorter_month() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 3, 31), -13) == date(2023, 2, 28)
