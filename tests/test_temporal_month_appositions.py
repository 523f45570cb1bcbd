"""T101: a relative month beside the day it names ("next month, April 9"), read from the
publication month (here May 2025)."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"


def _months(text: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [(f.rule, text[f.start : f.end]) for f in report.findings if f.rule == "T101"]


def test_a_day_after_the_relative_month_in_another_month() -> None:
    assert _months("The next auction is set for next month, May 28, the board said.") == [
        ("T101", "next month")]
    assert _months("Travel reopens later this month, on June 3, the decree says.") == [
        ("T101", "later this month")]


def test_a_day_labelled_by_the_relative_month() -> None:
    assert _months("He called this month's April 28 sale of shares a non-event.") == [
        ("T101", "this month")]
    assert _months("Lenders met after the port's April 2 closure earlier this month.") == [
        ("T101", "earlier this month")]


def test_days_in_the_month_meant_stay_quiet() -> None:
    for text in ("The next auction is set for next month, June 4, the board said.",
                 "Shareholders vote next month at the June 20 annual meeting.",
                 "Sales fell last month, April 3 figures showed.",
                 "The hearing was moved to next month, a spokesman said on April 9."):
        assert _months(text) == [], text
