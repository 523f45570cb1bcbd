"""T102 / T105 on embedded posts whose signature date the introducing prose contradicts."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-03-05"  # a Wednesday; March 2 is a Sunday, March 3 a Monday
POST = ("The ferry will not sail until the storm passes, so plan ahead. "
        "— Ana Ruiz (@anaruiz) {date}\n\nPassengers were told to wait.")


def _found(lead: str, date: str = "March 3, 2025") -> list[tuple[str, str, str]]:
    text = lead + " " + POST.format(date=date)
    report = flagger.analyze(text, published=PUBLISHED, select="T102,T105")
    return [(f.rule, text[f.start : f.end], f.related[0].text) for f in report.findings]


@pytest.mark.parametrize(("lead", "date", "rule", "said"), [
    ("On Tuesday, harbour chief Ana Ruiz tweeted a warning to travellers.", "March 3, 2025",
     "T102", "Tuesday"),
    ("Ana Ruiz took to Twitter on Friday with a warning.", "March 3, 2025", "T102", "Friday"),
    ("Ruiz posted a warning on Monday morning.", "March 4, 2025", "T102", "Monday morning"),
    ("Yesterday, Ana Ruiz tweeted a warning to travellers.", "March 3, 2025", "T105",
     "Yesterday"),
    ("Harbour chief Ana Ruiz is worried. Today she posted a warning.", "March 4, 2025",
     "T105", "Today"),
])
def test_a_posting_day_the_post_date_denies(lead: str, date: str, rule: str,
                                             said: str) -> None:
    assert _found(lead, date) == [(rule, said, date)]


@pytest.mark.parametrize(("lead", "date"), [
    ("On Monday, harbour chief Ana Ruiz tweeted a warning to travellers.", "March 3, 2025"),
    ("Yesterday, Ana Ruiz tweeted a warning to travellers.", "March 4, 2025"),
    # a viewer east of the writer sees a night post dated the next day
    ("On Sunday night, Ana Ruiz tweeted a warning to travellers.", "March 3, 2025"),
    ("Late yesterday, Ana Ruiz tweeted a warning to travellers.", "March 5, 2025"),
    ("Early on Tuesday, Ana Ruiz tweeted a warning to travellers.", "March 3, 2025"),
    # another author, another occasion, the day of something else
    ("On Tuesday, Tom Berg tweeted a warning to travellers.", "March 3, 2025"),
    ("Back in the autumn Ana Ruiz tweeted on Tuesday about storms.", "March 3, 2025"),
    ("Ana Ruiz posted about Tuesday's storm.", "March 3, 2025"),
    ("On Tuesday the port closed. Ana Ruiz tweeted a warning.", "March 3, 2025"),
    # a post dated after publication, or weeks before it, is not the act told
    ("On Tuesday, Ana Ruiz tweeted a warning to travellers.", "March 6, 2025"),
    ("On Tuesday, Ana Ruiz tweeted a warning to travellers.", "February 3, 2025"),
])
def test_no_conflict_when_the_post_fits_or_is_not_the_act(lead: str, date: str) -> None:
    assert _found(lead, date) == []


def test_a_day_apart_asks_for_the_embed_time_zone() -> None:
    text = "Yesterday, Ana Ruiz tweeted a warning to travellers. " + POST.format(
        date="March 5, 2025")
    (finding,) = flagger.analyze(text, published=PUBLISHED, select="T105").findings
    assert finding.message.endswith("check the time zone the embed shows")
    two_days = text.replace("March 5", "March 2")
    (finding,) = flagger.analyze(two_days, published=PUBLISHED, select="T105").findings
    assert "time zone" not in finding.message


def test_a_timed_signature_allows_a_day_earlier() -> None:
    text = ("Today, Ana Ruiz took to Instagram to show the flooded quay. Water everywhere."
            " A post shared by Ana Ruiz (@anaruiz) on Mar 4, 2025 at 9:15pm PST")
    assert flagger.analyze(text, published=PUBLISHED, select="T105").findings == ()
    untimed = text.replace(" at 9:15pm PST", "")
    (finding,) = flagger.analyze(untimed, published=PUBLISHED, select="T105").findings
    assert finding.suggestion == "yesterday"


def test_the_next_post_of_the_same_author_may_be_the_one_told() -> None:
    text = ("Tom Berg struck again on Tuesday, writing that Ruiz is wrong. First post here. "
            "— Tom Berg (@tomberg) March 3, 2025 Second post here. "
            "— Tom Berg (@tomberg) March 4, 2025")
    assert flagger.analyze(text, published=PUBLISHED, select="T102").findings == ()
    alone = text[: text.index(" Second")]
    assert [f.rule for f in flagger.analyze(alone, published=PUBLISHED,
                                            select="T102").findings] == ["T102"]


@pytest.mark.parametrize("text", [
    # the day leads a sentence run together with the post's own text
    "Ruiz posted the following short note.The ferry is late on Friday again. "
    "— Ana Ruiz (@anaruiz) March 4, 2025",
    # the day is of a hearing; a later sentence tells the posting
    "During the hearing on Thursday, Tom Berg watched as Ana Ruiz slammed him. "
    "Ruiz then shared her view online. Short post here. — Ana Ruiz (@anaruiz) March 4, 2025",
])
def test_no_conflict_when_the_day_is_not_the_posting(text: str) -> None:
    assert flagger.analyze(text, published=PUBLISHED, select="T102").findings == ()


def test_a_saying_verb_with_the_day_and_no_retelling() -> None:
    text = ("During the hearing on Thursday, Ana Ruiz slammed the plan. Short post here. "
            "— Ana Ruiz (@anaruiz) March 4, 2025")
    (finding,) = flagger.analyze(text, published=PUBLISHED, select="T102").findings
    assert text[finding.start : finding.end] == "Thursday" and finding.suggestion == "Tuesday"


def test_an_aside_about_the_author_does_not_date_the_posting() -> None:
    lead = ("Ana Ruiz, who ran the harbour from 2007 to 2013, tweeted on Tuesday that the "
            "ferry was late.")
    assert _found(lead) == [("T102", "Tuesday", "March 3, 2025")]


def test_an_attack_told_far_above_its_post() -> None:
    lead = "On Tuesday, Ana Ruiz attacked the ferry company again." + " Filler words." * 70
    assert _found(lead) == [("T102", "Tuesday", "March 3, 2025")]


def test_someone_elses_act_beside_the_author_is_no_posting() -> None:
    lead = "During the hearing on Tuesday, Ana Ruiz watched as Berg slammed her plan."
    assert _found(lead) == []


@pytest.mark.parametrize(("lead", "said"), [
    # the platform named beside the act, or the post as a noun
    ("Ana Ruiz shamed the ferry company on Twitter Tuesday.", "Tuesday"),
    ("Ana Ruiz went on a Twitter tirade on Tuesday morning.", "Tuesday morning"),
    ("Ana Ruiz sent the following tweet Tuesday:", "Tuesday"),
    # "once again" is this occasion, not another one
    ("On Tuesday, Ana Ruiz once again attacked the ferry company.", "Tuesday"),
    # the posting told again plainly right before the post is the same act
    ("On Tuesday, Ana Ruiz attacked the ferry company. Ruiz tweeted:", "Tuesday"),
])
def test_more_ways_prose_tells_the_posting(lead: str, said: str) -> None:
    assert _found(lead) == [("T102", said, "March 3, 2025")]


def test_a_post_run_into_the_prose_does_not_date_the_next_clause() -> None:
    earlier = "Old warning. — Ana Ruiz (@anaruiz) December 22, 2024"
    text = (earlier + "On Tuesday, she attacked the ferry company again. "
            + POST.format(date="March 3, 2025"))
    report = flagger.analyze(text, published=PUBLISHED, select="T102")
    assert [text[f.start : f.end] for f in report.findings] == ["Tuesday"]


def test_a_posting_told_as_later_keeps_the_day_apart() -> None:
    lead = "On Tuesday, Ana Ruiz attacked the ferry company. Later, Ruiz tweeted:"
    assert _found(lead) == []
