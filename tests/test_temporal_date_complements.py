"""T104 on our own sentences: a verb of asking or judging dates its own act when its
complement follows the day, and a date ends its phrase before a participle's colon or before
the present verb of the main clause its relative clause sits in."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-05-14"

CONFLICTS = [
    # the complement (an infinitive, a "that" clause) after the day: the day dates the asking
    ("The growers asked the ministry on May 22 to lower the levy.", "May 22"),
    ("The agency had estimated on May 26 that exports fell 4 pct.", "May 26"),
    ("The union voted on May 20 to end the stoppage.", "May 20"),
    ("The two firms agreed on May 23 to merge their lorry fleets.", "May 23"),
    ("The council urged the residents on May 21, saying the dam was unsafe.", "May 21"),
    # a relative clause closed by the date, before the main clause's present verb
    ("The dock strike which began on May 20 looks close to ending, officials said.", "May 20"),
    ("The festival that opened on May 22 draws large crowds.", "May 22"),
    # a participle of saying, then a colon
    ("The coast guard issued a notice on May 21 warning: keep clear of the bay.", "May 21"),
]

CONSISTENT = [
    # the day is the target: after "for", inside the infinitive, or of a planned event
    ("The growers asked for a meeting on May 22 to discuss the levy.", PUBLISHED),
    ("The growers asked the ministry to lower the levy on May 22.", PUBLISHED),
    ("The firm was expected on May 22 to report higher profits.", PUBLISHED),
    ("Unions had planned on May 22 to stage a march.", PUBLISHED),
    ("The board will vote on May 22 to approve the merger.", PUBLISHED),
    # the day a declared payment falls due
    ("The bank declared a dividend of three cents payable May 30 to holders of record May 20.",
     PUBLISHED),
    # a date inside what the act is about dates that thing, not the act still ahead
    ("The ferry bosses will also be asked about their meeting at the harbour in June of 2024 "
     "with the port lawyers.", PUBLISHED),
    # a day named as the deadline or date being set
    ("The dealers' association said it set May 22 as the deadline for applications.", PUBLISHED),
    # the day and its complement dated before publication
    ("The union voted on May 2 to end the stoppage.", PUBLISHED),
    # a relative clause whose present verb is its own, or a noun after the date
    ("The strike which begins on May 20 looks set to be long.", PUBLISHED),
    ("Exports which rose in May 2024 trends were weak.", PUBLISHED),
]


@pytest.mark.parametrize(("text", "words"), CONFLICTS)
def test_the_day_before_its_complement_dates_the_act(text: str, words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert words in [text[f.start : f.end] for f in report.findings], [
        f.message for f in report.findings]


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_a_target_day_or_its_own_present_gives_no_conflict(text: str, published: str) -> None:
    report = flagger.analyze(text, published=published, select="T104")
    assert report.findings == (), [f.message for f in report.findings]
