"""N102 parts of one whole: changes across unit words, parts after their whole, shares of one
whole beyond 100%, and a stake change against the shares traded or against its verb."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def flagged(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(1987, 4, 1)))
    return [doc.text[f.start:f.end] for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the one-sentence change reader: unit words between the levels, a wrapped line
        ("Ferry traffic advanced 30.5 pct to 412.6 mln\npassenger miles from 350.1 mln "
         "passenger miles, the line said.", "30.5 pct"),
        ("Half-year profits were up 40 pct to 81 cts a share from 66 cts last year.", "40 pct"),
        ("The harbour index rose 21.3 pct to 204.50 in May from a revised\n188.25 in April.",
         "21.3 pct"),
        # parts after their whole
        ("The channel averaged 3.2 million viewers, including 3.9 million aged 18-49.",
         "3.9 million"),
        ("Maize turnover totalled 144 lots, of which 160 were switches.", "160"),
        # shares of one whole
        ("About 900 workers were laid off, 45% of whom were women, 30% were men and 40% were "
         "contractors.", "40%"),
        ("Growers aim for a mix of 70 percent red grapes to 45 percent white grapes.",
         "45 percent"),
        # a stake cut against the shares sold
        ("Orvel Holdings said it lowered its stake in Brandt Corp to 512,300 shares, or 6.1 "
         "pct, from 577,900 shares. Orvel said it sold 75,600 Brandt common shares in March.",
         "75,600"),
        # a stake named later without a figure is no second stake
        ("Orvel Holdings said it lowered its stake in Brandt Corp to 512,300 shares, or 6.1 "
         "pct, from 577,900 shares. Orvel said it sold 75,600 Brandt common shares in March. "
         "While its stake stays below five pct it need not report.", "75,600"),
    ],
)
def test_parts_of_a_whole_that_do_not_fit_are_flagged(text: str, wrong: str) -> None:
    assert wrong in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ferry traffic advanced 17.9 pct to 412.6 mln\npassenger miles from 350.1 mln "
        "passenger miles, the line said.",
        "Half-year profits were up 23 pct to 81 cts a share from 66 cts last year.",
        "It bought a 30 pct stake to 64 from 52 last year.",
        "The channel averaged 3.2 million viewers, including 1.9 million aged 18-49.",
        "The fund holds 2 million shares, including 400,000 bought in May.",
        "Maize turnover totalled 144 lots, of which 60 were switches.",
        "At the home 76 patients died from March 1 through May 2, including 68 in April.",
        "It has 12 ships, including 20 percent built abroad.",
        "About 900 workers were laid off, 45% of whom were women, 30% were men and 25% were "
        "contractors.",
        "Growers aim for a mix of 70 percent red grapes to 30 percent white grapes.",
        "Orvel Holdings said it lowered its stake in Brandt Corp to 512,300 shares, or 6.1 "
        "pct, from 577,900 shares. Orvel said it sold 65,600 Brandt common shares in March.",
        "Orvel Holdings said it lowered its stake in Brandt Corp to 512,300 shares from 577,900 "
        "shares. Orvel said it sold 60,000 Brandt common shares in March.",
        "Orvel Holdings said it lowered its stake in Brandt Corp to 512,300 shares from 577,900 "
        "shares. Orvel said it sold 75,600 shares and gave another 1,000 to a college.",
        "Orvel Holdings said it lowered its stake in Brandt Corp to 512,300 shares from 577,900 "
        "shares. Orvel said it sold 45,600 shares in March and bought 20,000 shares in May.",
        "Orvel Holdings said it lowered its stake in Brandt Corp to 512,300 shares from 577,900 "
        "shares. Orvel said it sold 75,600 shares. Its partner holds a stake of 30,000 shares.",
    ],
)
def test_parts_that_fit_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


def test_parts_a_whole_consisted_of_must_add_up_to_it() -> None:
    text = ("The port has paid fees of $240 million since 1990. These fees consisted of $90 "
            "million in harbour dues and $170 million in pilotage, funded by $30 million of "
            "bonds.")
    assert flagged(text) == ["$170 million"]
    assert flagged(text.replace("$170 million", "$150 million")) == []
    assert flagged(text.replace("fees of $240 million", "$240 million")) == []


def test_parts_a_whole_comprised_whose_level_a_verb_gave() -> None:
    text = ("The depot said its stock of coal, coke and ore rose to 240,000 tonnes on May 4 "
            "from 95,000 a week earlier.\n    The stock comprised 70,000 tonnes of coal and "
            "coke and 150,000 tonnes of ore.")
    assert flagged(text) == ["150,000"]
    assert flagged(text.replace("70,000", "90,000")) == []
    two_levels = text.replace("ore rose to 240,000 tonnes", "ore rose to 240,000 tonnes and its "
                              "stock of ore fell to 100,000 tonnes")
    assert flagged(two_levels) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The east wing cost $42 million and the west wing $18 million. Their combined $70 "
         "million was paid by the city.", True),
        ("The east wing cost $42 million and the west wing $18 million. Their combined $60 "
         "million was paid by the city.", False),
        ("The east wing cost $42 million, the west wing $18 million and the hall $10 million. "
         "Their combined $70 million was paid by the city.", False),
        ("The east wing cost $42 million and the west wing $18 million. Their combined 70 "
         "staff were paid by the city.", False),
    ],
)
def test_a_combined_figure_is_the_sum_of_its_two_parts(text: str, wrong: bool) -> None:
    assert (flagged(text) == ["$70 million"]) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Orvel Holdings said it raised its stake in Brandt Corp to 512,300 shares, or 6.1 pct "
         "of the total, from 577,900 shares, or 6.9 pct.", "raised"),
        ("Orvel Holdings said it cut its stake in Brandt Corp and its units to 612,300 shares, "
         "or 7.1 pct, from 577,900 shares.", "cut"),
    ],
)
def test_a_stake_moved_against_its_verb_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


def test_a_stake_moved_the_way_its_verb_says_is_not_flagged() -> None:
    assert flagged("Orvel Holdings said it raised its stake in Brandt Corp to 612,300 shares, "
                   "or 7.1 pct of the total, from 577,900 shares, or 6.9 pct.") == []
