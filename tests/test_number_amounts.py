"""N102 amounts and conversions: a change's amount against its two levels, and a conversion's
rate against the article's other conversions."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2005, 2, 1)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Bond turnover was up 3.9 billion crowns last week at 12.2 billion from 9.1 billion.",
         "3.9 billion"),
        ("Heating oil stocks rose 45,000 barrels to 61.12 mln from a revised 60.70 mln.", "45,000"),
        ("The ferry index fell 14.5 points to 1,302.1 from 1,312.6.", "14.5"),
        ("The shares rose 12 cents to 4.60 dlrs from 4.52 dlrs.", "12"),
    ],
)
def test_an_amount_that_is_not_the_difference_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "Bond turnover was up 3.1 billion crowns last week at 12.2 billion from 9.1 billion.",
        "Heating oil stocks rose 420,000 barrels to 61.12 mln from a revised 60.70 mln.",
        "Heating oil stocks rose 0.42 to 61.12 mln from a revised 60.70 mln.",
        "The ferry index fell 10.5 points to 1,302.1 from 1,312.6.",
        "The shares rose 8 cents to 4.60 dlrs from 4.52 dlrs.",
        "Output rose about 2 mln tonnes to 14.4 mln from 12.1 mln.",
        "The jobless rate rose 0.4 points to 5.2 pct from 4.9 pct in 1990.",
    ],
)
def test_an_amount_within_rounding_or_another_reading_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The film took $12.4m (£6.6m) on its first weekend. Its rival made $8.2 (£4.4m).",
         "$8.2 (£4.4m"),
        ("Sales were worth $30 million (£16 million) last year and will reach $2.1 billion "
         "(£11 million) by 2010.", "$2.1 billion (£11 million"),
        ("Harbour fees rose to 3.1bn euros ($4bn; £4.2bn). Costs were 1.2bn euros ($1.6bn; "
         "£0.84bn), and debts 5bn euros ($6.5bn; £3.5bn).", "3.1bn euros ($4bn; £4.2bn"),
    ],
)
def test_a_conversion_at_another_rate_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The film took $12.4m (£6.6m) on its first weekend. Its rival made $8.2m (£4.4m).",
        "The film took $12m (£6m). Its rival made $8.2m (£4.7m).",
        "The film took $12.4m ($6.6m of it abroad). Its rival made $8.2m (£4.4m).",
        "Costs were 1.2bn euros ($1.6bn). Its rival paid $8.2m (£4.4m).",
        "Turnover was 3. 46 trillion won (3.7 billion U.S. dollars), and 2.275 trillion won "
        "(2.445 billion U.S. dollars) on the second board.",
    ],
)
def test_conversions_at_one_rate_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the pound has never been worth less than a dollar
        ("The studio said it earned $10m (£19.2m) in the quarter.", "$10m (£19.2m"),
        ("Profits rose to 2.4bn euros ($3.1bn; £2.9bn) as sales grew.",
         "2.4bn euros ($3.1bn; £2.9bn"),
        ("The plant cost 2 million yuan (about 125,000 U.S. dollars) to build.",
         "2 million yuan (about 125,000 U.S. dollars"),
        ("The film made $6.3 (£3.35m) in its fifth week.", "$6.3 (£3.35m"),
    ],
)
def test_a_lone_conversion_at_a_rate_no_year_has_seen_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The studio said it earned $10m (£5.4m) in the quarter.",
        # rounded equivalents stay inside: a pound near parity in 2022
        "The deal was worth $1bn (£1bn).",
        "Profits rose to 2.4bn euros ($3.1bn; £1.65bn) as sales grew.",
        "The plant cost 2 million yuan (about 247,000 U.S. dollars) to build.",
        "Exports reached 120 billion yen (800 mln dlrs) in the month.",
        # pairs without known bounds are left to the agreement check
        "The ticket cost 500 rupees ($11).",
    ],
)
def test_a_lone_conversion_at_a_seen_rate_is_not_flagged(text: str) -> None:
    assert flagged(text) == []
