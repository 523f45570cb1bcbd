"""T107: a stated span against the end the same phrase (or the thing it is the term of, told
again) gives it; on our own sentences."""

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
        ("The port signed a two-year, 40 mln euro agreement running until mid-2030 with the "
         "ferry line.", "two-year, 40 mln euro agreement running until mid-2030"),
        ("The council said it won a one-year cleaning contract that runs through 2027.",
         "one-year cleaning contract that runs through 2027"),
        ("The financing will involve a 150 mln euro five-year committed tranche maturing in "
         "2028.", "five-year committed tranche maturing in 2028"),
        ("The board adopted rights which have a term of 10 years expiring in 2030.",
         "10 years expiring in 2030"),
        ("Fares will rise from July 1, 2025 to fund the quay over the next five years ending "
         "in 2027.", "five years ending in 2027"),
        ("The credit line will be in place for two years to March 31, 2029, but can be "
         "extended.", "two years to March 31, 2029"),
        ("Dockers reached agreement on a five-year contract. The union said the contract runs "
         "from April 1, 2025, through March 31, 2028.", "five-year"),
    ],
)
def test_a_span_its_end_denies(text: str, wrong: str) -> None:
    assert _t107(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The port signed a two-year agreement running until mid-2027 with the ferry line.",
        "The financing will involve a five-year committed tranche maturing in 2030.",
        # old debt has less time left to run than its term
        "The harbour will redeem its outstanding 10-year notes due 2027.",
        "Its 20-year bonds mature in 2031.",
        # options and delays outlast the first term
        "The contract runs one year with four one-year options running through 2030.",
        "The rule was delayed for four years until 2031.",
        # a rate, a frequency, a difference and a decimal are no spans
        "Fees rise 5 pct every two years up to 2035.",
        "The new deal shortens the old one by 16 months, with the new pact expiring on "
        "December 31, 2029.",
        "The tranche has an average life of 7.11 years and matures 2048.",
        # the last month is no count
        "The campaign, which began last month, will run until the end of January 2026.",
        # two terms of one kind: which one the later sentence tells of is not read
        "It will issue a seven-year bond and a nine-year bond. The bond due March 2032 pays "
        "4 pct.",
    ],
)
def test_a_span_its_end_allows(text: str) -> None:
    assert _t107(text) == []


def test_a_period_of_accounts_may_have_begun_long_ago() -> None:
    assert _t107("It will earn 11 mln dlrs for the six months ending in March 2025.") == []


def test_a_span_over_years_its_end_closes() -> None:
    assert _t107("It will receive payments of 4.5 mln dlrs over two years, through 2031, "
                 "under the accord.") == ["over two years, through 2031"]


def test_an_abbreviation_between_the_span_and_its_end() -> None:
    assert _t107("It has won a three-year contract from the U.S. Navy, running through "
                 "2034.") == ["three-year contract from the U.S. Navy, running through 2034"]
