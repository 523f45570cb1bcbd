"""N101 headline counts: a headline's count that the lede gives with another value."""

from __future__ import annotations

import pytest

from flagger import Flagger
from flagger.article import Article

CHECKER = Flagger(select="N101")


def _headline_findings(title: str, body: str) -> list[str]:
    report = CHECKER.analyze_article(Article(text=body, title=title))
    return [f.message for f in report.findings if f.field == "title"]


@pytest.mark.parametrize(("title", "body"), [
    ("SIX KILLED IN HARBOUR BLAST", "Four dock workers were killed in a blast at the harbour on "
     "Sunday, the port authority said. An inquiry has been opened."),
    ("Orla Foods to buy 14 bakeries", "Orla Foods said it agreed to buy 12 bakeries from a "
     "family firm. Terms were not disclosed."),
    ("RAIDERS KILL A DOZEN GUARDS", "Raiders killed 15 guards at a border post overnight, the "
     "ministry said."),
])
def test_a_headline_count_the_lede_gives_otherwise_is_flagged(title: str, body: str) -> None:
    found = _headline_findings(title, body)
    assert len(found) == 1 and "the lede gives" in found[0]


@pytest.mark.parametrize(("title", "body"), [
    ("SIX KILLED IN HARBOUR BLAST", "Six dock workers were killed in a blast at the harbour."),
    ("DEATH TOLL RISES TO 12", "At least 10 people were killed in the blast, officials said."),
    ("EXPORT QUOTA UP 50,000 BALES", "The export quota was raised by 50,000 bales to 400,000 "
     "bales, the ministry said."),
    ("ORLA TO CLOSE 25 BRANCHES", "Orla said it will close 25 of its 80 branches this year."),
    ("ORLA TO CLOSE 12 SHOPS", "Orla said it will close 11 shops in the north and one in "
     "the south."),
    ("BANK APPROVES 75 MLN DLR LOANS", "The bank said it approved two loans for farm projects."),
    ("EXCHANGE TRADE PUT AT 109 CONTRACTS", "Trading was down from yesterday's 137 contracts, "
     "a spokesman said."),
    ("TROOPS KILLED 900 REBELS IN BATTLE", "The army said 210 rebels were taken prisoner and "
     "30 soldiers died."),
    ("FIVE KILLED IN CRASH", "Five people were killed when a bus overturned on Sunday."),
])
def test_changes_parts_amounts_and_other_counts_stay_quiet(title: str, body: str) -> None:
    assert _headline_findings(title, body) == []
