"""N101 headline amounts: a headline's amount that a body sentence on the same thing gives with
another value."""

from __future__ import annotations

import pytest

from flagger import Flagger
from flagger.article import Article

CHECKER = Flagger(select="N101")


def _headline_findings(title: str, body: str) -> list[str]:
    report = CHECKER.analyze_article(Article(text=body, title=title))
    return [f.message for f in report.findings if f.field == "title"]


@pytest.mark.parametrize(("title", "body"), [
    ("ACME WINS 40 MLN DLR NAVY ORDER", "Acme Corp said it won a navy order for radar parts. "
     "The radar order from the navy is worth 45 mln dlrs, a spokesman said."),
    ("Port takes in 2.65 tonnes of cobalt", "The port of Vela handled ore again. Traders said "
     "the port's cobalt deposit was 2.56 tonnes, most of it from the south."),
    ("ORLA TO SELL 12,000 TONNES OF SALT", "Orla Mining said on Monday it would sell salt "
     "abroad. It agreed to sell 14,000 tonnes of salt to a Dutch buyer."),
    ("Vela recalls 120 buses over brakes", "The carmaker Vela said on Monday it was acting on "
     "safety grounds. Regulators had asked for checks. Dealers were told last week. The recall "
     "covers 150 buses built at the Vela plant, the company said."),
    ("ORLA CHALLENGES 3.5 MLN STG FEE TO ADVISER", "Orla Plc has challenged a 5.3 mln stg fee "
     "paid to an adviser. The adviser says the fee rewarded his work on Orla's 4.1 billion stg "
     "takeover of Vela."),
    ("VELA POWER SETS 48 MLN SWISS FRANC BOND", "Vela Power plans to issue an 84 mln Swiss "
     "franc bond with a seven-year maturity, the lead manager said."),
    ("ORLA HAS 71.4 PCT OF VELA", "Orla said that with the shares tendered it now has about "
     "77.4 pct of Vela."),
])
def test_a_headline_amount_the_body_gives_otherwise_is_flagged(title: str, body: str) -> None:
    found = _headline_findings(title, body)
    assert len(found) == 1 and "the body gives" in found[0]


@pytest.mark.parametrize(("title", "body"), [
    ("ACME WINS 40 MLN DLR NAVY ORDER", "Acme Corp said the navy order is worth 40 mln dlrs."),
    ("Vela firm raises $16bn", "The Vela firm raised a record $16.6bn from investors."),
    ("VELA NOTE TENDER 500 MLN DLRS", "The Vela bank will offer 400 mln dlrs of 13-week notes "
     "and 100 mln of 26-week notes at the note tender."),
    ("ORLA TO OFFER 15.8 MLN SHARES", "Orla filed to offer 15,757,350 common shares. Orla said "
     "it will offer 12,607,350 shares in the U.S. through Orla's underwriters."),
    ("ORLA SELLS 1.3 MLN SHARES OF VELA", "Orla said it sold 1,250,000 shares of Vela and will "
     "buy 1.5 mln shares of Tarn with the proceeds of the Vela shares."),
    ("ACME FILES 500 MLN DLR DEBT OFFER", "Acme said its debt offer covers 250 mln dlrs of "
     "notes and 250 mln dlrs of debentures."),
    ("ORLA SELLS 35,000 TONNES SALT", "Orla sold 35,000 long tonnes of salt, with an option "
     "for 25,000 tonnes more, to a salt buyer."),
    ("ORLA SALT SALES UP 12,000 TONNES", "Orla said salt sales rose to 80,000 tonnes."),
    ("Nearly 40 children ill at Vela shelter", "More than half of the 69 children at the Vela "
     "shelter were ill, the shelter said."),
    ("ORLA UNIT CLOSING 12 OFFICES", "Orla's unit said it will close 11 offices in the north "
     "and one in the south, reducing its offices to 81."),
    ("VELA POWER SETS 48 MLN SWISS FRANC BOND", "Vela Power plans to issue a 48 mln Swiss "
     "franc bond and a 60 mln dlr note, the lead manager said."),
    ("VELA POWER SETS 48 MLN SWISS FRANC BOND", "Vela Power plans to issue a bond worth 50 mln "
     "Canadian dlrs, the lead manager said."),
    ("ORLA HAS 71.4 PCT OF VELA", "Orla said that with the shares tendered it now has about "
     "71.9 pct of Vela."),
    ("ORLA HAS 70 PCT OF VELA", "Orla said that with the shares tendered it now has about "
     "74 pct of Vela."),
    ("ORLA SEES HIGHER 1987 SALT SALES", "Orla said its salt sales in 1986 were 40,000 tonnes."),
    ("ORLA TO SELL 12,000 TONNES OF SALT", "Orla said it would sell salt. Orla also sold 9,000 "
     "tonnes of salt last year and a further 14,000 tonnes of salt this spring."),
])
def test_parts_wholes_sums_changes_and_rounding_stay_quiet(title: str, body: str) -> None:
    assert _headline_findings(title, body) == []
