"""N101 headline amounts read against the lede: money raised is no change, a number written out
before its scale is read, a unit past one modifier ("seven mln common shares") is the
headline's, and when the body gives several values of a kind the lede's first is the one."""

from __future__ import annotations

import pytest

from flagger import Flagger
from flagger.article import Article

CHECKER = Flagger(select="N101")


def _headline_findings(title: str, body: str) -> list[str]:
    report = CHECKER.analyze_article(Article(text=body, title=title))
    return [f.message for f in report.findings if f.field == "title"]


@pytest.mark.parametrize(("title", "body"), [
    # money raised, written in digits or in words
    ("VELA HOTEL RAISES 12 MLN DLR LOAN", "A hotel in Vela is raising a 21 mln dlr loan to "
     "cover its building costs, bankers said. The loan runs for eight years."),
    ("ORLA FIRM RAISES SIX BILLION YEN IN TOKYO", "The Orla Finance Corp has raised four "
     "billion yen through a private placement in Tokyo, it said."),
    # a share count, its unit past one modifier and shortened in the headline
    ("ARDEN FUND FOUR MLN SHR OFFERING STARTS", "Underwriters said an offering of five mln "
     "common shares of the Arden Fund is under way at 10 dlrs each."),
    # the body gives several sums; the lede's first is the headline's
    ("TARN TAKES 38 MLN DLR WRITEDOWN", "Tarn Mines said it took a writedown of 31,250,000 "
     "dlrs on its gold assets. It earned 4.5 mln dlrs in the quarter, against 12 mln dlrs a "
     "year before."),
])
def test_a_headline_sum_the_lede_gives_otherwise_is_flagged(title: str, body: str) -> None:
    assert _headline_findings(title, body), title


@pytest.mark.parametrize(("title", "body"), [
    # a raise of a level, not money taken in
    ("VELA RAISES DIVIDEND TO 14 CTS", "Vela said it raised its quarterly dividend to 41 cts "
     "a share from 14 cts."),
    # the headline's figure stands in the body
    ("TARN TAKES 38 MLN DLR WRITEDOWN", "Tarn Mines took a writedown of 31 mln dlrs on gold. "
     "With other charges the writedown came to 38 mln dlrs."),
    # another period's figure in the lede
    ("EXCHANGE SALES PUT AT 90 MLN DLRS", "Sales were down from Monday's 120 mln dlrs, a "
     "spokesman said."),
    # a second word after the figure that ends its phrase
    ("ORLA TO HIRE 300 AT NEW MILL", "Orla will hire 250 workers at a new mill, it said."),
])
def test_a_headline_sum_the_lede_need_not_repeat_stays_quiet(title: str, body: str) -> None:
    assert _headline_findings(title, body) == []


def test_a_headline_difference_of_two_body_sums_stays_quiet() -> None:
    title = "Arden in $300m profit revision"
    body = ("Arden Networks has revised its profits for the year. Arden said it had made $434m, "
            "against the $732m it reported before.")
    assert _headline_findings(title, body) == []


@pytest.mark.parametrize(("title", "body", "flagged"), [
    # a ceiling in the body, broken by the headline
    ("ARDEN TO BUY 250,000 OF ITS SHARES", "Arden Corp said its directors approved the "
     "repurchase of up to 200,000 of its common shares.", True),
    # the headline stays under the ceiling
    ("ARDEN TO BUY 180,000 OF ITS SHARES", "Arden Corp said its directors approved the "
     "repurchase of up to 200,000 of its common shares.", False),
    # a floor the headline keeps, far above the old two-sided reach
    ("VELA PAYS 14 MLN DLRS FOR ARDEN UNIT", "Vela Corp said it paid more than 11 mln dlrs for "
     "Arden's unit.", False),
    # a floor the headline breaks
    ("VELA PAYS 9.5 MLN DLRS FOR ARDEN UNIT", "Vela Corp said it paid more than 11 mln dlrs for "
     "Arden's unit.", True),
])
def test_one_sided_bounds(title: str, body: str, flagged: bool) -> None:
    assert bool(_headline_findings(title, body)) is flagged, title


def test_a_floor_of_another_figure_does_not_stand_for_the_headline() -> None:
    title = "Arden: 75 million watched the final online"
    body = ("Nearly 55 million people watched the final online, Arden said. More than 80 million "
            "people are expected to have watched it on television.")
    assert _headline_findings(title, body)
