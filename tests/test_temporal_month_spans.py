"""T107: a count of months, weeks or days against the months or days its phrase names, on our
own sentences."""

from __future__ import annotations

import flagger


def _flagged(text: str, published: str = "1990-03-20") -> list[str]:
    report = flagger.analyze(text, published=published, select="T")
    return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]


def _message(text: str, published: str = "1990-03-20") -> str:
    report = flagger.analyze(text, published=published, select="T")
    return next(f.message for f in report.findings if f.rule == "T107")


def test_months_from_one_month_to_another() -> None:
    text = "In the four months from November to January, shop sales rose two pct."
    assert _flagged(text) == ["four months"]
    assert "makes 2 to 3 months" in _message(text)
    assert _flagged("In the three months from November to January, shop sales rose two pct.") == []
    # from one month's level to another's: the ends apart
    assert _flagged("Prices rose in the two months from November to January.") == []


def test_a_named_period_of_months_counts_both_ends() -> None:
    assert _flagged("Copper output in the ten-month period Mar-Dec, 1989 was 40,000 "
                    "tonnes.") == []
    assert _flagged("Copper output in the eight-month period Mar-Dec, 1989 was 40,000 "
                    "tonnes.") == ["eight-month"]
    assert _flagged("Exports fell in the first three months (Sept/Dec) of the season.") == [
        "three months"]
    assert _flagged("Exports fell in the first four months (Sept/Dec) of the season.") == []


def test_in_a_range_bounds_the_count_from_above() -> None:
    assert _flagged("On a five-month basis, bank lending in August to October fell.") == [
        "five-month"]
    assert _flagged("On a two-month basis, bank lending in August to October fell.") == []


def test_days_of_a_period_against_its_count() -> None:
    text = ("The central bank offered new 12-day special loans at 4.5 pct to ease money "
            "market strains for the period May 4 to 9.")
    assert _flagged(text) == ["12-day"]
    assert "makes 4 to 6 days" in _message(text)
    wrapped = ("The central bank said it has\naccepted bids for new 12-day special loans at 4.5 "
               "pct covering the period May\n4 to 9 aimed at easing money market strains.")
    assert "“May 4 to 9” makes" in _message(wrapped)
    assert _flagged("The central bank offered new six-day loans covering the period May 4 "
                    "to 9.") == []
    assert _flagged("For the 11 weeks, February two through April one, sales rose.") == [
        "11 weeks"]
    assert _flagged("For the eight weeks, February two through April one, sales rose.") == []


def test_weeks_of_a_year_to_a_day() -> None:
    text = "In the first 14 weeks of 1990 ended March nine, the firm led 40 deals."
    assert _flagged(text) == ["14 weeks"]
    assert _flagged("In the first ten weeks of 1990 ended March nine, the firm led 40 "
                    "deals.") == []
    # a company's own year may open later, never earlier
    assert _flagged("In the first six weeks of 1990 ended March nine, the firm led 40 "
                    "deals.") == []
    assert _flagged("In the first 14 weeks of 1990 ended March nine, fiscal sales rose.") == []


def test_another_period_or_a_second_predicate_is_left_alone() -> None:
    assert _flagged("Sales in the previous four months from November to January fell.") == []
    assert _flagged("The rate over two months compared with 3.1 pct in January/March was "
                    "low.") == []
    assert _flagged("The talks lasted two days and the bank will hold a meeting from May "
                    "9-14.") == []
    assert _flagged("Staff get 12 working days, from May 4 to 9, off.") == []
    assert _flagged("The index rose in the week ended March 2 to 9.5 pct, after nine days "
                    "of gains.") == []
    assert _flagged("Tin hit a ten-month high in March-April.") == []
    assert _flagged("On a 12-month basis, bank lending in August to October rose.") == []


def test_months_from_january_compared_with_the_first_months_of_a_year() -> None:
    text = ("Van output in January and February eased to 75,800 from 76,600 in the first "
            "three months of 1989.")
    report = flagger.analyze(text, published="1990-03-20", select="T")
    assert [(text[f.start : f.end], f.severity) for f in report.findings] == [
        ("three months", "warning")]
    assert _flagged(text.replace("three", "two")) == []
    assert _flagged("The January/November total of 2,890 compares with 1,658 tonnes in the "
                    "first 11 months of 1989.") == []
    assert _flagged("The January/November total of 2,890 compares with 1,658 tonnes in the "
                    "first ten months of 1989.") == ["ten months"]


def test_over_a_count_its_range_follows_is_the_time_it_covers() -> None:
    assert _flagged("The mill bought wheat for shipment over three months between May and "
                    "October.") == ["three months"]
    assert _flagged("The mill bought wheat for shipment over six months between May and "
                    "October.") == []
    assert _flagged("The wheat is due for delivery over three months, May-Oct 1990.") == [
        "three months"]
    assert _flagged("Rain fell on over three days, in a stretch of weeks between May 2 and "
                    "May 30.") == []
