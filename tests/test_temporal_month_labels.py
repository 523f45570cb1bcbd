"""One figure, two months: a written month labelling a figure that the same clause dates "last
month" or "this month" otherwise, through the whole pipeline, on our own texts."""

from __future__ import annotations

import pytest

import flagger


def _labels(text: str, published: str) -> list[tuple[str, str, str]]:
    report = flagger.Flagger().analyze(text, published=published)
    return [(text[f.start : f.end], f.related[0].text, f.message) for f in report.findings
            if f.rule == "T101" and "same figure is labelled" in f.message]


def test_a_labelled_month_that_last_month_contradicts() -> None:
    text = ("The mint said October coin sales rose four pct to 210 mln dlrs last month. "
            "Sales for the year are still lower.")
    found = _labels(text, "1988-12-07")
    assert len(found) == 1
    said, partner, message = found[0]
    assert (said, partner) == ("last month", "October")
    assert "1988-11" in message


def test_figures_for_a_month_against_this_month() -> None:
    text = ("Provisional price figures for August showed the index this month was two pct "
            "higher. The bureau gave no reason.")
    assert [f[:2] for f in _labels(text, "1990-10-03")] == [("this month", "August")]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # The label is the relative month: right.
        ("The mint said November coin sales rose four pct last month.", "1988-12-07"),
        # A comparison base, not a label.
        ("Coin sales rose four pct last month from October levels.", "1988-12-07"),
        ("Coin sales rose four pct last month after a weak October.", "1988-12-07"),
        ("Sales in October were weak and sales last month were strong.", "1988-12-07"),
        # The relative month comes first: another figure.
        ("Sales rose last month, the mint said, and October sales fell.", "1988-12-07"),
        # The written month has a year.
        ("October 1987 coin sales were 210 mln dlrs, higher than last month.", "1988-12-07"),
        # The written month labels the figure of an aside between dashes.
        ("Fuel prices -- the force behind the October rise -- climbed less last month.",
         "1988-12-07"),
    ],
)
def test_months_that_do_not_label_the_same_figure(text: str, published: str) -> None:
    assert _labels(text, published) == []


def _headline(text: str, title: str, published: str) -> list[tuple[str, str]]:
    report = flagger.Flagger().analyze(text, published=published, title=title)
    return [(title[f.start : f.end], f.related[0].text) for f in report.findings
            if f.rule == "T101" and f.field == "title"]


def test_a_headline_month_that_the_lede_labels_otherwise() -> None:
    text = ("Northfield Mills said its April cloth output declined to 3,100 tonnes from 3,400 "
            "tonnes a year ago. It gave no reason.")
    assert _headline(text, "NORTHFIELD OUTPUT FELL THIS MONTH", "1988-05-02") == [
        ("THIS MONTH", "April")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # The lede's month is last month: right.
        ("NORTHFIELD OUTPUT FELL LAST MONTH",
         "Northfield Mills said its April cloth output declined to 3,100 tonnes."),
        # A comparison base in the lede, not a label.
        ("NORTHFIELD OUTPUT FELL THIS MONTH",
         "Northfield Mills said cloth output declined from March levels."),
        # The headline gives a second date.
        ("NORTHFIELD OUTPUT FELL THIS MONTH AFTER APRIL RISE",
         "Northfield Mills said its April cloth output rose to 3,100 tonnes."),
    ],
)
def test_headline_months_that_agree_or_do_not_label(title: str, text: str) -> None:
    assert _headline(text, title, "1988-05-02") == []
