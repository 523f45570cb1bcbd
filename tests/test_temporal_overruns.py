"""T107: a span counted forward from a year that ends after publication ("the 1990 leak ...
reported 37 years later" in 2020), on our own sentences."""

from __future__ import annotations

import flagger

PUBLISHED = "2020-05-01"


def _overruns(text: str) -> list[str]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]


def test_later_count_past_publication() -> None:
    text = "The 1990 leak was hushed up. It was reported 37 years later by a local paper."
    assert _overruns(text) == ["37 years later"]


def test_following_decades_past_publication() -> None:
    text = ("The bureau was set up in 2000 to track fraud. Over the following three decades, "
            "it worked with courts in many countries.")
    assert _overruns(text) == ["Over the following three decades"]


def test_count_that_ends_before_publication_is_quiet() -> None:
    assert _overruns("The 1990 leak was hushed up. It was reported 27 years later.") == []
    assert _overruns("The bureau was set up in 2000. Over the following two decades, it "
                     "worked with courts.") == []


def test_rounding_and_future_are_quiet() -> None:
    assert _overruns("The 2010 plan stalled. Nearly 11 years later, it was revived.") == []
    assert _overruns("The bond was sold in 2015. It will mature 10 years later.") == []
    assert _overruns("Profit fell in 2019. It expects growth over the next five years.") == []


def test_two_years_before_is_no_anchor() -> None:
    text = "She left in 1990 and came back in 2001. Twenty-five years later she wrote it down."
    assert _overruns(text) == []


def test_a_year_the_count_lands_on_is_no_anchor() -> None:
    text = "The judge was removed in 2003. In 2012, nine years later, he won his seat back."
    assert _overruns(text) == []
