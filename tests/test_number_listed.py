"""N102 listed parts: parts listed after their total that add up to more than it."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> bool:
    doc = annotate(Article(text, published=date(2004, 5, 2)))
    return any("parts listed" in f.message for f in detect(doc) if f.rule == "N102")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 120,000 tonnes comprised 50,500 tonnes of wheat for Egypt, 43,000 of maize for "
         "Spain and 36,500 of barley for Libya.", True),
        ("The 130,000 tonnes comprised 50,500 tonnes of wheat for Egypt, 43,000 of maize for "
         "Spain and 36,500 of barley for Libya.", False),
        ("The firm will take a $6.5 million reserve for its marine unit, including a $3.7 million "
         "charge and $3.8 million in costs.", True),
        ("The firm will take a $8.5 million reserve for its marine unit, including a $3.7 million "
         "charge and $3.8 million in costs.", False),
        ("Of the seven victims, three were stabbed, two were strangled, two were beaten and one "
         "was poisoned.", True),
        ("Of the eight victims, three were stabbed, two were strangled, two were beaten and one "
         "was poisoned.", False),
        ("Of the shows, 55% were seen by tourists — 36% from other states and 29% from abroad.",
         True),
        ("Of the shows, 65% were seen by tourists — 36% from other states and 29% from abroad.",
         False),
        # a list that falls short need not be complete
        ("Of the 12 candidates, 5 were women and 2 were under 30.", False),
        # a year is no part
        ("The 300 workers, including 120 in Ohio and 250 in 2004, were laid off.", False),
        # a signed measure split in full cannot fall short of its total (hidden losses would
        # only make the listed parts add up to more)
        ("Net sales totalled 41.0 mln dlrs - 26.2 mln of which was grain and 12.8 mln was "
         "feed.", True),
        ("Net sales totalled 41.0 mln dlrs - 26.2 mln of which was grain and 14.8 mln was "
         "feed.", False),
    ],
)
def test_listed_parts(text: str, expected: bool) -> None:
    assert flagged(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        # earnings hold losses as well as the gains listed
        "Quarter earnings were 18.8 mln dlrs, including a gain of 8.6 mln dlrs on a sale and "
        "10.5 mln dlrs from a settlement.",
        # a score or ratio is no total
        "Democrats have a 12 to eight majority on the panel, which is made up of 10 senators "
        "and 10 representatives.",
        # a rate is no part; an unscaled figure is no part of a scaled total
        "Congress passed aid worth $6 trillion, including a payment of $1,200 per adult and $500 "
        "per child.",
    ],
)
def test_signed_measures_rates_and_other_scales_are_not_parts(text: str) -> None:
    assert not flagged(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "40% of whom" is itself a part of the 2,400
        ("About 2,400 people have died, 40% of whom were white, 35% were black and 14% were "
         "Latino.", False),
        # figures of one kind in different scales are read at their value
        ("The fund raised $3 million, including $1.5 million from one donor, $500,000 from "
         "another and $250,000 from a third.", False),
        ("The fund raised $2.0 million, including $1.5 million from one donor, $500,000 from "
         "another and $250,000 from a third.", True),
    ],
)
def test_shares_of_whom_and_mixed_scales(text: str, expected: bool) -> None:
    assert flagged(text) is expected
