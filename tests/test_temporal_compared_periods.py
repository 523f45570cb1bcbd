"""A comparison of a period with itself or with a later period (temporal/compared_periods.py),
and a headline's year that is the body's base (temporal/headline_years.py)."""

from __future__ import annotations

from datetime import date

import pytest

import flagger
from flagger.detectors.temporal.period_words import periods

# (text, published, flagged words, related words)
CONFLICTS = [
    # a relative period and a year-labelled change of the same year
    ("Freight volumes grew 3.1 pct last year after a 2023 gain of 5.2 pct, the ministry said.",
     "2024-04-08", "last year", "2023"),
    ("Members hope for a rise of two pct in 2023 after last year's brisk 4.5 pct increase.",
     "2024-02-19", "last year's", "2023"),
    # a part of a year and its year written two ways
    ("Bookings in March and April last year were 9.5 pct higher than in the same 2023 period.",
     "2024-05-14", "March and April last year", "the same 2023 period"),
    ("The share slipped to 21.4 pct in the first three months of this year from 23.0 pct in "
     "January-March 2024, the agency said.", "2024-06-03", "first three months of this year",
     "January-March 2024"),
    ("It said second-quarter 2023 profit would be well below the 4.2 mln dlrs earned in the "
     "second quarter last year.", "2024-07-01", "second quarter last year", "second-quarter 2023"),
    # a currency is no base, a bound no comparison
    ("The rand has risen more than 4.5 pct against the dollar this year after gaining 3.3 pct "
     "in 2024.", "2024-06-02", "this year", "2024"),
    # a margin before "than" measures the base; three words label a year's figure
    ("It said 2023 capital and exploration spending of 420 mln dlrs will be 160 mln dlrs "
     "lower than last year.", "2024-04-02", "last year", "2023"),
    # a base listed after a figure with a thousands comma
    ("Output fell to 270,400 tonnes last year from 273,300 in 2022 and 332,995 in 2023.",
     "2024-03-16", "last year", "2023"),
    # a figure in words; the same point of a year
    ("Output grew one pct in 2023 after shrinking one pct last year.", "2024-03-19",
     "last year", "2023"),
    ("Donors gave 2.4 bln dlrs over the first nine months, compared to 2.3 bln dlrs at the same "
     "point in 2024.", "2024-11-07", "first nine months", "the same point in 2024"),
    # a month without its year is the latest one begun
    ("Searches rose 2.2 percent in June compared with the same period this year.",
     "2024-07-20", "the same period this year", "June"),
    # from one year to the same year
    ("Rents should rise from 410 to 450 dlrs this year to between 470 and 500 dlrs in 2024.",
     "2024-03-05", "this year", "2024"),
    # a result labelled by two words; a source after "from" is no base
    ("The ministry estimated 2023 winter wheat output at 4.1 mln tonnes, vs 4.4 mln tonnes "
     "harvested last year.", "2024-04-09", "last year", "2023"),
    ("Acme expects second quarter profit below last year's 52 cts a share and 2023 profit "
     "from continuing operations about 9 pct lower than last year's 2.61 dlrs a share.",
     "2024-05-02", "last year's", "2023"),
    # a multiple of its base
    ("The province will seek 900 mln dlrs in credits during 2023, double the amount it raised "
     "last year.", "2024-06-10", "last year", "2023"),
    # "down on", the same month; a second base listed after "and"; a second comparison
    ("Car registrations reached 2,310 in March, 2.1 pct down on the same month of this year.",
     "2024-04-18", "the same month of this year", "March"),
    ("Exports in March were 4.1 bln and imports 3.9 bln compared with exports of 3.8 bln in "
     "February and exports of 4.4 bln in March this year.", "2024-04-20", "March this year",
     "March"),
    ("Stocks in June stood at 1,310 mln dlrs, up 0.4 pct from the previous month and up 2.2 "
     "pct from the same month this year.", "2024-08-12", "the same month this year", "June"),
    # seasonally adjusted figures are calendar periods
    ("Seasonally adjusted sales rose 0.4 pct in March compared with the same period this year.",
     "2024-04-20", "the same period this year", "March"),
    # the base after the period, an interval that runs backwards
    ("Imports rose to 18,200 tonnes in 2023 from 15,900 tonnes the following year.",
     "2024-02-02", "the following year", "2023"),
    ("About 40,000 tonnes were shipped between August 2023 and March last year.",
     "2024-04-10", "March last year", "August 2023"),
]

CONSISTENT = [
    # a margin before "than" between two years
    ("It said 2024 capital spending of 420 mln dlrs will be 160 mln dlrs lower than last "
     "year.", "2024-04-02"),
    # the base is the year before
    ("Freight volumes grew 3.1 pct last year after a 2022 gain of 5.2 pct.", "2024-04-08"),
    ("Bookings in March and April were 9.5 pct higher than in the same 2023 period.",
     "2024-05-14"),
    ("About 40,000 tonnes were shipped between August 2023 and March this year.", "2024-04-10"),
    ("Rents should rise from 410 dlrs this year to 470 dlrs in 2025.", "2024-03-05"),
    # a point of the year is no period: an estimate made at the end of last year
    ("The 2023 deficit was revised down to 41.1 bln from the estimate at the end of last year "
     "of 43.6 bln.", "2024-03-13"),
    # fiscal years need not be calendar years
    ("Fiscal 2023 sales rose 4 pct after a 6 pct rise last year.", "2024-03-11"),
    # a year labelling a plan, not a period of the figure
    ("Output reached 12 mln tonnes last year, above the 2023 target of 11 mln.", "2024-03-11"),
    # no figure: two mentions of one year that compare nothing
    ("The plant closed last year after 2023 flooding.", "2024-03-11"),
    # a clause break between the period and the comparison word
    ("Sales rose 4 pct last year; they said this was after a 6 pct rise in 2023.",
     "2024-03-11"),
    # a period that is itself the base of an earlier comparison word
    ("It spent 17 mln dlrs, less than half the amount spent in 2022 and down from 19 mln dlrs "
     "spent last year.", "2024-04-08"),
    ("Prices rose 1.6 pct compared with the corresponding month of 2023, after a rise in "
     "March this year of 0.6 pct.", "2024-06-16"),
    # a plan compared with the outcome of its own period
    ("For 2024, the navy received 3 bln dlrs, 1 bln lower than the projected expenditure this "
     "year.", "2024-05-01"),
    ("Sales reached 12 mln dlrs in 2023, above the 11 mln dlrs budgeted last year.",
     "2024-05-01"),
    # two relative periods: each the base of its own comparison
    ("Orders were up 30 pct over the same time last year, and sales up 17 pct compared with "
     "last year.", "2024-05-01"),
    # an index base and constant prices name no period of the figure
    ("The index (1976 = 100) rose to 772.0 from 761.3 in February.", "1987-04-13"),
    ("In the final quarter, GDP in 2021 prices rose 0.2 pct after 0.8 pct in the third "
     "quarter.", "2022-03-03"),
    # a yearless month beside a dated one: which year the writer meant is not sure
    ("Prices fell to 3.5 pct in February 2023 from 3.7 pct in January.", "2024-03-16"),
    # a list of bases: the month a year before; after a comma, a new forecast
    ("Exports in March were 4.1 bln compared with 3.8 bln in February and 4.4 bln in March "
     "last year.", "2024-04-20"),
    ("Deposits grew 3.6 pct in December after 2.4 pct in November and 4.0 pct in December last "
     "year.", "2024-02-26"),
    ("Growth was put at 8.7 pct next year, after 9.5 pct this year, and at 6.7 pct in 2026.",
     "2024-06-18"),
    # "and" then a new subject or a new clause: no base of the comparison
    ("Acme expects earnings this year lower than last year's 52 cts a share and 2024 sales 9 "
     "pct higher than in 2022.", "2024-05-02"),
    ("Sales rose 5 pct in 2023 from 2022 and profits in 2023 were 3 pct higher.", "2024-03-01"),
    # early January: "this year" may still be the year just ended
    ("Traffic grew 4 pct this year after a 2024 fall of 2 pct.", "2024-01-03"),
]


def _t101(text: str, published: str) -> list[tuple[str, str | None]]:
    report = flagger.analyze(text, published=published, select="T")
    return [(text[f.start : f.end], f.related[0].text if f.related else None)
            for f in report.findings if f.rule == "T101" and f.field == "text"]


@pytest.mark.parametrize(("text", "published", "words", "related"), CONFLICTS)
def test_period_comparisons(text: str, published: str, words: str, related: str) -> None:
    assert (words, related) in _t101(text, published)


@pytest.mark.parametrize(("text", "published"), CONSISTENT)
def test_consistent_comparisons(text: str, published: str) -> None:
    assert _t101(text, published) == []


def test_period_words() -> None:
    text = "the 2023 first quarter, January/February last year, in May, and it may rise"
    found = [(text[p.start : p.end], p.year, p.months, p.relative)
             for p in periods(text, 0, len(text), date(2024, 4, 2))]
    assert found == [("2023 first quarter", 2023, (1, 3), False),
                     ("January/February last year", 2023, (1, 2), True),
                     ("May", 2023, (5, 5), True)]


HEADLINES = [
    # the headline's year is the base of the lede's comparison
    ("NORDIC FREIGHT EXPORTS RISE IN 2022",
     "Nordic freight exports rose to 8.1 bln crowns last year from 7.4 bln in 2022, the "
     "agency said.", "2024-03-20", "2022", "last year"),
    ("ACME SEES INCREASE IN 2023 PROFITS",
     "Acme Corp said it expected profits for 2024 to be well above profits of 12.6 mln dlrs "
     "last year.", "2024-03-20", "2023", "2024"),
    # the lede dates the same change by last year alone
    ("DANISH TRADE SURPLUS FALLS IN 2022",
     "The Danish trade surplus fell 3.1 bln crowns last year to 40.2 bln crowns, the "
     "ministry said.", "2024-03-20", "2022", "last year"),
]

HEADLINES_CONSISTENT = [
    ("NORDIC FREIGHT EXPORTS RISE IN 2023",
     "Nordic freight exports rose to 8.1 bln crowns last year from 7.4 bln in 2022.",
     "2024-03-20"),
    # another subject: no word of the headline in the lede
    ("HOUSING STARTS RISE IN 2022",
     "The Danish trade surplus fell 3.1 bln crowns last year to 40.2 bln crowns.",
     "2024-03-20"),
    # the headline's year is the base of its own change
    ("POWER OUTPUT UP 2.4 PCT FROM 2023",
     "Power output so far this year rose to 50.1 bln kWh from 48.9 bln last year.",
     "2024-03-20"),
    ("CHINESE INDUSTRIAL GROWTH UP AFTER WEAK 2023",
     "Industrial output this year rose 14 pct from 9 pct last year.", "2024-03-20"),
    # the lede's relative year is the base; the headline's year labels the figure
    ("ACME SEES HIGHER 2024 SPENDING",
     "Acme expects renovation to push 2024's capital expenditures up from last year's 25.4 "
     "mln dlrs.", "2024-03-09"),
    # fiscal years are left alone
    ("ACME FISCAL 2022 PROFIT UP",
     "Acme profit rose to 9 mln dlrs last year from 8 mln in 2022.", "2024-03-20"),
]


@pytest.mark.parametrize(("title", "text", "published", "words", "related"), HEADLINES)
def test_headline_years(title: str, text: str, published: str, words: str,
                        related: str) -> None:
    report = flagger.analyze(text, published=published, title=title, select="T")
    found = [(title[f.start : f.end], f.related[0].text) for f in report.findings
             if f.rule == "T101" and f.field == "title"]
    assert found == [(words, related)]  # once, whichever headline rule finds it


@pytest.mark.parametrize(("title", "text", "published"), HEADLINES_CONSISTENT)
def test_headline_years_consistent(title: str, text: str, published: str) -> None:
    report = flagger.analyze(text, published=published, title=title, select="T")
    assert [f for f in report.findings if f.field == "title"] == []


def test_an_increase_of_a_figure_over_last_year_compares_the_year_with_it() -> None:
    text = ("The fund reported on Monday.\n\nThe fund earned a net profit of almost 2.4 bln dlrs "
            "in 2023, an increase of 210 mln dlrs over last year.")
    report = flagger.analyze(text, title="Fund", published="2024-03-19", id="t")
    assert [text[f.start:f.end] for f in report.findings if f.rule == "T101"] == ["last year"]
    fine = text.replace("over last year", "over 2022")
    report = flagger.analyze(fine, title="Fund", published="2024-03-19", id="t")
    assert [f for f in report.findings if f.rule == "T101"] == []
