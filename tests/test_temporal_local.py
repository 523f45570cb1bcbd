"""The date checks that need no event linking, through the whole pipeline, on our own sentences:
weekdays with and without a year, relative days and the date beside them, ages against birth
dates, counts of years against the dates beside them, relative periods compared with
themselves, and yearless past dates after publication."""

from __future__ import annotations

import pytest

import flagger

# (text, published, rule, flagged words, words of the first related span)
CONFLICTS = [
    # An earlier full date after the first sentence does not set the story in its year.
    ("Three firms said they would return the aid.\n\nThe pumpjack was photographed on April "
     "7, 2016.\n\nThe company said on May 28 it had returned the loan.", "2025-05-19", "T104",
     "May 28", "said"),
    # "From" after a bare noun tells a source; "against" still compares the two years.
    ("Analysts see the mill earning 50 cts a share in 2024, before special gains from tax "
     "credits, against losses last year.", "2025-04-09", "T101", "last year", "2024"),
    ("The council meets on Friday, May 22, to vote on the budget.", "2025-05-14",
     "T102", "Friday, May 22", "Friday"),
    ("The ferry resumes service on April 10 (Wednesday), the operator said.", "1997-04-01",
     "T102", "April 10 (Wednesday)", "Wednesday"),
    ("The vote on Wednesday, January 20, 2026 drew a record turnout.", "2026-02-01",
     "T102", "Wednesday, January 20, 2026", "Wednesday"),
    ("The next home game was March 28, a Sunday, the club said.", "2020-04-10",
     "T102", "March 28, a Sunday", "Sunday"),
    ("The office stays shut until March 25, Thursday, the mayor said.", "2020-04-10",
     "T102", "March 25, Thursday", "Thursday"),
    ("The fair was moved because May 10 was a Sunday, the organisers said.", "2025-05-14",
     "T102", "May 10 was a Sunday", "Sunday"),
    ("We took the next free Saturday, which is June 13, for the party.", "2025-05-14",
     "T102", "Saturday, which is June 13", "Saturday"),
    ("The appeal hearing was set for Tuesday (May 12) in the district court.", "2025-05-14",
     "T102", "Tuesday (May 12)", "Tuesday"),
    ("The first debate on Monday night (May 13) went badly for him.", "2025-05-15",
     "T102", "Monday night (May 13)", "Monday"),
    ("The quake last Thursday night, March 6, damaged the pipeline.", "2026-03-10",
     "T102", "Thursday night, March 6", "Thursday"),
    # a past verb a few words before its written year
    ("The members knew nothing of an agreement drawn up between Finland, Sweden and NATO in "
     "2021.", "2020-05-22", "T104", "2021", "drawn"),
    ("Critics panned Friday's (May 8) speech.", "2025-05-12",
     "T102", "Friday's (May 8)", "Friday"),
    ("Correction: on Thursday, 5/16. The council extended the order.", "2025-05-20",
     "T102", "Thursday, 5/16", "Thursday"),
    ("Tickets for Monday 5.20.25 are sold out.", "2025-05-14",
     "T102", "Monday 5.20.25", "Monday"),
    ("On Wednesday, one week before the May 20 runoff, the mayor conceded.", "2025-05-14",
     "T102", "Wednesday, one week before the May 20", "Wednesday"),
    ("On Friday, two days after the May 6 vote, the count ended.", "2025-05-14",
     "T102", "Friday, two days after the May 6", "Friday"),
    ("The court ruled yesterday, May 10, that the merger may proceed.", "2025-05-14",
     "T105", "yesterday, May 10", "May 10"),
    ("The merger is effective Thursday, April one and needs the holders' approval.",
     "1987-03-02", "T102", "Thursday, April one", "Thursday"),
    ("The tender for the bonds expires today, June Two.", "1987-06-01",
     "T105", "today, June Two", "June Two"),
    ("The mayor spoke last night, May 10th, at the town hall.", "2025-05-14",
     "T105", "last night, May 10", "May 10"),
    ("The mayor spoke last\nnight (Sunday) at the town hall.", "2025-05-14",
     "T105", "last\nnight (Sunday)", "Sunday"),
    ("The new timetable takes effect tomorrow (Monday), the railway said.", "2025-05-14",
     "T105", "tomorrow (Monday)", "Monday"),
    ("Jefferies said this morning, March 18, that it makes a market in the stock.",
     "1987-03-19", "T105", "this morning, March 18", "March 18"),
    ("Two directors stand for election at tomorrow's April 20 annual meeting.", "1987-04-09",
     "T105", "tomorrow's April 20", "April 20"),
    ("This year, 2024, the festival moves to the harbour.", "2025-05-14",
     "T101", "This year", "2024"),
    ("Exports rose 4 pct last month from 2.1 bln crowns in April 2025, the bureau said.",
     "2025-05-14", "T101", "last month", "April 2025"),
    ("Lopez, 29, was born in 1991 in the port district.", "2025-05-14",
     "T106", "29", "1991"),
    ("Berg, 47, who won the regional title in 1990 when she was 17, now coaches juniors.",
     "2025-05-14", "T106", "47", "1990 when she was 17"),
    ("The bridge reopened just five years ago, in 2014.", "2025-05-14",
     "T107", "five years ago", "2014"),
    ("The mill closed in 1961 and ten years later, in 1968, the site became a park.",
     "2025-05-14", "T107", "ten years later", "1961"),
    ("Residents marked the 12th anniversary of the 2011 flood last weekend.", "2025-05-14",
     "T107", "12th anniversary", "2011"),
    ("The minister resigned on May 20 after weeks of pressure.", "2025-05-14",
     "T104", "May 20", "resigned"),
    ("The union said it had submitted its demands to the board on May 28.", "2025-05-14",
     "T104", "May 28", "submitted"),
    ("The ferry service will resume on May 2, the operator said.", "2025-05-14",
     "T104", "May 2", "resume"),
    ("Orders rose 4 pct on the same 2024 period.\nThe board will ask shareholders at the "
     "meeting on Monday, June 17 to approve the plan.", "2025-05-14",
     "T102", "Monday, June 17", "Monday"),  # a future meeting: 2025 (Tuesday), not 2024
    ("The board will decide on May 2 whether to pay a dividend.", "2025-05-14",
     "T104", "May 2", "decide"),
    ("The peso has been steady since May 26, dealers said.", "2025-05-14",
     "T104", "May 26", "May 26"),
    # A week named by its day still holds past and future out of reach of that week.
    ("The state ordered masks on May 2. Shops will reopen the week of May 5.", "2025-05-14",
     "T104", "May 5", "will"),
    ("The school closed the week of May 26.", "2025-05-14", "T104", "May 26", "closed"),
]

# Consistent sentences that must not be flagged.
CONSISTENT = [
    # a year a few words after a verb of things ahead dates its object: the year's profit
    ("La Fondiaria said it expects to report consolidated group profit in 1986 well above "
     "1985.", "1987-04-08"),
    ("Negotiations will resume on Tuesday, March 19, according to the union.", "2024-03-14"),
    ("The council meets on Thursday, May 22, 2025.", "2025-05-14"),
    ("The first debate on Monday night (May 12) went badly for him.", "2025-05-15"),
    ("The next home game was March 29, a Sunday, the club said.", "2020-04-10"),
    ("Offices close March 2, Tuesday March 3 and Wednesday March 4.", "2020-04-10"),
    ("Markets were shut on March 2, Tuesday and Wednesday.", "2020-04-10"),
    ("The vote came on March 2, Tuesday's session having ended early.", "2020-04-10"),
    ("The fair was moved because May 10 was a Saturday, the organisers said.", "2025-05-14"),
    ("We took the next free Saturday, which is June 14, for the party.", "2025-05-14"),
    ("Ports close from midnight on Sunday (1200 GMT May 10), the union said.", "2025-05-14"),
    ("The hearing was set for Monday (May 12) in the district court.", "2025-05-14"),
    ("Correction: on Friday, 5/16. The council extended the order.", "2025-05-20"),
    ("On Friday, 3/4 of the members voted for the plan.", "2025-05-14"),
    ("On Friday, 16/5, the council extended the order.", "2025-05-20"),
    ("Shares rose on Friday 3.25 pct to a record.", "2025-05-14"),
    ("On Tuesday, one week before the May 20 runoff, the mayor conceded.", "2025-05-14"),
    ("On Thursday, two days after the May 6 vote, the count ended.", "2025-05-14"),
    ("The court ruled yesterday, May 13, that the merger may proceed.", "2025-05-14"),
    ("The mayor spoke last night, Tuesday, May 13, at the town hall.", "2025-05-14"),
    ("Jefferies said this morning, March 19, that it makes a market in the stock.",
     "1987-03-19"),
    ("Two directors stand for election at tomorrow's April 10 annual meeting.", "1987-04-09"),
    ("A poll in yesterday's Sunday Times gave the party a lead.", "1987-04-06"),
    ("The merger is effective Wednesday, April one and needs the holders' approval.",
     "1987-03-02"),
    ("On Thursday, April one analyst said the merger was off.", "1987-03-02"),
    ("A poll in today's Sunday Times gave the party a lead.", "1987-04-06"),
    ("Lopez, 33, was born in 1991 in the port district.", "2025-05-14"),
    ("Lopez, 34, was born in 1991 in the port district.", "2025-05-14"),
    ("The mill closed in 1961 and ten years later, in 1971, the site became a park.",
     "2025-05-14"),
    ("Residents marked the 14th anniversary of the 2011 flood last weekend.", "2025-05-14"),
    ("The mine was reopened in March 1994, 31 years ago, by a cooperative.", "2025-05-14"),
    ("Banks must repurchase securities pledged on May 20.", "2025-05-14"),
    ("The plant closed in December after the orders dried up.", "2025-05-14"),
    ("The carrier expects to release results by June 30.", "2025-05-14"),
    ("In 1980 the two candidates met on October 28 in Cleveland.", "2025-05-14"),
    ("Sales rose 5 pct this year from 2024, the company said.", "2025-05-14"),
    ("Her son, 12, was born in 2001, the year she turned 30.", "2025-05-14"),
    ("The 88-year-old's 90th birthday is next month.", "2025-05-14"),
    ("Orders rose 4 pct on the same 2024 period.\nThe board met on Monday, June 17 to approve "
     "the plan.", "2025-08-14"),  # a past meeting may be the one of 2024, a Monday
    ("The peso has been steady since December 20, dealers said.", "2025-01-05"),  # last December
    ("The peso has been steady since May 15, dealers said.", "2025-05-14"),  # a day's slack
    # A period that ends on a yearless day ends on the next one; years added on are no count.
    ("Profits will fall in the year ending March 31, the institute said.", "1987-06-01"),
    ("Net profit 1,062,000 vs loss 812,000.\nNOTE: Quarter ends January 31.", "1987-03-17"),
    ("The 2019 manifesto pledged to add five years on to life expectancy by 2035.", "2020-05-10"),
    # "The week of" a day may reach back or ahead six days.
    ("Shops will reopen the week of May 12, the governor said.", "2025-05-14"),
    ("The school closed the week of May 16.", "2025-05-14"),
    ("Cases have doubled since May 20. As of June 2, most deaths were in three states.",
     "2025-05-14"),  # a tracker kept up after its date
    # A bound on a figure ("more than") and the source of a sum ("profits from") compare
    # no periods.
    ("Firms with 2024 sales of more than 1.6 mln euros must set aside 30 pct of their net "
     "profits from last year to buy the bonds.", "2025-04-08"),
    # A sentence that ends inside a quote ends the comparison.
    ('Analysts said the chain "had an exceptionally good 2024." Most agreed that discounts '
     "are lower than last year.", "2025-04-09"),
    # A story that opens on a full date of an earlier year is set in that year.
    ("On April 18, 2024, the pitcher strained his hamstring. He returned in May.\n\nHe threw "
     "a shutout of the Astros on May 23 in Houston.", "2025-04-20"),
]


@pytest.mark.parametrize(("text", "published", "rule", "words", "related"), CONFLICTS)
def test_conflict_is_found(text: str, published: str, rule: str, words: str,
                           related: str) -> None:
    report = flagger.analyze(text, published=published, select="T")
    found = [(f.rule, text[f.start : f.end], f.related[0].text if f.related else None)
             for f in report.findings]
    assert (rule, words, related) in found, found


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_dates_are_not_flagged(text: str, published: str) -> None:
    report = flagger.analyze(text, published=published, select="T")
    assert report.findings == (), [f.message for f in report.findings]


def test_arithmetic_is_in_the_message() -> None:
    report = flagger.analyze("Lopez, 29, was born in 1991.", published="2025-05-14", select="T")
    (finding,) = report.findings
    assert finding.severity == "error"
    assert "1991" in finding.message and "33 or 34" in finding.message and "not 29" in (
        finding.message)
    assert finding.suggestion == "33 or 34"


def test_years_later_counted_from_the_one_date_just_told() -> None:
    text = ("The club was founded on June 2, 1990, by dockers. It moved ten years later, on "
            "June 2, 2003, to the harbour.")
    report = flagger.analyze(text, published="2025-05-14", select="T107")
    assert [(text[f.start : f.end], f.related[0].text, f.severity)
            for f in report.findings] == [("ten years later", "June 2, 1990", "warning")]
    fits = text.replace("2003", "2000")
    assert flagger.analyze(fits, published="2025-05-14", select="T107").findings == ()
    two = "The club was founded in 1990 and moved in 1995. It moved again ten years later, in 2003."
    assert flagger.analyze(two, published="2025-05-14", select="T107").findings == ()


@pytest.mark.parametrize(("text", "published", "fixed"), [
    ("The court ruled yesterday, May 10, that the merger may proceed.", "2025-05-14",
     "The court ruled yesterday, May 13, that the merger may proceed."),
    ("The timetable takes effect tomorrow (Monday), the railway said.", "2025-05-14",
     "The timetable takes effect tomorrow, May 15, the railway said."),
    ("Two directors stand at tomorrow's April 20 annual meeting.", "1987-04-09",
     "Two directors stand at tomorrow's April 10 annual meeting."),
])
def test_a_relative_day_suggestion_replaces_the_day_and_its_date(text: str, published: str,
                                                                 fixed: str) -> None:
    (finding,) = flagger.analyze(text, published=published, select="T105").findings
    assert text[: finding.start] + (finding.suggestion or "") + text[finding.end :] == fixed
