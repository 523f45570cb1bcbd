"""N102 shares: a percentage set against the part and whole written beside it."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def share_messages(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f.message for f in detect(doc) if f.rule == "N102"]


@pytest.mark.parametrize(
    "text",
    [
        "Only 31 out of 659 councillors, or 2%, voted for the plan.",
        "The firm kept 28,700 of its 56,000 staff (about 40%) on full pay.",
        "Some 600 of the 1,830 boats, or 3 percent, stayed in port.",
    ],
)
def test_a_share_that_does_not_fit_is_flagged(text: str) -> None:
    assert share_messages(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Only 31 out of 659 councillors, or 4.7%, voted for the plan.",
        "Only 31 out of 659 councillors, or 5%, voted for the plan.",
        "The firm kept 28,700 of its 56,000 staff (about 50%) on full pay.",
        "12% of the 500 workers, or 60 people, were absent.",
        "Three of the 2019 entrants, or 40 percent of them, came back.",
        "Of 200 seats, 120 went to the coalition, more than 50 percent.",
    ],
)
def test_a_share_within_rounding_is_not(text: str) -> None:
    assert share_messages(text) == [], text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Cases in the city reached 28,700, about 40% of the region's 56,000 cases.", True),
        ("Cases in the city reached 22,700, about 40% of the region's 56,000 cases.", False),
        ("Women hold only 2% of seats - 31 out of 659 - on the councils.", True),
        ("Women hold only 5% of seats - 31 out of 659 - on the councils.", False),
        ("About 600,000 of Norway's 5.4 million people (or around 3 percent) were sick.", True),
        ("About 600,000 of Norway's 5.4 million people (or around 11 percent) were sick.", False),
    ],
)
def test_other_orders_of_part_whole_and_share(text: str, flagged: bool) -> None:
    assert bool(share_messages(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Out of those 250 ferries, 180 (82%) sailed on time.", True),
        ("Out of those 250 ferries, 180 (72%) sailed on time.", False),
        ("Of the 1,200 claims filed in 2019-2020: 300 (35.0%) were paid.", True),
        ("Of the 1,200 claims filed in 2019-2020: 300 (25.0%) were paid.", False),
        ("In total, 9/150, or 8%, tested positive.", True),
        ("In total, 9/150, or 6%, tested positive.", False),
        ("Out of 5,120 applications, only 195 – less than 2% – were approved.", True),
        ("Out of 5,120 applications, only 95 – less than 2% – were approved.", False),
        ("Only 31 out of 659 councillors, or more than 6%, voted for the plan.", True),
        ("Only 31 out of 659 councillors, or more than 4%, voted for the plan.", False),
        ("Only 31 out of 659 councillors, or less than 4%, voted for the plan.", True),
        ("Only 31 out of 659 councillors, or less than 6%, voted for the plan.", False),
    ],
)
def test_whole_first_slash_and_bounded_shares(text: str, flagged: bool) -> None:
    assert bool(share_messages(text)) is flagged, text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The ferry line has 90m riders but this represents less than 6% of the region's 1.2 "
         "billion people.", True),
        ("The ferry line has 60m riders but this represents less than 6% of the region's 1.2 "
         "billion people.", False),
        ("Then 31 of 52 harbour masters signed a letter to the minister. That's 70% of them.",
         True),
        ("Then 31 of 52 harbour masters signed a letter to the minister. That's 60% of them.",
         False),
        ("Of the 8,400 crossings logged by the port between May 1 and June 3, fog delayed most, "
         "with 2,110 crossings, amounting to 35%, the port said.", True),
        ("Of the 8,400 crossings logged by the port between May 1 and June 3, fog delayed most, "
         "with 2,110 crossings, amounting to 25%, the port said.", False),
        ("The port saw over 4,000 landings with 180 accidents, that is a 5.1% accident rate.",
         True),
        ("The port saw over 4,000 landings with 180 accidents, that is a 4.1% accident rate.",
         False),
        ("Sales reached 500 units in May, with 120 stores, or 30% of its network.", False),
    ],
)
def test_shares_told_with_this_represents_the_next_sentence_or_with(
    text: str, flagged: bool
) -> None:
    doc = annotate(Article(text, published=date(2004, 5, 2)))
    assert any(f.rule == "N102" for f in detect(doc)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Over half of the harbour's ferries last winter (41 of 97 boats) ran late.", True),
        ("Over half of the harbour's ferries last winter (61 of 97 boats) ran late.", False),
        ("About a third of the harbour's boats - 40 of 90 - were idle.", True),
        ("About a third of the harbour's boats - 31 of 90 - were idle.", False),
        ("Half of the crews stayed home, and 12 of 20 pilots too.", False),
    ],
)
def test_a_share_in_words_against_its_part_and_whole(text: str, flagged: bool) -> None:
    doc = annotate(Article(text, published=date(2004, 5, 2)))
    assert any(f.rule == "N102" for f in detect(doc)) is flagged


def test_a_part_then_its_share_of_the_whole_joined_by_or() -> None:
    wrong = "Harlow Corp said about 612,000 shares or 75 pct of its 690,400 Series B shares " \
            "have been converted."
    right = wrong.replace("75 pct", "89 pct")
    assert len(share_messages(wrong)) == 1
    assert share_messages(right) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the part's noun may carry a short phrase before ", or P pct of the W"
        ("The bidder said it now holds 4,100,000 shares of Acme stock, or about 96 pct of the "
         "5,300,000 shares outstanding.", True),
        ("The bidder said it now holds 4,100,000 shares of Acme stock, or about 77 pct of the "
         "5,300,000 shares outstanding.", False),
        ("The plan sets aside 2,400 billion yen for road building, about 50 pct of the 7,000 "
         "billion yen set for such projects.", True),
        ("The plan sets aside 2,400 billion yen for road building, about 34 pct of the 7,000 "
         "billion yen set for such projects.", False),
        # "B, of which P%, or A": a part given as a floor reaches a tenth above it
        ("The archive held 12,300 letters, of which more than 80 percent, or over 7,000, were "
         "private.", True),
        ("The archive held 12,300 letters, of which more than 60 percent, or over 7,400, were "
         "private.", False),
        # "A of them, or P%" after the whole, with no other figure between
        ("Doctors examined 45 patients and found that nine of them, or 35%, had the infection.",
         True),
        ("Doctors examined 45 patients and found that nine of them, or 20%, had the infection.",
         False),
        ("Doctors examined 45 patients at 30 clinics and found that nine of them, or 20%, had "
         "the infection.", False),
    ],
)
def test_parts_with_a_phrase_of_which_and_of_them(text: str, flagged: bool) -> None:
    assert bool(share_messages(text)) is flagged, text
