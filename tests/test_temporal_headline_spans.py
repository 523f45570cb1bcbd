"""T107 on our own articles: a headline's "VERB after N days" against the body's count."""

from __future__ import annotations

import flagger


def _found(title: str, text: str) -> list[str]:
    report = flagger.analyze(text, published="2024-05-10", title=title, select="T107")
    return [f.field for f in report.findings]


BODY = "Harbour chief Ann Roe resigned after just one week in the post, the board said."


def test_the_headline_count_against_the_body_count() -> None:
    assert _found("HARBOUR CHIEF RESIGNS AFTER ONE MONTH", BODY) == ["title"]
    assert _found("HARBOUR CHIEF RESIGNS AFTER ONE WEEK", BODY) == []
    assert _found("HARBOUR CHIEF RESIGNS AFTER SEVEN DAYS", BODY) == []


def test_another_verb_or_a_rounded_count_is_not_compared() -> None:
    assert _found("HARBOUR CHIEF QUITS AFTER ONE MONTH", BODY) == []
    assert _found("HARBOUR CHIEF RESIGNS AFTER ABOUT A MONTH", BODY) == []
