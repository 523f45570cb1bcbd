"""T107: a period named with its count of years, and its range told of it a few sentences
later, on our own sentences."""

from __future__ import annotations

import flagger

_TEXT = ("The council, in its {n} year housing and transport plan, proposed new levies. "
         "Officials also said in the plan that fares would rise. "
         "The plan, the first since the mayor took office, seeks to raise 90 million "
         "in grants between 2021 and 2025.")


def _flagged(text: str) -> list[str]:
    report = flagger.analyze(text, published="2021-03-01", select="T")
    return [text[f.start : f.end] for f in report.findings if f.rule == "T107"]


def test_a_count_the_later_range_contradicts() -> None:
    assert _flagged(_TEXT.format(n="two")) == ["two"]


def test_a_count_the_range_allows() -> None:
    assert _flagged(_TEXT.format(n="four")) == []
    assert _flagged(_TEXT.format(n="five")) == []


def test_a_second_counted_plan_or_another_subject_is_not_linked() -> None:
    assert _flagged(_TEXT.format(n="two") + " A ten-year plan for roads follows.") == []
    assert _flagged(_TEXT.format(n="two").replace("The plan, the first", "Its budget, the "
                                                  "first")) == []
