"""N101 sized things: a thing named again by its size ("the 25 mln dlr offering", "the
280-terminal contract") with another value than the article gives it elsewhere."""

from __future__ import annotations

import pytest

from flagger import Flagger
from flagger.article import Article

CHECKER = Flagger(select="N101")


def _findings(body: str, title: str = "") -> list[str]:
    report = CHECKER.analyze_article(Article(text=body, title=title or None))
    return [f.message for f in report.findings]


@pytest.mark.parametrize("body", [
    # money, tied by a noun of one kind ("issue" … "offering")
    "Orla Mills said it filed to sell a 40 mln dlr issue of notes due 1999. Proceeds will repay "
    "bank debt. Vela Securities will manage the 45 mln dlr offering.",
    # shares, tied by the noun itself
    "Arden Corp said it plans an offering of 2,600,000 common shares. It said the 3.2 mln share "
    "offering will be priced next month.",
    # a count of the compound's unit: the unit ties them
    "Tarn said the city failed to pay for 314 parking kiosks. Tarn said 1.2 mln dlrs is owed on "
    "the 341-kiosk contract.",
    "Tarn Telephone serves about 5,200 access lines in Ohio. Orla bought the 7,000-line Tarn "
    "Telephone on Monday.",
    "The 180,000-circulation weekly covers farming. It has a circulation of 140,000 readers.",
])
def test_a_definite_size_with_another_value_is_flagged(body: str) -> None:
    found = _findings(body)
    assert any("sizes the same thing" in m for m in found), found


@pytest.mark.parametrize("body", [
    # the same value, or one a bound or rounding allows
    "Orla filed to sell a 40 mln dlr issue of notes. Vela will manage the 40 mln dlr offering.",
    "Tarn serves about 5,200 access lines in Ohio. Orla bought the 5,500-line Tarn Telephone.",
    # two values of the unit: which one is meant is unsaid
    "Orla sold a 40 mln dlr issue of notes and a 30 mln dlr issue of bonds. Vela managed the "
    "45 mln dlr offering.",
    # no tie: another noun of money
    "Orla paid 40 mln dlrs for the mill. Vela arranged the 45 mln dlr loan.",
    # a part of it, a step, another period
    "Orla filed a 40 mln dlr issue of notes. It sold 10 mln of the 45 mln dlr offering.",
    "Orla filed a 40 mln dlr issue of notes. It later raised the size to the 45 mln dlr offering.",
    "Orla filed a 40 mln dlr issue of notes. The first 45 mln dlr offering was in 1985.",
    # a measure, not a count of things
    "The state sold 30-year bonds on Monday. It said the 10-year bond yields 7 pct.",
    # the pointed value stands elsewhere in the article
    "Tarn failed to pay for 314 kiosks. It later bought 341 more. Tarn owes money on the "
    "341-kiosk contract.",
])
def test_sizes_that_need_not_agree_are_left_alone(body: str) -> None:
    assert not any("sizes the same thing" in m for m in _findings(body))


@pytest.mark.parametrize("body", [
    # a part beside its whole, a result beside its threshold
    "Rebels hold 41 posts in the 60-post council and need two more to pass the law.",
    "The motion failed 45-55, short of the 60-vote threshold. Members left early.",
    "Rebels hold 41 seats in the council. They need two more in the 60-seat council to pass it.",
])
def test_a_whole_or_a_threshold_is_no_restated_size(body: str) -> None:
    assert not any("sizes the same thing" in m for m in _findings(body))


def test_a_compound_of_another_noun_is_another_thing() -> None:
    body = "A 12-member panel heard the case. The 15-member board met on Friday."
    assert not any("sizes the same thing" in m for m in _findings(body))


@pytest.mark.parametrize(("body", "flagged"), [
    # a price a share told again with another value
    ("Arden's board rejected Vela Corp's 31 dlr-per-share tender offer. Last week Vela made a "
     "tender offer for Arden at 33 dlrs per share, or 330 mln dlrs.", True),
    ("Vela's offer for all Arden shares it does not own is 28 dlrs each. Vela said his 25 dlr a "
     "share bid stands.", True),
    # a price is no size: the offer's size in dollars is not set against it
    ("Vela made a tender offer worth 330 mln dlrs. Arden rejected Vela's 31 dlr-per-share "
     "offer.", False),
    # two prices told: which one is meant is unsaid
    ("Vela bid 28 dlrs per share and later 30 dlrs per share. Arden rejected Vela's 31 "
     "dlr-per-share offer.", False),
])
def test_a_price_a_share_is_set_against_prices(body: str, flagged: bool) -> None:
    assert any("sizes the same thing" in m for m in _findings(body)) is flagged, body
