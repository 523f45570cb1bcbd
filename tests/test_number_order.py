"""N102 order, records and pace: claims of order against the two figures they compare."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.annotations.document import Document
from flagger.article import Article
from flagger.detectors.numbers import N102, detect
from flagger.detectors.numbers.pace import pace
from flagger.detectors.numbers.records import records


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2016, 9, 27)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("A new survey found Marlow edging Pettigrew 38% to 41% among likely voters.", "38%"),
        ("Advancing issues outnumbered decliners 612 to 904 on the exchange.", "612"),
        ("In the west, Pettigrew trails Marlow 47 percent to 39 percent.", "47 percent"),
        ("The council's planned outlay of $40m on the bridge is well below its earlier pledge "
         "of $25m.", "$40m"),
        ("Inflation of 1.4% was higher than the 1.9% the bank had forecast.", "1.4%"),
    ],
)
def test_an_order_its_two_figures_reverse_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "A new survey found Marlow edging Pettigrew 41% to 38% among likely voters.",
        # within the rounding of the less precise figure
        "The harbour board's outlay of $40m was below the $40.3m it had set aside.",
        # a move, not a comparison of two sides
        "Harbour shares edged up 4 to 85 pence on Tuesday.",
        "The index of 40 leading shares fell 12.5 to 1,640.2.",
        # a range after the object
        "The firm beat forecasts of 40 to 45 cents.",
        # one of several game scores
        "Okafor beat Lindqvist 19-21, 21-15 and 21-12 in the second round.",
        # a score is written leader first
        "The visitors were trailing 1-0 at the break.",
        # an agent, not the object compared
        "A 2.1 pct fall in feed prices was more than offset by a 3.4 pct rise in grain.",
        # negated
        "Inflation of 1.4% was not higher than the 1.9% the bank had forecast.",
        # different measures
        "The 300 nurses hired this year were more than the 400 beds the ward has.",
        # the end of a range is no subject, a range no object
        "Sales of 5.5-5.9 million homes were less than the 5.7 million homes sold in March.",
        "Growth of 2.5% was above estimates of 2.6%-2.8%.",
    ],
)
def test_an_order_its_figures_bear_out_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Factory orders plunged a record 6.4% in April. The previous record was a 7.1% drop "
         "in 2009.", "7.1%"),
        ("Commuters made 3.1 million trips in May, the highest monthly total on record. The "
         "previous highest monthly total came in March 2019, when 3.4 million trips were made.",
         "3.4 million"),
        ("The river fell to an all-time low of 1.9 metres. The previous low was 1.6 metres, "
         "in 1976.", "1.6"),
    ],
)
def test_a_previous_record_the_new_one_does_not_beat_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "Factory orders plunged a record 6.4% in April. The previous record was a 5.1% drop "
        "in 2009.",
        # another period: a monthly record against an annual one
        "Commuters made 3.1 million trips in May, the highest monthly total on record. The "
        "previous highest annual total was 30.4 million trips.",
        # the figure before the cue is a day of the month, the record another noun
        "The exchange handled a record 7,020 lots a day. A new daily record of 66,087 contracts "
        "was set on the 19th, beating the previous record of 61,398 contracts.",
    ],
)
def test_a_record_that_beats_the_previous_one_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Retail sales kept rising in May, but at a slower pace than in April.\n\nThe bureau "
         "said sales rose 0.8% from a revised 0.5% increase in April.", "0.8"),
        ("The economy grew 2.2% last year after accelerating in the final quarter.\n\nOutput "
         "rose by a solid 0.4% in the three months to 31 December, compared with 0.6% in the "
         "previous quarter.", "0.4"),
    ],
)
def test_growth_called_quicker_or_slower_against_its_rates_is_flagged(
    text: str, wrong: str
) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "Retail sales kept rising in May, but at a slower pace than in April.\n\nThe bureau "
        "said sales rose 0.3% from a revised 0.5% increase in April.",
        # no claim of pace
        "The bureau said sales rose 0.8% from a revised 0.5% increase in April.",
        # both kinds of claim in the window
        "Exports accelerated while imports slowed. Sales rose 0.8% from a revised 0.5% "
        "increase in April.",
        # a bare "slowed" or "slow" is said of something else
        "Job growth slowed in May. Wages rose 0.4% from 0.3% in April.",
        "The dollar was slow to react. Output rose 0.4% from 0.3% in the previous month.",
        # a figure that states a difference is not the thing compared
        "The firm's net margin of 4% is more than 5% below the industry average.",
    ],
)
def test_growth_whose_rates_bear_out_its_pace_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


def test_a_record_told_at_its_figure_is_the_one_the_previous_record_meets() -> None:
    text = ("Gold futures traded a record 2,350 contracts. Options set a monthly record at 27,370 "
            "contracts, up from the previous record of 26,880 contracts in January.")
    assert flagged(text) == []


def test_a_text_without_sentences_yields_nothing() -> None:
    text = "Sales slowed: a record 5% rose 0.4% from 0.2% in May. The previous record was 9%."
    doc = Document(Article(text), sentences=(), quotes=(), dates=(), hedges=())
    assert list(records(doc, N102)) == [] and list(pace(doc, N102)) == []
