"""T107 on our own sentences: a running event's count of days against the day it began."""

from __future__ import annotations

import flagger

PUBLISHED = "2024-05-10"  # a Friday


def _found(text: str, published: str = PUBLISHED) -> list[str]:
    report = flagger.analyze(text, published=published, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_the_nth_day_of_a_strike_against_its_start() -> None:
    text = ("The dockers' strike entered its 15th day on Friday. The walkout started on "
            "May 1 over pay.")
    assert _found(text) == ["15th day"]
    assert _found(text.replace("15th", "tenth")) == []


def test_a_strike_verb_names_the_strike() -> None:
    text = ("Bus drivers called off their three-week-old strike on Friday. The drivers "
            "walked out on May 3.")
    assert _found(text) == ["three-week"]
    assert _found(text.replace("May 3", "April 19")) == []


def test_the_beginning_of_another_kind_of_event_is_not_read() -> None:
    text = ("The strike entered its 15th day. The festival started on May 1 in the old "
            "town.")
    assert _found(text) == []


def test_weeks_and_months_are_rounded() -> None:
    text = ("The blockade, now in its third week, has closed the port. The blockade began on "
            "April 24.")
    assert _found(text) == []
    assert _found(text.replace("April 24", "April 1")) == ["third week"]


def test_the_past_weeks_an_event_has_run_at_least() -> None:
    text = ("Strikes that have shut the port for the past eight weeks go on. The strikes "
            "started on April 22 over pay.")
    assert _found(text) == ["eight weeks"]
    assert _found(text.replace("eight", "two")) == []
