"""T107 on our own sentences: a period ahead, counted back from its end, before publication."""

from __future__ import annotations

import flagger

PUBLISHED = "2024-06-20"


def _found(text: str, published: str = PUBLISHED) -> list[str]:
    report = flagger.analyze(text, published=published, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_an_extension_that_would_have_begun_months_ago() -> None:
    text = "The lenders agreed to extend the loans for another six months, until July 31."
    assert _found(text) == ["six months"]
    assert _found(text.replace("six months", "two months")) == []


def test_a_period_ahead_counted_in_days() -> None:
    text = "The interim budget will be in effect for 90 days through August 10."
    assert _found(text) == ["90 days"]
    assert _found(text.replace("90 days", "50 days")) == []


def test_a_period_may_begin_after_publication() -> None:
    assert _found("The truce will hold for 10 days until August 30.") == []


def test_a_period_already_running_is_not_read() -> None:
    assert _found("The ban has been in force for 90 days until August 10.") == []


def test_a_stop_that_is_to_begin_now() -> None:
    text = "The storm forced the ferry line to suspend sailings for four weeks until July 4."
    assert _found(text) == ["four weeks"]
    assert _found(text.replace("four weeks", "two weeks")) == []
