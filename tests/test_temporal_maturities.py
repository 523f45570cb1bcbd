"""T107: the term of a loan or security against its issue and maturity dates, on our own
sentences."""

from __future__ import annotations

import flagger

_TEXT = ("The utility will convert its {n}-year notes issued to fund the new plant in June 2015. "
         "The notes, which mature on June 30, 2025, pay 4.5 pct.")


def _flagged(text: str) -> list[str]:
    report = flagger.analyze(text, published="2021-02-01", select="T")
    return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]


def test_a_term_its_dates_contradict() -> None:
    assert _flagged(_TEXT.format(n="20")) == ["20"]


def test_a_term_its_dates_allow() -> None:
    assert _flagged(_TEXT.format(n="10")) == []
    assert _flagged(_TEXT.format(n="11")) == []


def test_a_second_term_or_another_subject_is_not_linked() -> None:
    assert _flagged(_TEXT.format(n="20") + " Its 30-year bonds are not affected.") == []
    assert _flagged(_TEXT.format(n="20").replace("The notes, which", "Its loans, which")) == []


def test_a_repayment_early_by_more_or_less_than_its_due_date_allows() -> None:
    text = "The city has decided to redeem {n} years early a 12-year bond due on May 1, 2027."
    assert _flagged(text.format(n="two")) == ["two years"]
    assert _flagged(text.format(n="six")) == []
    assert _flagged(text.format(n="five")) == []
    assert _flagged("The city is to repay two years early a 5.5 pct, 10-year loan due on "
                    "May 1, 2027.") == ["two years"]


_TERMS_LINE = ("The Republic of Arden is placing 80 mln francs of {n} year notes, the lead manager "
               "said.\n    The notes carry a 4-1/4 pct coupon and are priced at par. Payment is "
               "due May 12, 2020 and final maturity May\n12, {year}.\n    Each note carries "
               "ten warrants.")


def test_a_wire_terms_line_dates_the_payment_and_the_maturity() -> None:
    assert _flagged(_TERMS_LINE.format(n="six", year="2030")) == ["six"]
    assert _flagged(_TERMS_LINE.format(n="ten", year="2030")) == []
    # a line of another subject is not the notes'
    other = _TERMS_LINE.format(n="six", year="2030").replace("Payment is due", "Rent is due")
    assert _flagged(other.replace("final maturity", "the lease ends")) == []


_YEARLESS = ("Arden Co Ltd said it will issue a 20 billion yen {n}-year unsecured convertible bond "
             "through public placement. Coupon for the par-priced bond maturing June 28, 2027, "
             "will be set in mid-June and payment is due on July 1, the company said.")


def test_a_day_of_payment_without_its_year_falls_soon_after_publication() -> None:
    def flagged(text: str) -> list[str]:
        report = flagger.analyze(text, published="2020-06-01", select="T")
        return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]

    assert flagged(_YEARLESS.format(n="five")) == ["five"]
    assert flagged(_YEARLESS.format(n="seven")) == []
    # a sentence with a payment but no maturity is not the terms line
    assert flagged(_YEARLESS.format(n="five").replace("maturing June 28, 2027,", "")) == []


def test_a_security_named_by_its_year_of_issue() -> None:
    text = "The bank will prepay 100 mln francs of its {n}-year bonds of 2012 and due 2024."
    assert _flagged(text.format(n="15")) == ["15"]
    assert _flagged(text.format(n="12")) == []
    assert _flagged("The bank holds 15-year bonds of 2012, due in part in 2024.") == []
