"""N102 percentage changes in more forms, and multiples of "the B" against the figure before."""

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
        ("Shipments to Asia were 3.12 mln tonnes, 31.5 pct down on a previous 3.90 mln.",
         "31.5 pct"),
        ("Harbour sales were off 42 pct to 1,210 boats from 2,830 boats a year ago.", "42 pct"),
        ("Gas output fell 6.1 pct in May to 4.52 mln cubic metres from April's total of 5.20 "
         "mln cubic metres.", "6.1 pct"),
        ("Ferry fares added about 30 percent to costs, with spending climbing from about $1.20 "
         "billion in May to $1.38 billion now.", "30 percent"),
        ("Harbour traffic fell 7.2 pct in March, with 1,503,200 crossings compared to 1,572,100 "
         "crossings a year earlier.", "7.2 pct"),
        ("Port revenue totaled 81.2 mln dlrs, up 9 pct from May 1998's 120.5 mln dlrs.", "9 pct"),
        ("The ferry stock closed at $42 a share on Friday, down 31 percent from a high of $55.",
         "31 percent"),
        ("The reform cut the harbour levy to 40 percent from 64 percent, a decline of 45 percent.",
         "45 percent"),
        ("Visits hit 8,120 in the 2012 season, a more than 1,000 percent increase from 1,003.",
         "1,000 percent"),
        # a change verb in any form: infinitive, present, -ing
        ("The storm caused ferry revenue to slump 48 percent to 30 million pounds, from 81 "
         "million a year earlier.", "48 percent"),
        ("Ferry bookings jump 25% to 1,500 from 1,000 as summer nears.", "25%"),
        ("Harbour fees are rising 12 pct to 56 dlrs from 40 dlrs a tonne.", "12 pct"),
    ],
)
def test_a_change_its_figures_contradict_is_flagged(text: str, wrong: str) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "Shipments to Asia were 3.12 mln tonnes, 20 pct down on a previous 3.90 mln.",
        "Gas output fell 13.1 pct in May to 4.52 mln cubic metres from April's total of 5.20 "
        "mln cubic metres.",
        "Harbour traffic fell 4.4 pct in March, with 1,503,200 crossings compared to 1,572,100 "
        "crossings a year earlier.",
        "The ferry stock closed at $42 a share on Friday, down 24 percent from a high of $55.",
        "The reform cut the harbour levy to 40 percent from 64 percent, a decline of 38 percent.",
        "The reform cut the harbour levy to 40 percent from 64 percent, a decline of 24 percent.",
        "The jobless rate fell 0.3 percent to 5.1 percent from 5.4 percent.",
        "Fares fell from 1,432 on May 4, to 1,239 on May 11, to 1,049 on May 18 - a decline of "
        "26.7 percent.",
        "Sales were up 46 pct to 6,360,000 dlrs from 4,350,000 dlrs, with ferry sales up 16 pct.",
        "Visits hit 8,120 in the 2012 season, up 12 percent from 2011.",
        "The storm caused ferry revenue to slump 63 percent to 30 million pounds, from 81 "
        "million a year earlier.",
        "Ferry bookings jump 50% to 1,500 from 1,000 as summer nears.",
        # "to" that ends a range ("30 to 40") is no level reached
        "The port's debt, seen to grow by 8 pct this year compared with 500 mln dlrs last year, "
        "must not rise by between 30 to 40 mln dlrs a year.",
        # a bond's coupon is no change; a fraction's last digits are no percentage
        "The port is increasing its 6 pct ten year bond issue to 90 mln francs from 60 mln.",
        "The port is increasing its 7-1/2 pct issue to 90 mln francs from 60 mln.",
        # a second change joined by "and" owns the levels after it
        "The council expects traffic to grow 3.5 pct this year and fares to drop to 12 pct of "
        "income from 18 pct.",
        "Voters back the mayor by 49 percent to 45 percent, up from 47 percent to 46 percent.",
        "The margin slid from 22.11 percent in 2002 to 17.69 percent this year, 5.14 percent "
        "lower than the same period last year.",
        "Ferry bookings grew 74% this spring\n\nBookings went from 33% in May to 282% in June.",
        "Berths will rise to 150,000 from 9,000, pushing ferry exports up 45.3 pct to 260,000.",
        "Re-exports fell by 6.6 pct, resulting in a surge in net imports from 175,901 to "
        "251,708 tonnes, an increase of 43 pct.",
        "The port had profit of $76.8 million, or $3.66 a share, up 11% from $69.5 million, or "
        "$3.31 a share.",
        "The port had profit of $19.2 million, or 91 cents a share, up 3% from $18.7 million.",
        "Freight climbed 17 pct, though the load factor fell to 68.8 pct from 70 pct.",
        "The index fell to 154.5 in May from 154.6 in April, against 147.4 in May 1989, giving "
        "a year-on-year increase of 4.8 pct.",
    ],
)
def test_a_change_its_figures_allow_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The port earned $31.2 million, or 55 cents a share, more than twice the $17.8 million, "
         "or 30 cents, a year earlier.", "more than twice"),
        ("Forty percent of pilots back the plan, about triple the 21% of captains.",
         "about triple"),
        ("The fund held just over $2 billion, less than half the $3.6 billion of May.",
         "less than half"),
    ],
)
def test_a_multiple_of_the_figure_before_that_does_not_fit_is_flagged(
    text: str, wrong: str
) -> None:
    assert flagged(text) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "The port earned $31.2 million, or 55 cents a share, more than twice the $14.8 million, "
        "or 30 cents, a year earlier.",
        "Forty percent of pilots back the plan, about double the 21% of captains.",
        "The fund held just over $2 billion, less than half the $4.6 billion of May.",
        "The ferry has 500 seats, and carries twice the 30,000 passengers of the old one.",
        "The port earned $31.2 million. It paid twice the $3 million fee.",
    ],
)
def test_a_multiple_that_fits_or_has_no_partner_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "flagged_"),
    [
        ("The port said its total freight in May rose 21.4 pct.\n    It said it handled "
         "812,400 tonnes of freight compared to 612,300 tonnes last May.", True),
        ("The port said its total freight in May rose 32.7 pct compared to May\n1989.\n    It "
         "said it handled 812,400 tonnes of freight compared to 612,300 tonnes last May.", False),
        ("Ferry sales rose 12 pct in May. Net income was 4.5 mln dlrs compared with 3.2 mln "
         "dlrs.", False),
        ("The port said its total freight in May fell 21.4 pct. It said it handled 812,400 "
         "tonnes of freight compared to 612,300 tonnes last May.", False),
    ],
)
def test_a_change_with_its_levels_in_the_next_sentence(text: str, flagged_: bool) -> None:
    assert bool(flagged(text)) is flagged_


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The ferry line's surplus rose to 2.4 mln dlrs in May, triple April's 1.2 mln dlrs.",
         ["triple"]),
        ("The ferry line's surplus rose to 2.4 mln Canadian dlrs in May, double April's 1.2 mln "
         "dlrs.", []),
        ("The ferry line's surplus rose to $3.6 million in May, twice Ferrolink's $1.2 million.",
         ["twice"]),
        ("The ferry line's surplus rose to 2.4 mln dlrs in May, triple April's 1.2 mln yen.", []),
        ("The ferry line carried 2,400 cars in May, triple April's 1,200 cars.", []),
    ],
)
def test_a_multiple_of_a_base_told_by_whose_it_is(text: str, wrong: list[str]) -> None:
    assert flagged(text) == wrong


@pytest.mark.parametrize(
    ("text", "flagged_"),
    [
        # the levels' sentence may hold a conversion in brackets and per-share figures
        ("The group said net profit in the second quarter rose 71% as costs fell.\n\nThe group "
         "said net profit climbed to 410 million guilders ($200.5 million), or 5.10 guilders a "
         "share, from 180 million guilders, or 2.20 guilders a share, a year earlier.", True),
        ("The group said net profit in the second quarter rose 128% as costs fell.\n\nThe group "
         "said net profit climbed to 410 million guilders ($200.5 million), or 5.10 guilders a "
         "share, from 180 million guilders, or 2.20 guilders a share, a year earlier.", False),
    ],
)
def test_a_change_whose_levels_carry_asides(text: str, flagged_: bool) -> None:
    assert bool(flagged(text)) is flagged_


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a level reached given as a floor allows a tenth above it
        ("Her audience has almost tripled, from 1,310,000 viewers in 2015 to more than 2.1 "
         "million in May.", ["almost tripled"]),
        ("Her audience has almost tripled, from 810,000 viewers in 2015 to more than 2.1 "
         "million in May.", []),
        ("Her audience has almost tripled, from 1,000,000 viewers in 2015 to more than 2.6 "
         "million in May.", []),
    ],
)
def test_a_multiple_up_to_a_floor(text: str, wrong: list[str]) -> None:
    assert flagged(text) == wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a level, then its percentage "higher/lower than" the base it names
        ("Output was 2.1 mln tonnes, almost 20 pct lower than the 3.9 mln tonnes of 2003.",
         ["20 pct"]),
        ("Output was 2.1 mln tonnes, almost 20 pct lower than last year's 3.9 mln tonnes.",
         ["20 pct"]),
        ("Output was 3.2 mln tonnes, almost 20 pct lower than last year's 3.9 mln tonnes.", []),
        ("Gas output was 1.15 billion cubic metres, 3.6 pct higher than 1.11 billion a year "
         "before.", []),
        ("Gas output was 1.15 billion cubic metres, 13.6 pct higher than 1.11 billion a year "
         "before.", ["13.6 pct"]),
        ("Output was 2.1 mln tonnes, up 20 pct and more than 5.9 mln tonnes elsewhere.", []),
    ],
)
def test_a_level_set_higher_or_lower_than_its_base(text: str, wrong: list[str]) -> None:
    assert flagged(text) == wrong


@pytest.mark.parametrize(
    ("text", "flagged_"),
    [
        ("Ferry profits rose 10 pct to 117 mln dlrs compared with 1985 fourth quarter results "
         "of 96 mln.", True),
        ("Ferry profits rose 22 pct to 117 mln dlrs compared with 1985 fourth quarter results "
         "of 96 mln.", False),
        ("Ferry sales rose 9 pct to 6.5 billion compared with 1985's sales of 5.96 billion.",
         False),
    ],
)
def test_a_base_named_by_its_year_and_measure(text: str, flagged_: bool) -> None:
    assert bool(flagged(text)) is flagged_


@pytest.mark.parametrize(
    ("text", "flagged_"),
    [
        # a base told as a record, a projection or a fiscal year's figure
        ("Mill profits should drop 14 pct to 30 billion yen this year, from 1990/91's record "
         "50.14 billion.", True),
        ("Mill profits should drop 40 pct to 30 billion yen this year, from 1990/91's record "
         "50.14 billion.", False),
        ("Revenue will be about 6.7 billion riyals, down by about 13 pct on the 1990/91 "
         "projected revenue of 9.7 billion.", True),
        ("Revenue will be about 6.7 billion riyals, down by about 30 pct on the 1990/91 "
         "projected revenue of 9.7 billion.", False),
    ],
)
def test_a_base_told_with_its_record_or_projection(text: str, flagged_: bool) -> None:
    assert bool(flagged(text)) is flagged_
