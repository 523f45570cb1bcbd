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


def test_the_period_looks_back_at_the_range_before_it() -> None:
    text = ("Migrants paid 90 billion dlrs in taxes between 2008 and 2015, the study found. "
            "Overall, it said, the net gain was positive over the {n}-year period.")
    found = flagger.analyze(text.format(n="11"), published="2017-09-19", select="T").findings
    assert [(f.rule, f.severity) for f in found] == [("T107", "warning")]
    for n in ("seven", "eight"):
        assert not flagger.analyze(text.format(n=n), published="2017-09-19", select="T").findings
    # a sentence with a year of its own names its own period
    dated = text.format(n="11").replace("period.", "period to 2019.")
    assert not flagger.analyze(dated, published="2020-09-19", select="T").findings
