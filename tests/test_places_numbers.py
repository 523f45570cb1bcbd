"""Places and numbers: every F and N rule with our own sentences that must and must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect as detect_numbers
from flagger.detectors.places import detect as detect_places
from flagger.report.finding import Finding


def findings(text: str, published: date | None = date(2024, 5, 2)) -> list[Finding]:
    doc = annotate(Article(text, published=published))
    return [*detect_places(doc), *detect_numbers(doc)]


FLAGGED = [
    # (rule, sentence, flagged words, a related span's words)
    ("F101", "Ministers met in the Canadian capital Toronto on Monday.", "Toronto", "Canadian"),
    ("F101", "The summit opens in Lyon, the capital of France, next week.", "Lyon", "France"),
    ("F101", "Fans gathered in France's capital Marseille for the parade.", "Marseille", "France"),
    ("F101", "The talks were held in Istanbul on Tuesday. Officials in the Turkish capital said little.",
     "Turkish capital", "Istanbul"),
    ("F101", "Trade envoys met in Nairobi, the capital of Uganda, on Friday.", "Uganda", "Nairobi"),
    ("F101", "The festival moved to Sydney, Australia's capital, in March.", "Sydney", "Australia"),
    ("F102", "BRUGES, Netherlands (Reuters) - The canal museum reopened on Monday.", "Netherlands", "BRUGES"),
    ("F102", "A new bridge opened in the Dutch city of Bruges on Monday.", "Dutch", "Bruges"),
    ("F102", "The choir performed in Bruges, the Netherlands, last week.", "Netherlands", "Bruges"),
    ("F102", "The ferry docked at the Italian port of Marseille after the storm.", "Italian", "Marseille"),
    ("N102", "Harbour fees fell 12 percent to 264 from 280 last year.", "12 percent", "280"),
    ("N102", "Ticket sales rose 30% to $4.1 million from $3.6 million.", "30%", "$3.6 million"),
    ("N102", "Visitor numbers rose from 2,000 to 2,400, an increase of 40 percent.", "40 percent", "2,000"),
    ("N102", "Cargo volume doubled to 4,100 tonnes from 3,000 tonnes.", "doubled", "3,000"),
    ("N102", "Negotiators freed five of the four hostages on Sunday.", "five", "four"),
    ("N101", "Guards detained 12 fishermen near the pier. On Monday all 14 fishermen were "
     "questioned by the coast guard.", "14", "12"),
]

NOT_FLAGGED = [
    "Ministers met in the Canadian capital Ottawa on Monday.",
    "The summit opens in Paris, the capital of France, next week.",
    "The talks were held in Ankara on Tuesday. Officials in the Turkish capital said little.",
    "He left Istanbul on Monday and flew to the Turkish capital for talks.",
    "BRUGES, Belgium (Reuters) - The canal museum reopened on Monday.",
    "A new bridge opened in the Belgian city of Bruges on Monday.",
    "Talks between Kiev, Russia and Belarus resumed on Friday.",
    "In Havana, the U.S. embassy reopened its consular section.",
    "Ross Walker, UK economist at a bank, said rates would rise.",
    "The Turkish capital market rallied on Friday.",
    "Harbour fees fell 5.7 percent to 264 from 280 last year.",
    "Harbour fees fell 6 percent to 264 from 280 last year.",
    "Ticket sales rose to 60.3 pct from 55.2 pct a year earlier.",
    "Cargo volume nearly doubled to 5,800 tonnes from 3,000 tonnes.",
    "Negotiators freed three of the four hostages on Sunday.",
    "Guards detained 12 fishermen near the pier. By evening the number had risen and all 14 "
    "fishermen were questioned.",
    "Guards detained 12 fishermen. Another 14 fishermen were questioned by the coast guard.",
]


@pytest.mark.parametrize(("rule", "text", "words", "partner"), FLAGGED)
def test_flagged(rule: str, text: str, words: str, partner: str) -> None:
    found = [f for f in findings(text) if f.rule == rule]
    assert found, f"{rule} not found in {text!r}"
    finding = found[0]
    assert text[finding.start : finding.end] == words
    assert any(span.text == partner for span in finding.related)


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_not_flagged(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("published", "flagged"),
    [(date(1987, 3, 24), False), (date(1995, 3, 24), True)],
)
def test_historical_capitals_are_read_at_publication(published: date, flagged: bool) -> None:
    text = "Thatcher met Chancellor Kohl in the German capital Bonn on Monday."
    assert bool([f for f in findings(text, published) if f.rule == "F101"]) is flagged


def test_arithmetic_message_shows_the_sum() -> None:
    (finding,) = findings("Harbour fees fell 12 percent to 264 from 280 last year.")
    assert "5.7% fall" in finding.message
    assert finding.severity == "error"


def test_the_example_article_has_no_place_or_number_finding(example_text: str) -> None:
    assert findings(example_text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a city far larger than any namesake is judged
        ("The firm, based in Bristol, Wales, makes valves.", True),
        ("The team flew to Madrid, Portugal, on Monday.", True),
        ("The firm, based in Milan, Spain, makes valves.", True),
        # ... but a smaller namesake in the country named makes the pair right
        ("The firm, based in Laval, France, makes valves.", False),
        ("The firm, based in Dublin, United States, makes valves.", False),
        ("The firm, based in Bristol, England, makes valves.", False),
        # a list of places, the last joined by ", and"
        ("Data from New York City, Italy, and the Netherlands show it.", False),
        # a name two large cities share is not judged
        ("Voters in London, Canada, went to the polls.", False),
    ],
)
def test_cities_are_judged_by_population_dominance(text: str, flagged: bool) -> None:
    assert any(f.rule == "F102" for f in findings(text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a wrapped line: the country goes on into the next line as an adjective of a title or noun
    ("Ministers spoke in the port city of Bruges, Netherlands\nForeign Minister Ann Lee said.", False),
    ("Grain fell near Bruges, the Netherlands\nfarm ministry's envoy in Rome said.", False),
    # a city opening its line is a dateline; a blank or indented next line ends a paragraph
    ("BRUGES, Netherlands\nThe canal museum reopened on Monday.", True),
    ("The choir sang in Bruges, Netherlands\n\nThe tour ends in May.", True),
    ("The choir sang in Bruges, Netherlands\n    The tour ends in May.", True),
])
def test_a_wrapped_line_does_not_end_a_placement(text: str, flagged: bool) -> None:
    assert any(f.rule == "F102" for f in findings(text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a capital named as the agent of a passive stands for its government
    ("Seen as a breakaway region by Madrid, Portugal—long a neighbour—kept quiet.", False),
    # a city that is no capital, or no agent, is still placed
    ("Seen as a breakaway region by Bruges, Netherlands—long a neighbour—kept quiet.", True),
    ("The team trained in Madrid, Portugal—long a neighbour—before the final.", True),
])
def test_a_capital_as_agent_is_its_government(text: str, flagged: bool) -> None:
    assert any(f.rule == "F102" for f in findings(text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a state of the named country bears the city's name: the pair is right
    ("Sheep farmers met in Canterbury, New Zealand, after the drought.", False),
    ("Coffee growers in Antioquia, Colombia, expect a late harvest.", False),
    # a country without a region of that name still gets the city placed wrongly
    ("Coffee growers in Antioquia, Peru, expect a late harvest.", True),
])
def test_a_region_of_the_named_country_makes_the_pair_right(text: str, flagged: bool) -> None:
    assert any(f.rule == "F102" for f in findings(text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a scale word after the whole is part of its value
    ("Nearly 300,000 of its 12 million residents work abroad.", False),
    ("About 40 of the 2 thousand delegates left early.", False),
    ("Some 300 of its 120 residents work abroad.", True),
])
def test_a_whole_is_read_with_its_scale_word(text: str, flagged: bool) -> None:
    assert any(f.rule == "N102" for f in findings(text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # "nearly" allows a multiple a little above the factor, not far above it
    ("Exports nearly doubled to 2,090 tonnes in May from 1,000 tonnes in April.", False),
    ("Exports nearly doubled to 2,300 tonnes in May from 1,000 tonnes in April.", True),
    ("Output almost tripled to 3,120 units from 1,000 units a year earlier.", False),
])
def test_nearly_allows_a_multiple_a_little_above_the_factor(text: str, flagged: bool) -> None:
    assert any(f.rule == "N102" for f in findings(text)) is flagged


def test_a_whole_with_decimals_is_read_whole() -> None:
    text = "The chairman holds about 960,000 of the 6.2 mln outstanding shares."
    assert not [f for f in findings(text) if f.rule == "N102"]
