"""T107 on our own sentences: a security's term against the time its maturity lies ahead."""

from __future__ import annotations

import flagger

PUBLISHED = "2024-03-12"


def _found(text: str, published: str = PUBLISHED) -> list[str]:
    report = flagger.analyze(text, published=published, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_a_bond_due_further_ahead_than_its_term() -> None:
    text = ("Harbour Bank said it is offering a 300 mln crown four-year bond. The bond will be "
            "redeemed in full on June 1, 2031.")
    assert _found(text) == ["four-year"]
    assert _found(text.replace("four-year", "seven-year")) == []


def test_old_debt_may_have_less_time_to_run() -> None:
    text = "Traders sold the town's 30-year bonds, which mature on May 1, 2030."
    assert _found(text) == []


def test_a_maturity_date_in_the_terms_own_sentence() -> None:
    text = "It priced a three-year green note with a maturity date of April 2, 2032."
    assert _found(text) == ["three-year"]
    assert _found(text.replace("2032", "2027")) == []


def test_bills_counted_in_days_from_publication() -> None:
    text = ("The treasury will sell 91-day bills to banks. The bills, which mature on "
            "August 30, pay 4 pct.")
    assert _found(text) == ["91-day"]
    assert _found(text.replace("August 30", "June 12")) == []


def test_a_credit_day_tomorrow_dates_the_start() -> None:
    text = ("The central bank offered a 21-day securities repurchase pact at 3.1 pct. "
            "Funds allocated will be credited to banks tomorrow. Banks must buy back "
            "securities pledged on April 9.")
    assert _found(text) == ["21-day"]
    assert _found(text.replace("April 9", "April 3")) == []


def test_a_later_maturity_needs_the_securitys_noun() -> None:
    text = ("The city sold a five-year bond last week. Its new stadium is due on "
            "May 5, 2034.")
    assert _found(text) == []


def test_each_term_owns_the_maturity_after_it() -> None:
    text = ("The company sold five-year notes due March 2029 and 12-year bonds due "
            "March 2036.")
    assert _found(text) == []
    assert _found(text.replace("12-year", "eight-year")) == ["eight-year"]


def test_a_maturity_without_a_term_is_not_read() -> None:
    assert _found("The loan is due on May 5, 2034, the bank said.") == []


def test_another_securitys_maturity_is_not_the_terms() -> None:
    text = ("The group sold 200 mln dlrs of five-year notes and 100 mln dlrs of debentures "
            "due 2036.")
    assert _found(text) == []


def test_a_benchmark_rate_is_no_term() -> None:
    text = "The notes pay 90 points over the 90-day bank bill rate and mature in 2029."
    assert _found(text) == []


def test_another_offering_of_the_same_noun_is_not_the_terms() -> None:
    text = ("A 100 mln issue of six-year notes was priced at par. A 200 mln offering of notes "
            "due 2035 was priced at 99.5.")
    assert _found(text) == []


def test_an_office_term_expiring_further_ahead_than_its_length() -> None:
    text = "The board named Ann Roe to a two-year term expiring June 30, 2029."
    assert _found(text) == ["two-year"]
    assert _found(text.replace("two-year", "five-year")) == []


def test_a_clause_about_the_security_may_stand_before_its_maturity() -> None:
    text = ("It sold a three year straight eurobond at par. The bond, which is a private "
            "placement, matures on May 17, 2030.")
    assert _found(text) == ["three year"]


def test_an_extendable_term_is_its_first_step() -> None:
    text = "It is offering two-year extendable notes with a final maturity of 2031."
    assert _found(text) == []
    assert _found(text.replace(" extendable", "")) == ["two-year"]
