"""N102 leads: a margin in points set against the two shares it separates."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def lead_messages(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [f.message for f in detect(doc) if f.rule == "N102" and "margin" in f.message]


@pytest.mark.parametrize(
    "text",
    [
        "The survey puts the mayor at 52% with a nine-point lead over her rival at 46%.",
        "Ortiz leads Brandt by 15 points among older voters (61 percent to 39 percent).",
        "The council poll shows a commanding 8.4 percent lead for Labour, 44.1 percent to "
        "39.9 percent.",
        "Turnout rose to 64% from 58%, a gain of 9 percentage points.",
        "Support for the levy fell from 71 percent to 55 percent, a drop of 12 points.",
    ],
)
def test_a_margin_its_shares_contradict_is_flagged(text: str) -> None:
    assert lead_messages(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the margin fits, within rounding of the written digits
        "The survey puts the mayor at 52% with a six-point lead over her rival at 46%.",
        "The survey puts the mayor at 52% with a seven-point lead over her rival at 46%.",
        "Ortiz leads Brandt by 22 points among older voters (61 percent to 39 percent).",
        "The council poll shows a 4.2 percent lead for Labour, 44.1 percent to 39.9 percent.",
        "Turnout rose to 64% from 58%, a gain of 6 percentage points.",
        # qualifiers widen what the wording allows
        "Ortiz leads by more than 15 points, 61 percent to 39 percent.",
        "Ortiz leads by nearly 21 points, 61 percent to 39 percent.",
        # a lead stated as a relative percentage
        "Labour's 10 percent lead, 44 percent to 40 percent, held firm.",
        # points of a score or an index are not a share margin
        "The Dow lost 300 points, or 1.2%, while the Nasdaq slid 2.1% after the lead fell.",
        "She scored 28 points as her side took a 54% to 46% share of possession and the lead.",
        # three shares: which two the margin separates is not clear
        "Ortiz has 45%, Brandt 38% and Lee 9%, a seven-point lead for Ortiz.",
        # the margin and the shares sit in different clauses
        "The first survey gave Ortiz a 4-point lead statewide, but in the cities Brandt led "
        "51 percent to 44 percent.",
        "Approval slipped about 3 points during the winter, though on trade it stayed at "
        "40.1 percent against 40.6 percent a year ago.",
        # the margin is the second member of a pair
        "The incumbent won by a 57 percent to 41 percent margin.",
        # a share that is not one of the two the margin separates
        "With 80 percent of wards counted, Ortiz had 62 percent, a margin of 30 points over "
        "Brandt.",
        # two margins, or an earlier one, set against today's shares
        "Her lead has narrowed from 9 points in May to 3 points now, 47 percent to 44 percent.",
        "Ortiz now leads 51%-43%, down from his 15-point lead in March.",
        "Brandt edged ahead 46% to 44% after trailing by five points the week before.",
        "The 8-point edge she held last month has shrunk to 3 points, 47 percent to 44 percent.",
        # a change with its date between the shares; a day is no share
        "Backing rose 12.5 percentage points, from 4.5 percent on Aug. 10 to 17 percent now.",
        # points with no lead or share-change words
        "The union won 12 points of its 20-point plan, and 40% of members backed 55% pay rises.",
    ],
)
def test_a_margin_that_fits_or_is_not_a_share_margin_is_not_flagged(text: str) -> None:
    assert not lead_messages(text), text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # two shares set side by side, then the gap that sums them up
        ("In one town, 64% of renters own a car, compared to only 20% of owners — a 50-point "
         "gap.", True),
        ("In one town, 64% of renters own a car, compared to only 14% of owners — a 50-point "
         "gap.", False),
        # a margin in points "higher" or "lower" than the other share
        ("Rural voters turned out at a nine-point higher rate than city voters, 71 percent to "
         "66 percent.", True),
        ("Rural voters turned out at a nine-point higher rate than city voters, 71 percent to "
         "62 percent.", False),
        # points of an index are no share margin
        ("The index closed nine points higher, while 71 percent to 66 percent of traders "
         "expected it.", False),
    ],
)
def test_gaps_after_compared_shares_and_higher_rates(text: str, flagged: bool) -> None:
    assert bool(lead_messages(text)) is flagged, text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a share given with whose it is: "48 percent to Jones's 46.1 percent"
        ("The poll gives Smith a 3.4 percent lead over Jones at 48 percent to Jones's 46.1 "
         "percent.", True),
        ("The poll gives Smith a 1.9 percent lead over Jones at 48 percent to Jones's 46.1 "
         "percent.", False),
        # a lead told in one sentence, its two shares in the next naming both sides again
        ("A new poll shows Senator Alvarez leading Governor Brooks by 9 points among voters. "
         "Alvarez received 47 percent support, compared with Brooks's 42 percent.", True),
        ("A new poll shows Senator Alvarez leading Governor Brooks by 5 points among voters. "
         "Alvarez received 47 percent support, compared with Brooks's 42 percent.", False),
        ("Alvarez leads Brooks by 8 points in the Ohio poll. The survey shows Alvarez up 47-42 "
         "percent over Brooks.", True),
        # the next sentence turns to another poll, or does not name both sides
        ("Alvarez leads Brooks by 8 points in the Ohio poll. Another poll had Alvarez up 47-42 "
         "percent over Brooks.", False),
        ("Alvarez leads Brooks by 8 points in the Ohio poll. Turnout among the young was 47 "
         "percent, compared with 42 percent in 2016.", False),
        ("Young voters gave Alvarez a 20 point lead over Brooks in 2012. In 2008, Alvarez beat "
         "Brooks among them 61% to 37%.", False),
    ],
)
def test_shares_with_an_owner_and_a_lead_told_apart(text: str, flagged: bool) -> None:
    assert bool(lead_messages(text)) is flagged, text
