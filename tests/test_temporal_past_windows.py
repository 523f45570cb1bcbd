"""T107: "the past N months" against a month the same clause puts in them, on our own
sentences."""

from __future__ import annotations

import flagger


def _flagged(text: str, published: str = "2022-07-01") -> list[str]:
    report = flagger.analyze(text, published=published, select="T")
    return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]


def test_a_month_told_in_the_window_that_lies_before_it() -> None:
    text = "Over the past 12 months the index sank to a low of 410 in February 2021 before rising."
    assert _flagged(text) == ["12 months"]
    assert _flagged(text.replace("12 months", "18 months")) == []
    assert _flagged(text.replace("February 2021", "June 2021")) == []  # a month out is slack


def test_a_start_told_from_that_does_not_open_the_window() -> None:
    text = ("The agency has cut the list over the last 40 months from a May 2020 peak of 9,100 "
            "to a June 2022 low of 5,200.")
    assert _flagged(text) == ["40 months"]
    assert _flagged(text.replace("40 months", "25 months")) == []
    assert _flagged(text.replace("40 months", "26 months")) == []


def test_dates_set_apart_and_windows_ending_elsewhere_are_quiet() -> None:
    assert _flagged("Over the past 12 months, sales rose 9 pct compared with March 2020.") == []
    assert _flagged("In the past 12 months to March 2020, sales rose 9 pct.") == []
    assert _flagged("Over the past 12 months it has sold more than since its start in 2015.") == []


def test_a_date_of_a_participle_or_after_a_comma_is_quiet() -> None:
    assert _flagged("We repaid 2 billion in the past two years the debt incurred in 2018.") == []
    assert _flagged("We repaid 2 billion in the past two years, or half the debt we took on "
                    "in 2018.") == []


def test_the_years_of_figures_compared_in_the_window() -> None:
    text = ("The market has grown fast in the past 30 years, with issues of 400 billion in "
            "2021, compared with 50 billion in 2011.")
    assert _flagged(text) == ["30 years"]
    assert _flagged(text.replace("30 years", "ten years")) == []
    assert _flagged(text.replace("30 years", "11 years")) == []
