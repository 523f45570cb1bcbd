"""N102 a change whose two levels another statement of the same thing gives."""

from __future__ import annotations

import pytest

from flagger import Flagger

CHECKER = Flagger(select="N")


def messages(text: str) -> list[str]:
    """This reader's N102 messages (others may read the same text)."""
    return [f.message for f in CHECKER.analyze(text).findings
            if f.rule == "N102" and f.message.startswith(("The headline", "The change's"))]


def test_a_headline_percentage_against_the_ledes_levels() -> None:
    text = ("ACME <ACM> MARCH CAR SALES OFF 5.5 PCT\n\nAcme Corp said car sales for March "
            "were off 15.5 pct to 109,174 from 129,242 a year earlier.")
    assert messages(text) == [
        "The headline's 5.5 PCT fall does not fit the levels the article gives for it, "
        "129,242 → 109,174: that is a 15.5% fall"]


def test_a_headline_percentage_against_the_levels_of_the_second_sentence() -> None:
    text = ("ACME <ACM> 1ST QTR EARNINGS UP ABOUT 73 PCT\n\nAcme Corp said its first quarter "
            "net income rose 37 pct, helped by hotels.\n    Based on early results, net "
            "income\nrose to about 24 mln dlrs, or 96 cts a share, from 17.4 mln\ndlrs.")
    assert len(messages(text)) == 1


def test_a_body_percentage_against_the_next_sentences_levels() -> None:
    text = ("Acme said its mid-March\ncar sales fell 53 pct from the same period last year.\n"
            "    Acme said it sold 1,330 cars in the March 11-20\nperiod, down from 2,047 "
            "last year.")
    assert messages(text) == [
        "The change's 53 pct fall does not fit the levels the article gives for it, "
        "2,047 → 1,330: that is a 35.0% fall"]


@pytest.mark.parametrize(
    ("headline", "flagged"),
    [("ACME PROFITS FALL FOR 1986", True), ("ACME PROFITS RISE FOR 1986", False)],
)
def test_a_headline_direction_against_a_results_table(headline: str, flagged: bool) -> None:
    text = (f"{headline}\n\nShr 8.4 rupees vs seven\n    Pretax profit 650.7 mln vs 555.6 mln\n"
            "    Net profit 390.7 mln vs 325.6 mln\n    Sales 8.24 billion vs 7.07 billion\n")
    assert bool(messages(text)) is flagged


def test_a_transitive_headline_verb_reads_its_object() -> None:
    text = ("Acme Life raises policy bonuses\n\nAcme Life has cut bonuses.\n\nAnnual bonus "
            "rates on its policies were cut from 2.5% to 2%, while bonuses on pension "
            "policies were reduced from 3.25% to 2.5%.")
    assert messages(text) == [
        "The headline says “raises”, but the levels the article gives for it, 2.5 → 2, "
        "are a fall"]


@pytest.mark.parametrize(
    "text",
    [
        # the change fits its levels, rounding and "about" allowed
        "ACME SALES UP ABOUT 7 PCT\n\nAcme said sales rose to 136.6 mln dlrs from 127.4 mln.",
        # the body tells the headline's percentage: it may be of another pair
        "ACME SALES UP 17 PCT\n\nAcme said sales rose to 136.6 mln dlrs from 127.4 mln. "
        "Exports rose 17 pct.",
        # the lede's pair is of another subject (its words are on the row before)
        "TREASURY BALANCES AT FED ROSE ON FEB 25\n\nTreasury balances at the Federal\n"
        "Reserve rose on Feb 25 to 4.151 billion dlrs from 2.727 billion\ndlrs.\n"
        "    Balances in loan accounts fell to 25.137\nbillion dlrs from 25.780 billion dlrs.",
        # a level that is itself a base, compared with a year ago, is no level reached
        "N.Z. RESERVES FALL IN JANUARY\n\nNew Zealand's official foreign\nreserves fell to "
        "7.15 billion N.Z. Dlrs in January from 7.20\nbillion dlrs in December and compared "
        "with 3.03 billion a year\nago period.",
        # a change on another basis
        "Acme said same-store sales rose 9 pct. Acme said sales rose to 104 mln dlrs from "
        "100 mln.",
        # the next sentence's levels are of another thing
        "Acme said its net income rose 73 pct. Revenue rose to 24 mln dlrs from 17.4 mln.",
    ],
)
def test_no_finding(text: str) -> None:
    assert messages(text) == []
