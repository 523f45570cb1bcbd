"""N102 premiums: a price stated as a percentage over or under a quote its prices contradict."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1988, 5, 10)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The bonds are convertible at 18-3/4 dlrs, representing a premium of 15.83 pct over "
         "Tuesday's close of 16 dlrs.", "premium of 15.83 pct"),
        ("The exercise price was set at 430p, a premium of 7.2 pct over the shares' closing "
         "price on Monday of 398p.", "premium of 7.2 pct"),
        ("The conversion price has been fixed at 612 pence which represents a premium of 4.1 "
         "pct over last night's 570 pence closing share price.", "premium of 4.1 pct"),
        ("New shares will be sold at 9.20 dlrs a share, a discount of 6 pct to the stock's "
         "closing price of 10.40 dlrs.", "discount of 6 pct"),
    ],
)
def test_a_premium_its_prices_contradict_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # 18.75 / 16 is 17.19% over
        "The bonds are convertible at 18-3/4 dlrs, representing a premium of 17.19 pct over "
        "Tuesday's close of 16 dlrs.",
        # a quote carried to more digits than printed: 2.53 for 2.54 stays inside
        "The exercise price was set at 612 yen per share, representing a premium of 2.54 pct "
        "over today's closing price of 597 yen.",
        "The debentures convert at a rate of 41.20 dlrs per share, which represents a conversion "
        "premium of about 22 pct over the last sale price of 33-1/2 per share yesterday.",
        # prices in two currencies are not set against each other
        "The conversion price was set at 12.40 dlrs, a premium of 10 pct over the close of "
        "720 yen.",
        # no quote named after the premium
        "The conversion price was set at 3.40 dlrs per share, a premium of 5.05 pct.",
        "The issue price represents a premium of 6.5 pct over the stock's closing price of "
        "650 yen.",
    ],
)
def test_a_premium_its_prices_allow_is_not_flagged(text: str) -> None:
    assert flagged(text) == []
