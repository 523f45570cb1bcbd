"""One event named twice in different sentences: a relative date against the other date of the
same event, through the whole pipeline, on our own texts."""

from __future__ import annotations

from datetime import date

import pytest

import flagger
from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.temporal.event_index import event_key, stem
from flagger.detectors.temporal.reproduced import reproduced_spans, voice


def _found(text: str, published: str, code: str) -> list[tuple[str, str, str]]:
    report = flagger.Flagger(select="T").analyze(text, published=published)
    return [(text[f.start : f.end], f.related[0].text, f.message) for f in report.findings
            if f.rule == code]


@pytest.mark.parametrize(
    ("verb", "noun"),
    [("arrested", "arrest"), ("voted", "vote"), ("exchanged", "exchange"),
     ("demonstrated", "demonstration"), ("announced", "announcement"), ("met", "meeting"),
     ("negotiated", "talks"), ("sued", "lawsuit"), ("pleaded", "plea"), ("died", "death"),
     ("withdrew", "withdrawal")],
)
def test_a_verb_and_its_nominalisation_share_a_key(verb: str, noun: str) -> None:
    assert event_key(verb) == event_key(noun)


def test_unrelated_words_do_not_share_a_key() -> None:
    assert stem("arrested") != stem("arrived")
    assert event_key("vote") != event_key("visit")


def test_a_relative_day_against_a_weekday_of_the_same_verb() -> None:
    # Published Wednesday 14 May 2025: "today" is a Wednesday, not a Tuesday.
    text = ("Hundreds of nurses marched on Tuesday outside the county hospital in Dunmore. "
            "\"We marched today because the wards are empty,\" said union steward Ana Berg.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("today", "Tuesday")]
    assert "Wednesday" in found[0][2] and "Tuesday" in found[0][2]


def test_a_relative_day_that_agrees_with_the_weekday_is_not_flagged() -> None:
    text = ("Hundreds of nurses marched on Wednesday outside the county hospital in Dunmore. "
            "\"We marched today because the wards are empty,\" said union steward Ana Berg.")
    assert _found(text, "2025-05-14", "T105") == []


def test_a_relative_year_against_the_nominalisation_of_its_verb() -> None:
    text = ("Investigators reviewed letters exchanged last year between the two ministers. "
            "In one March 2022 exchange the ministers discussed the harbour contract.")
    found = _found(text, "2025-05-14", "T101")
    assert [(said, partner) for said, partner, _ in found] == [("last year", "March 2022")]
    assert "2024" in found[0][2]


def test_a_relative_month_on_a_noun_against_a_dated_synonym() -> None:
    text = ("Mayor Ruth Alder's victory in last month's special council election will be "
            "certified on Friday. Her rival has not conceded the March 12 vote.")
    found = _found(text, "2025-05-14", "T101")
    assert [(said, partner) for said, partner, _ in found] == [("last month's", "March 12")]


@pytest.mark.parametrize(
    "text",
    [
        # Two instances told apart by dates before their nouns.
        "Tuesday's ruling was narrow. The judges said today's ruling would stand.",
        # An upcoming act and a done one are two occurrences.
        "The port tendered yesterday for 20,000 tonnes. Oman will tender on Friday for wheat.",
        # The date moved: the article says so.
        "The loan was to be signed in mid-March but was postponed. "
        "The bankers now sign the loan this month, they said.",
        # Two actors: two events.
        "Nurses in Dunmore marched on Tuesday. Teachers in Ardmore marched today.",
        # Two objects: two acts.
        "Kerr Mining sold its dredger last year. Kerr Mining sold the quarry in 2021.",
        # A figure's movement names no event of its own.
        "The index rose on Tuesday. Shares of Kerr Mining rose today.",
        # The partners disagree with one another: several votes.
        "The council voted on April 2 on the budget. It voted again on April 30. "
        "Members who voted last month said little.",
    ],
)
def test_no_link(text: str) -> None:
    report = flagger.Flagger(select="T").analyze(text, published="2025-05-14")
    assert [f for f in report.findings if f.rule in ("T101", "T105")] == []


def test_a_dated_noun_against_its_verb_with_a_relative_day() -> None:
    # Published Wednesday 14 May 2025: "yesterday" is May 13, not May 9.
    text = ("Police said the mayor's driver was arrested yesterday in Ardmore. "
            "His May 9 arrest followed a month of inquiries, his lawyer said.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("yesterday", "May 9")]


def test_one_verb_with_one_object_links_far_apart() -> None:
    filler = " ".join(f"Witness number {n} spoke to the court." for n in range(10))
    text = (f"The clerk Ian Kerr pleaded guilty in early March to fraud. {filler} "
            "Kerr, who pleaded guilty last month, was fined.")
    found = _found(text, "2025-05-14", "T101")
    assert [(said, partner) for said, partner, _ in found] == [("last month", "early March")]


def test_a_different_verb_far_apart_is_not_linked() -> None:
    filler = " ".join(f"Witness number {n} spoke to the court." for n in range(10))
    text = (f"The clerk Ian Kerr resigned in early March. {filler} "
            "Kerr, who resigned last month, was fined.")
    assert _found(text, "2025-05-14", "T101") == []


def test_one_verb_without_named_subjects_links_only_close_by() -> None:
    text = ("The singer Ana Berg, who died Tuesday, was 73. Her band toured for years. "
            "Crowds loved it. The band split in 1990. We close with the producer. "
            "He died yesterday at 64.")
    assert _found(text, "2025-05-14", "T105") == []


def test_a_live_page_is_not_held_to_its_today() -> None:
    text = ("Hundreds of nurses marched on Tuesday outside the county hospital. "
            "\"We marched today for the wards,\" a steward said. Refresh this page for updates.")
    assert _found(text, "2025-05-14", "T105") == []
    assert _found(text.removesuffix(" Refresh this page for updates."), "2025-05-14", "T105")


def test_an_event_noun_before_a_phrase_of_its_participants() -> None:
    text = ("The mayor recalled little about a meeting this year with a harbour official. "
            "Records show the meeting of harbour officials in March 2023 lasted an hour.")
    found = _found(text, "2025-05-14", "T101")
    assert [(said, partner) for said, partner, _ in found] == [("this year", "March 2023")]


def test_a_plain_noun_before_a_phrase_is_not_an_event() -> None:
    text = ("The mayor recalled little about a letter this year from a harbour official. "
            "Records show the letter of harbour officials in March 2023 ran long.")
    assert _found(text, "2025-05-14", "T101") == []


def test_a_possessive_weekday_against_the_verb_of_its_event() -> None:
    text = ("Tenant groups sued the county housing board on Monday over the rent rules. "
            "The board did not comment. Friday's lawsuit, filed in federal court, asks for "
            "a freeze.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Friday's", "Monday")]
    assert "Friday" in found[0][2] and "Monday" in found[0][2]


def test_a_possessive_weekday_that_agrees_is_not_flagged() -> None:
    text = ("Tenant groups sued the county housing board on Monday over the rent rules. "
            "The board did not comment. Monday's lawsuit, filed in federal court, asks for "
            "a freeze.")
    assert _found(text, "2025-05-14", "T105") == []


def test_a_possessive_weekday_against_a_dated_verb_before_a_present_verb() -> None:
    text = ("The new campaign, announced Monday by the mayor, asks fans to stay home. "
            "The mayor praised the clubs. Sunday's campaign announcement seeks to change "
            "habits.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Sunday's", "Monday")]


def test_an_owned_noun_with_a_weekday_against_its_verb() -> None:
    text = ("The clerk Ian Kerr, who on Friday pleaded guilty to fraud, was led away. "
            "The judge set no date. In his plea on Thursday, Kerr admitted taking the funds.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Thursday", "Friday")]


@pytest.mark.parametrize(
    "text",
    [
        # A story told day by day: the same verb on two weekdays.
        "Nurses marched on Tuesday outside the hospital. Teachers marched on Thursday.",
        # The weekday has its own event of that key elsewhere: two attacks.
        "Rebels attacked the depot late Sunday. The army said it had already answered "
        "Friday's attack. The attack on the convoy on Friday killed two drivers.",
        # Two dates before their nouns tell instances apart.
        "Tuesday's hearing was short. Wednesday's hearing ran late.",
    ],
)
def test_no_weekday_link(text: str) -> None:
    assert _found(text, "2025-05-14", "T105") == []


def test_a_possessive_weekday_names_back_an_act_told_far_before() -> None:
    filler = " ".join(f"Club number {n} backed the plan." for n in range(10))
    text = (f"The new campaign, announced Monday by the mayor, asks fans to stay home. {filler} "
            "Sunday's campaign announcement seeks to change habits.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Sunday's", "Monday")]


def test_a_weekday_naming_back_is_not_excused_by_another_event_postponed() -> None:
    text = ("Tenant groups sued the county housing board on Monday over the rent rules. "
            "A bid to postpone the council election failed last month. Friday's lawsuit, "
            "filed in federal court, asks for a freeze.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Friday's", "Monday")]


def test_a_weekday_naming_back_an_event_whose_date_moved_is_not_flagged() -> None:
    text = ("Tenant groups sued the county housing board on Monday over the rent rules. "
            "They had delayed the lawsuit twice. Friday's lawsuit, filed in federal court, "
            "asks for a freeze.")
    assert _found(text, "2025-05-14", "T105") == []


@pytest.mark.parametrize(("word", "other"), [("interview", "meeting"), ("shooting", "attack")])
def test_a_class_member_shares_the_key_of_its_class(word: str, other: str) -> None:
    assert event_key(word) == event_key(other)


def test_a_weekday_between_subject_and_verb_dates_the_act_of_its_participants() -> None:
    # "voters ... approved" is the vote that "Monday's ballot" names back.
    text = ("Voters in Dunmore on Tuesday approved a levy for the harbour, the clerk said. "
            "Turnout was low. Monday's ballot asked voters to back a tax for the dredging.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Monday's", "Tuesday")]
    agreeing = text.replace("Monday's ballot", "Tuesday's ballot")
    assert _found(agreeing, "2025-05-14", "T105") == []


def test_a_verb_read_over_a_duration_before_its_weekday() -> None:
    text = ("The harbour committee met for more than two hours on Thursday with the engineer "
            "Ian Kerr. One focus of Wednesday's interview was the dredging contract.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Wednesday's", "Thursday")]


def test_going_to_the_polls_is_the_vote() -> None:
    text = ("Dunmore goes to the polls on Thursday to elect a mayor. "
            "Ana Berg leads the alliance contesting Friday's election.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Friday's", "Thursday")]
    survey = ("Polls on Thursday showed Ana Berg ahead in Dunmore. "
              "Ana Berg leads the alliance contesting Friday's election.")
    assert _found(survey, "2025-05-14", "T105") == []


def test_an_owned_noun_in_a_complement_names_back_an_act_far_before() -> None:
    filler = " ".join(f"Witness number {n} spoke to the court." for n in range(10))
    text = (f"The clerk Ian Kerr, who on Friday pleaded guilty to fraud, was led away. {filler} "
            "As part of his plea on Thursday, Kerr agreed to repay the funds.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Thursday", "Friday")]


def test_a_relative_day_between_subject_and_verb_tells_a_story_day_by_day() -> None:
    text = ("The envoy Ana Berg today held talks with the harbour minister in Dunmore. "
            "Yesterday, she held talks with the mayor and the port board.")
    assert _found(text, "2025-05-14", "T105") == []


def test_an_owned_noun_far_from_a_verb_of_another_party_is_not_linked() -> None:
    filler = " ".join(f"Club number {n} backed the plan." for n in range(10))
    text = (f"The board of Dunmore Rovers announced on Friday a new stadium plan. {filler} "
            "The mayor Ian Kerr said his announcement on Thursday night stood.")
    assert _found(text, "2025-05-14", "T105") == []


def test_a_party_named_first_in_its_sentence_counts_when_named_elsewhere() -> None:
    filler = " ".join(f"Witness number {n} spoke to the court." for n in range(10))
    text = (f"Kerr, who on Friday pleaded guilty to fraud, was led away, said Ana Berg. "
            f"{filler} As part of his plea on Thursday, Kerr agreed to repay the funds.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [("Thursday", "Friday")]


def test_an_owned_noun_near_a_verb_of_another_party_is_not_linked() -> None:
    text = ("The mayor Ian Kerr spoke at the harbour. The tone of his announcement on "
            "Thursday night was mild, said Kerr. The board of Dunmore Rovers announced on "
            "Friday a new stadium plan.")
    assert _found(text, "2025-05-14", "T105") == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # Two readings of one rate are two points of a series, not one event.
        ("The latest poll puts the mayor's approval at 41 percent, down from 44 percent "
         "approval earlier this month. A rival poll had her at 39 percent approval in June, "
         "its lowest reading.", "2025-07-22"),
        # Two auctions of one class told apart by what they sell.
        ("The Treasury will sell 10 billion dlrs of two-year notes for auction on Tuesday. "
         "The market also faces the regular weekly bill auction today, worth 12 billion dlrs.",
         "2025-05-14"),
        # A named accord and an agreement of other parties.
        ("The three refiners signed a long-term agreement last month to buy Norwegian crude. "
         "The minister yesterday reiterated his country's commitment to the December OPEC "
         "accord.", "2025-05-14"),
    ],
)
def test_mentions_of_one_noun_class_that_are_not_one_event(text: str, published: str) -> None:
    assert _found(text, published, "T101") + _found(text, published, "T105") == []


def test_a_relative_day_inside_a_reproduced_text_counts_from_that_text() -> None:
    # "yesterday" is the article's (13 May); "met today" is the statement's own day.
    text = ("Following is the text of a statement by the harbour board, issued after a "
            "Dunmore meeting yesterday.\n\nThe members of the board met today. They "
            "reviewed the dredging contract.")
    assert _found(text, "2025-05-14", "T105") == []


def test_a_relative_day_after_the_statement_said_counts_from_the_statement() -> None:
    text = ("The harbour board met yesterday in Dunmore.\n\nThe statement said: The members "
            "of the board met today to review the dredging contract.")
    assert _found(text, "2025-05-14", "T105") == []


def test_two_relative_days_in_the_article_s_own_words_are_still_compared() -> None:
    text = ("The harbour board met yesterday in Dunmore. Following the vote, fees rose.\n\n"
            "The members of the board met today, a spokesman said.")
    found = _found(text, "2025-05-14", "T105")
    assert {said for said, _, _ in found} <= {"today", "yesterday"} and found


def test_reproduced_spans_run_from_the_introduction_to_the_end() -> None:
    text = ("Following are excerpts from the council's report. The members met today.\n\n"
            "They voted.")
    doc = annotate(Article(text, published=date(2025, 5, 14)))
    spans = reproduced_spans(doc)
    assert [text[start:end].strip() for start, end in spans] == [
        "The members met today.\n\nThey voted."]
    assert voice(spans, text.index("council")) is None
    assert voice(spans, text.index("today")) == 0


def test_the_words_after_a_statement_said_end_with_their_paragraph() -> None:
    text = ("The board met. The statement said: The members met today.\n\nThe board met "
            "again.")
    doc = annotate(Article(text, published=date(2025, 5, 14)))
    assert [text[start:end].strip() for start, end in reproduced_spans(doc)] == [
        "The members met today."]


def test_a_quoted_release_after_the_statement_said_runs_to_its_closing_mark() -> None:
    text = ("The board met. The statement said: “The members met today.\n\nThey voted.”\n\n"
            "The board met again.")
    doc = annotate(Article(text, published=date(2025, 5, 14)))
    assert [text[start:end].strip() for start, end in reproduced_spans(doc)] == [
        "“The members met today.\n\nThey voted.”"]


def test_a_clock_time_beside_a_relative_day_tells_the_same_time() -> None:
    # Published Wednesday 14 May 2025: "this morning at 9 a.m." is one time, not two events.
    text = ("The council plans to publish the harbour budget early Thursday morning, the mayor "
            "told local radio on Wednesday. \"It will be published this morning at 9 a.m.,\" "
            "her deputy said.")
    found = _found(text, "2025-05-14", "T105")
    assert [(said, partner) for said, partner, _ in found] == [
        ("this morning", "early Thursday morning")]


FILLER = " The committee heard several witnesses." * 8


def test_the_leads_act_told_again_far_below() -> None:
    # Published Wednesday 14 May 2025: the lead's Tuesday is yesterday, not today.
    text = ("The House passed the harbour bill on Tuesday, officials said." + FILLER
            + " The bill passed by the House today funds two new piers.")
    assert [found[0] for found in _found(text, "2025-05-14", "T105")] == ["today"]


def test_an_overnight_session_told_at_its_edges_is_one_day() -> None:
    text = ("Ministers agreed the farm package early today after long talks." + FILLER
            + " Farmers welcomed the package agreed last night by the ministers.")
    assert _found(text, "2025-05-14", "T105") == []


def test_two_indefinite_nouns_are_two_instances() -> None:
    text = ("The board will reopen a tender tomorrow for two cargoes, a spokesman said. "
            "The board rejected a tender today for one cargo.")
    assert _found(text, "2025-05-14", "T105") == []
