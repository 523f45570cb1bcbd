"""N101 sums written out ("eight mln dlrs", "nine billion dlrs") read as figures by the amount
readers, and the dollar named with its country ("45 mln U.S. dlrs")."""

from __future__ import annotations

from flagger import Flagger
from flagger.article import Article

CHECKER = Flagger(select="N101")


def _findings(body: str, title: str = "") -> list[str]:
    report = CHECKER.analyze_article(Article(text=body, title=title or None))
    return [f.message for f in report.findings]


def test_a_sum_written_out_is_read_as_the_headline_amount() -> None:
    found = _findings(
        "Vela Steel said Arden Steel of Japan invested eight mln dlrs in Vela Steel.",
        "ARDEN STEEL INVESTS 6 MLN DLRS IN VELA STEEL",
    )
    assert len(found) == 1 and "eight mln dlrs" in found[0]


def test_a_sum_written_out_is_told_again() -> None:
    found = _findings(
        "Vela Mining would pay seven billion dlrs for the Orla copper mine in Peru, a company "
        "spokesman told reporters. Unions were not told. Vela Mining would pay nine billion dlrs "
        "for the Orla copper mine in Peru, a company spokesman told reporters."
    )
    assert len(found) == 1 and "nine billion dlrs" in found[0]


def test_a_dollar_named_with_its_country_is_the_headline_currency() -> None:
    found = _findings(
        "Acme Corp said it won a navy order for radar parts. The radar order from the navy is "
        "worth 45 mln U.S. dlrs, a spokesman said.",
        "ACME WINS 40 MLN DLR NAVY ORDER",
    )
    assert len(found) == 1 and "45 mln U.S. dlrs" in found[0]


def test_a_sum_written_out_that_agrees_is_left_alone() -> None:
    assert not _findings(
        "Vela Steel said Arden Steel of Japan invested six mln dlrs in Vela Steel.",
        "ARDEN STEEL INVESTS 6 MLN DLRS IN VELA STEEL",
    )
