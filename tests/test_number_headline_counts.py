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


@pytest.mark.parametrize(("title", "body"), [
    ("COASTAL STORMS KILL THREE, FLOOD FIELDS", "Storms along the coast killed two people and "
     "injured 14, officials said on Monday. Roads were closed."),
    ("RIVER FERRY ACCIDENT KILLS 27", "A ferry capsized on the river killing 22 people on "
     "Tuesday, police said. Divers searched the water."),
    ("Gunman Wounds 7 in Mall Attack", "A gunman injured nine people at a mall on Saturday, "
     "police said. He was arrested."),
    ("4 KILLED IN RAID ON VILLAGE", "Gunmen killed one man and wounded several others in a raid "
     "on a village, police said. The raid began at dawn."),
    ("Three miners killed in blast", "One miner was killed on Monday in a blast at a coal mine, "
     "officials said. The mine was closed."),
])
def test_a_count_an_event_verb_takes_and_a_lede_of_one(title: str, body: str) -> None:
    found = _headline_findings(title, body)
    assert len(found) == 1 and "the lede gives" in found[0]


@pytest.mark.parametrize(("title", "body"), [
    ("TWO KILLED IN CRASH", "One man was killed and another died in hospital after a crash on "
     "Monday, police said."),
    ("FLOOD KILLS TWO, CUTS ROADS", "A flood killed two people in the valley, officials said."),
    ("ACME TO HIRE 300 AT NEW PLANT", "Acme will hire 250 workers at a new plant, it said."),
    ("STORM KILLS 12 IN NORTH", "A storm injured 15 people in the north, officials said."),
    ("ONE KILLED IN CRASH", "One man was killed in a crash on Monday, police said."),
])
def test_a_verb_count_the_lede_agrees_with_or_counts_otherwise_stays_quiet(
    title: str, body: str
) -> None:
    assert _headline_findings(title, body) == []


@pytest.mark.parametrize(("title", "body"), [
    ("ORLA ACQUIRES 24 NURSING HOMES", "Orla Corp said it acquired 28 long-term care facilities "
     "for about 70 mln dlrs in cash."),
    ("ACME, BOLIVIA SIGN THREE COOPERATION PACTS", "Acme and Bolivia signed two cooperation "
     "treaties today, officials said."),
])
def test_what_one_act_took_is_one_count_whatever_its_noun(title: str, body: str) -> None:
    found = _headline_findings(title, body)
    assert len(found) == 1 and "the lede gives" in found[0]


@pytest.mark.parametrize(("title", "body"), [
    ("ACME BUYS TWO STORES", "Acme said it bought two stores in Ohio. It bought three stores "
     "last year."),
    ("ACME HIRES 40 ENGINEERS", "Acme said it hired 40 engineers and 12 designers."),
    ("ACME TO SELL 12 PLANTS", "Acme said it will sell 12 plants. It operates 40 factories."),
])
def test_an_act_whose_count_the_lede_gives_stays_quiet(title: str, body: str) -> None:
    assert _headline_findings(title, body) == []


def test_a_title_line_count_is_not_read_again_as_the_body_s() -> None:
    text = ("HARBOUR BLAST KILLS 27\n\nA blast at the harbour killed 22 people on Sunday, the "
            "port authority said. An inquiry has been opened.")
    found = [f.message for f in CHECKER.analyze(text).findings if f.field == "title"]
    assert len(found) == 1 and "22 people" in found[0]


@pytest.mark.parametrize(("title", "body"), [
    ("NINE KILLED IN MARKET ATTACK", "Gunmen opened fire on a market on Friday, police said. "
     "The attack began at noon. Seven people were killed in the attack, a spokesman said."),
    ("ORLA ACQUIRES 24 NURSING HOMES", "Orla Corp said it completed a deal in Ohio. Terms were "
     "not disclosed. The company said it acquired 28 care facilities with 3,000 beds."),
])
def test_a_headline_count_any_body_sentence_gives_for_the_same_event_or_act(
    title: str, body: str
) -> None:
    found = _headline_findings(title, body)
    assert len(found) == 1 and "the body gives" in found[0]


@pytest.mark.parametrize(("title", "body"), [
    ("ORLA ACQUIRES 24 NURSING HOMES", "Orla Corp said it completed a deal in Ohio. Terms were "
     "not disclosed. Last year the company acquired 28 care facilities."),
    ("NINE KILLED IN MARKET ATTACK", "Gunmen opened fire on a market on Friday, police said. "
     "The attack began at noon. The toll rose to nine. Seven people were killed at first."),
    ("ORLA TO BUY TWO BANKS", "Orla agreed to buy two banks in Ohio, it said. The deal is worth "
     "40 mln dlrs. Orla owns three banks in Texas."),
    ("TROOPS KILLED 1,200 RAIDERS IN BATTLE", "The army said troops killed 1,269 enemy fighters in a "
     "battle for the pass on Sunday."),
])
def test_another_period_an_update_another_act_and_a_cut_figure_stay_quiet(
    title: str, body: str
) -> None:
    assert _headline_findings(title, body) == []


def test_other_things_the_same_act_took_are_not_the_headline_s() -> None:
    assert _headline_findings("ORLA TO BUILD THREE TOWERS", "Orla said it won planning "
                              "consent in Leeds. Costs were not given. Orla said it will "
                              "build two other towers in York.") == []
