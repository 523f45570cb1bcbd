"""Headline against body: a headline date that the lede's paraphrase of the headline dates
otherwise, through the whole pipeline, on our own headlines and ledes."""

from __future__ import annotations

import pytest

import flagger

# (headline, body, published, rule, flagged headline words, related body words)
CONFLICTS = [
    ("Ferry line to resume crossings on Tuesday",
     "The ferry line will resume its crossings to the island on June 2, the operator said. "
     "Tickets go on sale this week.", "2025-05-30", "T105", "Tuesday", "June 2"),
    ("Harbour bridge reopens to traffic tomorrow",
     "The harbour bridge reopens to traffic on Friday after two months of repairs. "
     "Buses will return to their old routes.", "2025-05-14", "T105", "tomorrow", "Friday"),
    ("Council to vote on the harbour budget today",
     "The council will vote on the harbour budget tomorrow, May 15, after a long debate. "
     "The mayor expects a narrow majority.", "2025-05-14", "T105", "today", "tomorrow"),
    ("Mill owners to cut 2027 timber spending",
     "Mill owners will cut timber spending this year to 40 mln crowns, the trade group said. "
     "Prices have fallen for a year.", "2025-05-14", "T101", "2027", "this year"),
    ("Region to end fishing quota for trawlers in July 2026",
     "The region in July 2028 will end the fishing quota that trawlers have held since the "
     "treaty, the ministry said.", "2025-05-14", "T101", "July 2026", "July 2028"),
    # "talks" and "negotiations" name one event: the headline's "last year" is 2024.
    # "To" after a past participle is a preposition: the headline reports a done deal.
    ("Three wheat cargoes sold to Egypt on Monday",
     "Three cargoes of wheat were sold to Egypt yesterday through the Paris trade, dealers "
     "said. Prices were steady.", "2025-05-15", "T105", "Monday", "yesterday"),
    # The lede says "began" for the headline's "start".
    ("Dock talks start Tuesday",
     "Talks between the two dock unions began here Monday, an official said. "
     "No deal is expected soon.", "2025-05-12", "T105", "Tuesday", "Monday"),
    # The lede says "resume" at the "plant" for the headline's "reopen" and "factory".
    ("Carmaker to reopen Leeds factory on Monday",
     "Carmaker Ostra will resume production at its Leeds plant on Thursday, staff were told. "
     "About half the workers return.", "2025-05-13", "T105", "Monday", "Thursday"),
    # A first sentence that repeats two words of what happens, with the country spelt
    # differently, tells the same story.
    ("Dutch cabinet expected to resign tomorrow",
     "The Netherlands' cabinet is expected to resign on Friday after the coalition split "
     "over pensions. Elections would follow.", "2025-05-14", "T105", "tomorrow", "Friday"),
    # The body's "today" dates what the sources said; the event itself is "tomorrow".
    ("Cabinet expected to fall today",
     "The cabinet is expected to fall tomorrow after the junior partner quit the coalition, "
     "party sources said today. Elections may follow.", "2025-05-14", "T105", "today",
     "tomorrow"),
    # "Over" a place is not "over" a figure: the flight's day is the lede's day.
    ("Air show jets fly over the harbour Friday",
     "The air show jets will fly over the harbour on Saturday, organisers said. Roads close "
     "at noon.", "2025-05-14", "T105", "Friday", "Saturday"),
    # A headline's year over a first sentence that shares two of its words and dates its
    # traffic by another year; early and late parts of a year date their story to that year.
    ("Harbour 2026 traffic forecast revised",
     "Harbour traffic for this year is likely to be between nine and ten mln tonnes, the "
     "port institute said. Exports were weak.", "2025-05-14", "T101", "2026", "this year"),
    ("Ferry link operating by early 2027",
     "The ferry link between the two ports should be in operation by the beginning of next "
     "year, the port chairman said. Work starts in June.", "2025-05-14", "T101",
     "early 2027", "the beginning of next year"),
    ("Pilots resume last year's talks",
     "The pilots' negotiations, which were interrupted in 2022, resume on Monday, the union "
     "said.", "2025-05-14", "T101", "last year", "2022"),
    # The same weekday told in the past over a lede that says it is to come: a week apart.
    ("Mayor Lund opened the harbour museum on Friday",
     "Mayor Ida Lund will open the new harbour museum on Friday, the council said on "
     "Wednesday. Tickets go on sale this week.", "2025-05-28", "T105",
     "opened the harbour museum on Friday", "Friday"),
    # a day of the publication day's afternoon; a month of the lede that holds the day does not
    # confirm it; "from" a weekday is a start, not a figure's base
    ("State to issue harbour bond tomorrow",
     "The state will issue a harbour bond this afternoon, a syndicate manager said. "
     "Dealers expect a coupon of six pct.", "2025-05-14", "T105", "tomorrow", "this afternoon"),
    ("Port to tender for palm oil today",
     "The port will tender tomorrow for 12,000 tonnes of palm oil for June shipment, traders "
     "said. The tender is financed by a credit line.", "2025-05-14", "T105", "today", "tomorrow"),
    ("Board to suspend lemon exports from Friday",
     "The citrus board said it was suspending lemon exports from Thursday because of new "
     "tariffs. It will meet next week.", "2025-05-13", "T105", "Friday", "Thursday"),
    ("Ferry strike in harbour town to end on Christmas Eve",
     "The ferry strike in the harbour town will end on Sunday, the ferry union said after the "
     "strike talks.", "2025-12-19", "T105", "Christmas Eve", "Sunday"),
    # A day and a week or month both counted from publication cannot meet.
    ("Mayor to meet harbour unions tomorrow",
     "The mayor will meet the harbour unions next week to discuss the new shift rota, her "
     "office said. Talks broke down in March.", "2025-05-14", "T105", "tomorrow",
     "next week"),
    ("Growers to meet in Lisbon today",
     "Olive growers from six countries will meet in Lisbon next month to plan their export "
     "strategy, the growers' council said.", "2025-05-14", "T105", "today", "next month"),
    # The start of a day is that day.
    ("Assembly to vote on harbour bill Wednesday afternoon",
     "The assembly is expected to vote on the harbour bill early Tuesday afternoon, aides "
     "said. The vote could come around 1:30 p.m.", "2025-05-12", "T105",
     "Wednesday afternoon", "early Tuesday afternoon"),
    # "Talks" opening the lede is what happened, not a name; "postponed till" and
    # "rescheduled for" both name the new day.
    ("Ostra dock talks postponed till Wednesday",
     "Talks set for today between the dock unions and Ostra have been rescheduled for "
     "Monday, an Ostra spokesman said.", "2025-05-15", "T105", "Wednesday", "Monday"),
    # "Last night" is a day.
    ("Crowds cheer at the harbour regatta tonight",
     "Crowds cheered at the harbour regatta last night as the local crew won the final "
     "race.", "2025-05-14", "T105", "tonight", "last night"),
    # A year holds its months: the lede's February (2025, within reach) is not last year.
    ("Boatyard wins navy repair contracts last year",
     "The Ostra boatyard said it won navy repair contracts worth 4.2 mln crowns in "
     "February. The work starts in May.", "2025-03-06", "T101", "last year", "February"),
    ("Ministers must act on last year's harbour pact",
     "Ministers from the five ports must now act on the harbour pact they agreed last month "
     "in Ostra, the chairman said.", "2025-03-20", "T101", "last year", "last month"),
]

# Headlines whose dates the body agrees with, or does not date the same story.
AGREEING = [
    # The day that labels a digest of posts is not the day the posts talk about.
    ("Factbox: Mayor on Twitter (Dec 29) - Harbour poll",
     "The following statements were posted to the verified Twitter account of the mayor. "
     "@mayor : - The harbour poll just showed that my rating on Dec. 28, 2025, was 51%!",
     "2025-12-29"),
    # A holiday the headline names as a thing, not as the day the story happens.
    ("Ferry strike in harbour town ends, spoiling its Christmas",
     "The ferry strike in the harbour town ended on Sunday, the ferry union said after the "
     "strike talks.", "2025-12-26"),
    # A retailer's month ends on a weekday in the next month's first week.
    ("HARBOUR STORES MARCH SALES OFF 2.1 PCT",
     "Harbour Stores Inc said sales for the five weeks ended April four were off 2.1 pct to "
     "151.2 mln dlrs from 154.5 mln dlrs a year earlier.", "2025-04-10"),
    ("Ferry link operating by early 2026",
     "The ferry link between the two ports should be in operation by the beginning of next "
     "year, the port chairman said.", "2025-05-14"),
    # A first sentence told by two words alone: last year's traffic is not the forecast's.
    ("Harbour 2026 traffic forecast held",
     "Harbour traffic was weak last year, and the port institute kept its outlook, its head "
     "said.", "2025-05-14"),
    # Both told as to come, or a story published on that weekday, where both may be today.
    ("Mayor Lund to open the harbour museum on Friday",
     "Mayor Ida Lund will open the new harbour museum on Friday, the council said on "
     "Wednesday.", "2025-05-28"),
    ("Mayor Lund opened the harbour museum on Friday",
     "Mayor Ida Lund will open the new harbour museum on Friday, the council said.",
     "2025-05-30"),
    # The body gives the same day as a date.
    ("Ferry line to resume crossings on Monday",
     "The ferry line will resume its crossings to the island on June 2, the operator said.",
     "2025-05-30"),
    # The body's other date is when the news was announced, not the event.
    ("Ferry line to resume crossings on Monday",
     "The ferry line will resume its crossings to the island, local media reported on "
     "Friday.", "2025-05-30"),
    # "Until June" bounds the closure; "since March" is another bound.
    ("Harbour baths to stay closed until June",
     "The harbour baths have stayed closed since March because the pumps failed, the city "
     "said.", "2025-05-14"),
    # The body's "March 2024" is the figure compared with, not this March.
    ("Port exports rise in March",
     "Port exports rose to 4.1 mln tonnes in March, up from 3.2 mln tonnes in March 2024, "
     "the port said.", "2025-04-10"),
    # The same words, however the two are resolved.
    ("Exchange volume rises in March",
     "Exchange volume rose in March to a record, the exchange said.", "2025-04-10"),
    # Different story: the lede shares too few words with the headline.
    ("Ferry line to resume crossings on Tuesday",
     "The mayor will open the new library on June 2, the city said.", "2025-05-30"),
    # "Over" a figure: the year is the base the figure is compared with.
    ("Port exports rise in March",
     "Port exports rose in March to 4.1 mln tonnes, up over 3.2 mln tonnes in March 2024, "
     "the port said.", "2025-04-10"),
    # A clock time alone names no day: it is not a date to compare with the headline's day.
    ("Council to vote on harbour budget Tuesday afternoon",
     "The council is expected to vote on the harbour budget early Tuesday afternoon, aides "
     "said. The council vote on the harbour budget could come around 1:30 p.m. EST, the "
     "aides said.", "2025-05-12"),
    # "May" in a headline is a modal as often as a month.
    ("Activist may be in Mexico, police say",
     "Police said last month that the activist may be in Mexico.", "2025-11-20"),
    # "The end of March" bears out the headline's month; the base month is another date.
    ("CITY MARCH RESERVES RECORD 4.1 MLN TONNES",
     "The city's grain reserves rose to a record 4.1 mln tonnes at the end of March from the "
     "previous record of 3.9 mln at end-February, the ministry said.", "2025-04-02"),
    # A week counted from publication dates a day, not a headline's year or week.
    ("Assembly passes bill to keep the ferry tax off the 2027 budget",
     "The assembly passed a bill last week that keeps the ferry tax off the budget, its "
     "speaker said.", "2025-05-14"),
    ("Harbour unions to strike this week",
     "The harbour unions will strike on Thursday over the new shift rota, their leaders "
     "said. The strike at the port in June 2024 lasted a week.", "2025-05-12"),
    # "Adjourn to Tuesday" names the next session; "adjourned today" when the talks stopped.
    ("Ostra dock talks adjourn to Tuesday",
     "Talks between the dock unions and Ostra adjourned today without a deal, an Ostra "
     "spokesman said. They will resume next Tuesday.", "2025-05-15"),
    # "Tomorrow" falls in this week.
    ("Mayor to meet harbour unions tomorrow",
     "The mayor will meet the harbour unions this week to discuss the new shift rota, her "
     "office said.", "2025-05-13"),
    # A January story's December is last year's.
    ("Boatyard wins navy repair contracts last year",
     "The Ostra boatyard said it won navy repair contracts worth 4.2 mln crowns in "
     "December. The work starts in May.", "2025-01-20"),
]


def _headline_findings(title: str, text: str, published: str) -> list[flagger.Finding]:
    report = flagger.Flagger(select="T").analyze(text, published=published, title=title)
    return [f for f in report.findings if f.field == "title"]


@pytest.mark.parametrize(("title", "text", "published", "rule", "flagged", "related"),
                         CONFLICTS)
def test_headline_conflicts(title: str, text: str, published: str, rule: str, flagged: str,
                            related: str) -> None:
    findings = _headline_findings(title, text, published)
    assert [f.rule for f in findings] == [rule]
    finding = findings[0]
    assert title[finding.start : finding.end] == flagged
    assert finding.severity == "warning"
    assert finding.related[0].text == related
    assert finding.related[0].field == "text"
    assert text[finding.related[0].start : finding.related[0].end] == related


@pytest.mark.parametrize(("title", "text", "published"), AGREEING)
def test_headline_agreements(title: str, text: str, published: str) -> None:
    assert _headline_findings(title, text, published) == []


def test_headline_weekday_suggests_the_body_dates_weekday() -> None:
    title, text, published = CONFLICTS[0][:3]
    finding = _headline_findings(title, text, published)[0]
    assert finding.suggestion == "Monday"
    assert "2025-06-02" in finding.message


def test_a_report_date_may_agree_with_the_headline() -> None:
    title = "Bank optimistic over economic outlook for 2025"
    text = ("The central bank said the economic outlook for 2025 is good after a marked "
            "improvement in commodity prices in the later months of last year.")
    assert _headline_findings(title, text, "2025-03-12") == []


LEDE = ("The two governments will resume their border negotiations on Thursday, May 15, in "
        "Geneva. {} Officials said the new round would last two days.")


def test_a_definite_back_reference_after_the_lede_dates_the_headline_event() -> None:
    text = LEDE.format("The talks were interrupted in 2022 when the war began.")
    title = "Neighbours to resume last year's border talks on Thursday"
    (finding,) = _headline_findings(title, text, "2025-05-14")
    assert (finding.rule, title[finding.start : finding.end]) == ("T101", "last year")
    assert finding.related[0].text == "2022"
    assert "2024" in finding.message


@pytest.mark.parametrize(("title", "second"), [
    # An event to come is not the one that is over.
    ("Neighbours to hold next year's border talks", "The talks were interrupted in 2022."),
    # Not a back-reference: another round.
    ("Neighbours to resume last year's border talks", "A round of talks in 2022 failed."),
    # The headline's "last year" is 2024, as the back-reference says.
    ("Neighbours to resume last year's border talks", "The talks were interrupted in 2024."),
])
def test_back_references_that_do_not_conflict(title: str, second: str) -> None:
    assert _headline_findings(title, LEDE.format(second), "2025-05-14") == []


@pytest.mark.parametrize(("title", "text", "published"), [
    # The headline announces what is to come; the lede's "yesterday" dates what went before.
    # The day of the report agrees with nothing, and leaves nothing to conflict with.
    ("Cabinet expected to fall today",
     "The cabinet is expected to fall, party sources said today. Elections may follow.",
     "2025-05-14"),
    # "Expected to" announces what is to come, like "to" alone.
    ("Strike talks expected to resume Tuesday",
     "Three days of talks aimed at ending the strike at the mill ended yesterday without a "
     "deal, a company spokesman said.", "2025-03-20"),
    # The first sentence repeats one word of what happens only: another story.
    ("Dutch cabinet expected to resign tomorrow",
     "The Dutch football cabinet met on Friday to choose a coach. Fans waited outside.",
     "2025-05-14"),
    ("Strike talks to resume Tuesday",
     "Three days of talks aimed at ending the strike at the mill ended yesterday without a "
     "deal, a company spokesman said.", "2025-03-20"),
    # "Next month" and a day of that month agree.
    ("Greece seeking sugar next month at tender",
     "Greece will hold a buying tender on April 8 for 40,000 tonnes of white sugar, for "
     "delivery in May and June, traders said.", "2025-03-23"),
])
def test_headline_dates_of_other_moments(title: str, text: str, published: str) -> None:
    assert _headline_findings(title, text, published) == []


@pytest.mark.parametrize(("title", "text", "published"), [
    # The lede denies the act and dates its alternative.
    ("Housing bill not on Senate agenda this month",
     "The Senate will not take up the housing bill before the holiday but will turn to the "
     "housing bill in January, the Senate majority leader said on Monday.", "2025-12-15"),
    # The range of the lede holds the headline's year.
    ("City opera postpones rest of 2024-season",
     "The city opera has postponed the rest of its 2024-2025 season, the city opera's "
     "director said.", "2025-04-02"),
    # The lede writes the headline's month by name (a word the date reader may not take).
    ("MARCH RETAIL SALES CUT BY LATE EASTER",
     "Retailers' lackluster March sales were cut by a late Easter, according to analysts "
     "who expect retail sales to recover in April.", "2025-04-09"),
])
def test_headline_dates_the_lede_cannot_contradict(title: str, text: str,
                                                   published: str) -> None:
    assert _headline_findings(title, text, published) == []
