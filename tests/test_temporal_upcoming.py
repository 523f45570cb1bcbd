"""T104 for a deadline, an expiry or a plan still told as ahead but dated before publication,
through the whole pipeline, on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"

FLAGGED = [
    ("Congress must pass the spending bill before May 2, the leader said.", "May 2"),
    ("The order will now remain in place until May 10 for most regions.", "May 10"),
    ("Two retailers will start selling the coins in Japan from May 5.", "May 5"),
    ("Shareholders will vote on the merger at the annual meeting on May 6.", "May 6"),
    ("The sale of the plant is scheduled for completion by May 9.", "May 9"),
    ("The motion is scheduled to be heard on May 7.", "May 7"),
    ("Final terms will be fixed by May 4, the lead manager said.", "May 4"),
    ("The summit, which starts May 8, will focus on trade.", "May 8"),
    ("Groups urged lawmakers to act before the program expires on May 1.", "May 1"),
    ("The retailer announced today that it would open 12 stores on May 4.", "May 4"),
    ("Visitors will be allowed to return to the islands May 3.", "May 3"),
    ("She is due back in court May 9.", "May 9"),
    ("The casino anticipates opening on May 11, the company said.", "May 11"),
    ("The minister said shops could begin to reopen as early as May 4.", "May 4"),
    ("The leader said today the bill would keep the agency funded beyond May 2.", "May 2"),
    ("The exchange will shorten the session from May 5 to cope with high volume.", "May 5"),
    ("The board will vote at its next regularly scheduled meeting on May 2. Its quarterly "
     "dividend will not change.", "May 2"),
    ("The carrier is capping orders from some retailers until at least May 9.", "May 9"),
    ("The firm said it will file its annual report for 2024 by May 2.", "May 2"),
    # a present tense that holds, opens or ends an event; a plural subject's "plan to"
    ("Norland holds regional elections on May 4, the first in a decade.", "May 4"),
    ("The festival kicks off on May 2, although the line-up is not out yet.", "May 2"),
    ("When the truce ends on May 6, both sides are free to resume fighting.", "May 6"),
    ("Creditors plan to seize the mill's assets on May 5.", "May 5"),
    # a relative clause a date opens before its present verb; a day after a place
    ("Norvale Ltd, which on May 3 becomes Norvale Group, said sales rose.", "May 3"),
    ("The envoy is set to arrive in Lisbon May 6 for talks.", "May 6"),
    # a recurring word after the date's phrase does not make the date recur
    ("The chairman intends to propose at the next board meeting on May 8 that the quarterly "
     "dividend be raised.", "May 8"),
]

QUIET = [
    # a noun "plan" after a determiner or a possessive
    "The firm's plan to sell the mill on May 5 was dropped.",
    "Its plan to sell the mill on May 5 was dropped.",
    "Norvale Ltd, which on May 3 became Norvale Group, said sales rose.",
    "The envoy, who on May 3 says she will stay, is popular.",
    # "outstanding at" dates what is held on that day, not the raise
    "The exchange said it raised the margin on contracts outstanding at June 12.",
    # a past copula before "due" tells when a payment falls due, not a past act
    "Payment was due June 12, and a listing on the exchange was planned.",
    # a report dated no later than the event may have been overtaken since
    "The company said on May 2 it will keep the plant shut until May 10.",
    "The new rules will apply from May 1, officials said on April 20.",
    # a conditional with no dated report is the future of a past report
    "The retailer said it would open 12 stores on May 4.",
    # past frames: an expiry told as past, a plan that had been due, a past schedule
    "The deal, which expired on May 8, would have cut prices.",
    "The bill had been due to pass before May 2.",
    "The program was scheduled to run until May 10.",
    # a progressive dated by "on" is the time of the act, not a term
    "The carrier is shipping the orders on May 3.",
    # a change that counts from a day already gone
    "Workers will be paid retroactively from May 1.",
    # "will" as a noun
    "She said he held her there against her will until May 3.",
    # a date after publication, and one a desk would write with its year
    "The order will remain in place until May 30.",
    "The ban will stay in force until December 20.",
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_an_upcoming_event_dated_before_publication_is_flagged(text: str, words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words]
    assert "upcoming event" in report.findings[0].message


@pytest.mark.parametrize("text", QUIET)
def test_a_report_or_past_frame_is_not_flagged(text: str) -> None:
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()


def test_a_present_tense_headline_is_not_read_as_a_schedule() -> None:
    report = flagger.analyze("The fund was wound up.", published=PUBLISHED,
                             title="Program expires on May 1", select="T104")
    assert report.findings == ()


@pytest.mark.parametrize("text", [
    "The papers will be mailed tomorrow to holders of record May 2.",
    "The company expects to report a profit for the quarter ended May 3.",
    "The firm will withdraw the registration statement filed May 2.",
    "The firm will resume a buyback program initially approved in March 2024.",
    "Interest will be payable in half-yearly instalments on May 1 and November 1.",
    "The notes will be redeemed at par plus interest from May 1.",
    "The diary notes will cover the period from January 1, 2020 to December 19, 2024.",
    "Traders said the official price will be 20 dollars in January.",
    "The insurer will offer a credit on policies renewed between April 8 and Oct. 7.",
    "The insurer will offer a credit on policies up for renewal between April 8 and Oct. 7.",
    "The assembly is scheduled to return next week for the first time since March 5.",
])
def test_a_date_that_modifies_a_noun_or_opens_another_phrase_is_not_flagged(text: str) -> None:
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()


def test_a_present_tense_names_the_next_occurrence_of_a_day_a_season_back() -> None:
    text = "The squad will train in the Alps next spring. The tournament starts on January 9."
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()


def test_a_present_tense_in_a_hypothesis_is_not_flagged() -> None:
    text = "Even if a new board begins on May 2, it will need months to act."
    assert flagger.analyze(text, published=PUBLISHED, select="T104").findings == ()
