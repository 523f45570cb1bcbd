"""T107: a new issue's term against the years from publication to its maturity, on our own
sentences."""

from __future__ import annotations

import flagger

_BODY = ("Acme Finance Corp is raising 200 mln dlrs through an offering of notes due 2031 with "
         "a 5 pct coupon, the lead manager said. The notes are rated A-2.")


def _flagged(text: str, title: str | None = None) -> list[str]:
    report = flagger.analyze(text, title=title, published="2021-05-03", select="T")
    return [((title or "") if f.field == "title" else text)[f.start : f.end] + "@" + f.field
            for f in report.findings if f.rule == "T107"]


def test_a_headline_term_the_maturity_contradicts() -> None:
    assert _flagged(_BODY, "ACME UNIT SELLS SEVEN-YEAR NOTES") == ["SEVEN@title"]
    assert _flagged(_BODY, "ACME UNIT SELLS 10-YEAR NOTES") == []
    assert _flagged(_BODY, "ACME UNIT SELLS NOTES") == []


def test_a_body_term_offered_now_against_its_maturity() -> None:
    text = ("The {n}-year eurobond launched yesterday for Acme raises 100 mln dlrs. "
            "The issue is due on June 9, 2031.")
    assert _flagged(text.format(n="12")) == ["12@text"]
    assert _flagged(text.format(n="10")) == []
    exact = ("Acme announced an offering of {n}-year fixed rate notes. "
             "It added that the notes are due May 20, 2024.")
    assert _flagged(exact.format(n="two")) == ["two@text"]
    assert _flagged(exact.format(n="three")) == []


def test_old_debt_a_second_term_or_a_benchmark_are_not_read() -> None:
    callable_ = _BODY.replace("The notes are", "Non-callable for five years, the notes are")
    assert _flagged(callable_, "ACME SELLS SEVEN-YEAR NOTES") == ["SEVEN@title"]
    assert _flagged(_BODY + " In March it sold seven-year notes.", "ACME SELLS 12-YEAR NOTES") == []
    assert _flagged(_BODY.replace("an offering of", "an offering to redeem"),
                    "ACME SELLS SEVEN-YEAR NOTES") == []
    assert _flagged("Acme is raising 50 mln dlrs, priced 20 basis points over five-year "
                    "Treasury notes. The notes are due 2031.") == []
    dated = _BODY.replace("is raising", "issued on April 2, 2016,")
    assert _flagged(dated, "ACME SELLS SEVEN-YEAR NOTES") == []


def test_the_maturity_of_another_security_is_not_linked() -> None:
    text = ("Acme Corp is raising 300 mln dlrs through offerings of 10-year notes and debentures "
            "due 2051, the lead manager said.")
    assert _flagged(text) == []


def test_a_maturity_on_the_anniversary_of_payment() -> None:
    text = ("Acme is raising 80 mln euros through a {n}-year bullet eurobond. Payment date is "
            "June 2, and the bond pays interest on that date annually and matures on that date "
            "in 2028.")
    assert _flagged(text.format(n="five")) == ["five@text"]
    assert _flagged(text.format(n="seven")) == []
    assert _flagged(text.format(n="eight")) == ["eight@text"]


def test_a_eurobond_is_a_bond_and_the_body_may_tell_it_is_new() -> None:
    body = "Acme Finance is issuing a 50 mln dlr eurobond due May 6, 2024, the manager said."
    assert _flagged(body, "ACME ISSUES FIVE-YEAR BOND") == ["FIVE@title"]
    assert _flagged(body, "ACME HAS FIVE-YEAR BOND") == ["FIVE@title"]
    assert _flagged(body, "ACME HAS THREE-YEAR BOND") == []


def test_a_public_offering_under_a_headline_term() -> None:
    body = ("Acme Ltd said its board approved a public offering of 50 mln dlrs of convertible "
            "debentures, maturing May 31, {year}, subject to approvals.")
    assert _flagged(body.format(year="2036"), "ACME SETS 10-YEAR DEBENTURE OFFERING") == [
        "10@title"]
    assert _flagged(body.format(year="2031"), "ACME SETS 10-YEAR DEBENTURE OFFERING") == []
