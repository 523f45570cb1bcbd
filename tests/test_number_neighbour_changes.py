"""N102 a percentage change told in one statement and its levels in the next."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def findings(text: str, title: str | None = None) -> list[tuple[str, str]]:
    """The findings of this reader (other readers may read some of these texts)."""
    doc = annotate(Article(text, title=title, published=date(2024, 5, 2)))
    found = list(detect(doc))
    if doc.headline is not None:
        found += detect(doc.headline)
    return [(f.field, f.message) for f in found if "told next" in f.message]


LEDE = "Vela Motors said bus sales for the month were off 15.5 pct to 10,917 from 12,924."


def test_a_headline_change_is_checked_against_the_lede_levels() -> None:
    assert findings(LEDE, "VELA BUS SALES OFF 5.5 PCT") == [
        ("title", "5.5 PCT does not fit 12,924 → 10,917 told next: that is a 15.5% fall")
    ]


def test_a_change_is_checked_against_the_levels_of_the_next_sentence() -> None:
    text = ("Vela said its bus sales fell 53 pct from the same period last year. Vela said it "
            "sold 1,330 buses in the period, down from 2,047 a year earlier.")
    assert findings(text) == [
        ("text", "53 pct does not fit 2,047 → 1,330 told next: that is a 35.0% fall")
    ]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("VELA BUS SALES OFF 15.5 PCT", LEDE),
        ("VELA BUS SALES OFF ABOUT 15 PCT", LEDE),
        ("VELA YEAR BUS SALES OFF 5.5 PCT", LEDE),
        ("VELA FIRST NINE MONTHS BUS SALES OFF 5.5 PCT", LEDE),
        ("VELA BUS SALES OFF 5.5 PCT TO 10,917", LEDE),
        ("HARBOUR TRAFFIC UP 5.5 PCT", LEDE),
        (None, "Vela said its bus sales fell 35 pct from the same period last year. Vela sold "
               "1,330 buses in the period, down from 2,047."),
        (None, "Vela said its bus sales fell 53 pct in the first nine months. Vela sold 1,330 "
               "buses in March, down from 2,047."),
        (None, "Vela said its bus sales fell 53 pct. Harbour traffic reached 1,330 ships, down "
               "from 2,047."),
        (None, "Vela said its bus sales fell 53 pct. Vela sold 1,330 buses, down from 2,047, "
               "and 80 trams, up 14 pct from 70."),
    ],
)
def test_fitting_changes_and_changes_of_other_things_are_not_flagged(
    title: str | None, text: str
) -> None:
    assert findings(text, title) == [], (title, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vela said its total operating profits rose nearly 29 pct in 2023.\n    Group net profit "
        "rose to 47.7 mln from 42.2 mln and the dividend was unchanged.",
        "Vela said bus sales were 7.2 mln, or 10.6 pct, higher than the estimate of 68.0 mln. "
        "Bus sales rose to 23.8 mln from 18.9 mln.",
        "Vela said the share of bus sales has fallen below 32 pct. Bus sales fell to 3.9 mln "
        "from 4.7 mln.",
    ],
)
def test_changes_of_another_measure_or_with_their_own_base_are_not_flagged(text: str) -> None:
    assert findings(text) == [], text


def test_a_change_of_a_share_is_not_read_against_levels_of_counts() -> None:
    text = ("Vela buses took 37.5% of the market. This was a 4.5% gain for the proportion of Vela "
            "buses in the market. Vela bus sales rose to 310 from 287.")
    assert findings(text) == []


def test_a_report_words_one_quantity_two_ways_and_wraps_its_lede() -> None:
    text = ("Vela Motors said\nits first quarter net income rose 37 pct, paced by strength in\n"
            "both buses and trams.\n    Based on early results, the company said, net income\n"
            "rose to about 24 mln dlrs, or 96 cts a share, from 17.4 mln dlrs.")
    assert findings(text, "VELA 1ST QTR EARNINGS UP ABOUT 73 PCT") == [
        ("title", "ABOUT 73 PCT does not fit 17.4 mln → 24 mln told next: that is a 37.9% rise")
    ]


def test_a_headline_change_the_lede_tells_without_levels_is_not_read_against_later_ones() -> None:
    text = ("Vela's bus exports rose by 24.5 pct to 15.1 billion crowns in 2023, the council "
            "said.\n    Total exports for the year declined by 5.6 pct to 35.9 billion crowns "
            "from 38 billion.")
    assert findings(text, "VELA 2023 BUS EXPORTS RISE 24 PCT") == []
