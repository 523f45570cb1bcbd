"""T107: a past event counted forward from a dated start that would end after publication;
on our own sentences."""

from __future__ import annotations

from datetime import date

import flagger
from flagger.detectors.temporal.count_phrases import counts, soonest

PUBLISHED = "2025-03-14"


def _t107(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T107")
    return [text[f.start : f.end] for f in report.findings]


def test_soonest_reads_the_bound() -> None:
    def end(words: str) -> date | None:
        return soonest(next(counts(words, 0, len(words))), date(2020, 1, 1))

    assert end("two years") == date(2021, 7, 1)
    assert end("more than ten years") == date(2029, 7, 2)
    assert end("under two years") is None


def test_later_from_the_date_told_before() -> None:
    text = ("The ferry line opened in October 2023, but fares doubled by the time it was "
            "sold {} months later.")
    assert _t107(text.format(26)) == ["26 months later"]
    assert _t107(text.format(16)) == []


def test_after_a_dated_clause() -> None:
    assert _t107("Ruiz became a deacon six years after joining the police in 2021.") == [
        "six years after"]
    assert _t107("Ruiz became a deacon two years after joining the police in 2021.") == []


def test_an_event_ahead_is_left_alone() -> None:
    assert _t107("Ruiz will become a deacon six years after joining the police in 2021.") == []
    assert _t107("The ferry line opened in October 2023 and is expected to be sold 26 months "
                 "later.") == []
