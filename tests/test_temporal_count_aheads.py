"""T107: a count ahead of publication ("N years from now", "N weeks away") against the date
beside it; on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-03-14"


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The harbour board said the new quay would open in 2028, five years from now.",
         "five years from now"),
        ("The ferry line will start on July 1, 2025, a year from now.", "a year from now"),
        ("The second terminal, due in December 2026, is less than a year away.",
         "less than a year away"),
        ("The vote on the harbour toll, on June 20, is less than two weeks away.",
         "less than two weeks away"),
        ("Three months from now, on January 5, 2026, the fares will rise.",
         "Three months from now"),
    ],
)
def test_a_count_ahead_the_date_beside_it_denies(text: str, wrong: str) -> None:
    assert _t107(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board said the new quay would open in 2030, five years from now.",
        "The ferry line will start on March 1, 2026, a year from now.",
        # weeks and days ahead are told loosely: 25 days is "three weeks away"
        "The vote on the harbour toll, on April 8, is still three weeks away.",
        # a feast has no figure to count to
        "The ferries stop at Easter, four days from now.",
        # a date already past is another plan's; a range is no count
        "The quay, first due in 2020, is now two years away.",
        "The quay will open two or three years from now, in 2030.",
        # a distance is no time
        "The quay is two miles away, and opens on April 20.",
    ],
)
def test_counts_ahead_that_fit_or_are_not_read(text: str) -> None:
    assert _t107(text) == []


def test_within_a_count_the_date_it_names() -> None:
    assert _t107("The service will be ready within 30 days, in June.") == ["30 days"]
    assert _t107("Sales could start within 18 months, in 2028.") == ["18 months"]
    assert _t107("The service will be ready within 30 days, in April.") == []
    assert _t107("Sales could start within 18 months, in 2026.") == []


def test_a_count_set_off_after_a_date_is_that_dates() -> None:
    assert _t107("It extended its offer for notes due December 1, 2026, less than a year "
                 "away, until March 30.") == ["less than a year away"]


def test_in_a_count_of_what_is_to_come() -> None:
    assert _t107("The dividend is payable in six weeks, on March 28, to holders.") == [
        "six weeks"]
    assert _t107("It expects to sell the mill in about two months, by October.") == [
        "about two months"]
    assert _t107("It expects to sell the mill in about two months, by May.") == []
    assert _t107("Sales rose 5 pct in six months, by September 30.") == []


def test_a_shipment_month_and_a_count_ahead() -> None:
    assert _t107("Mills bought wheat for May-June shipment, more than six months away.") == [
        "more than six months away"]
    assert _t107("Mills bought wheat for May-June shipment, some two months ahead.") == []
    assert _t107("Mills bought wheat for October, two months ahead of the harvest.") == []
