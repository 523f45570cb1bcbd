"""One plan, two years: a relative year of a subject's plan that the next sentence's written
year contradicts, through the whole pipeline, on our own texts."""

from __future__ import annotations

import pytest

import flagger


def _t101(text: str, published: str = "2025-05-14") -> list[tuple[str, str, str]]:
    report = flagger.Flagger().analyze(text, published=published)
    return [(text[f.start : f.end], f.related[0].text, f.message) for f in report.findings
            if f.rule == "T101"]


def test_a_plan_for_next_year_that_the_next_sentence_puts_in_another_year() -> None:
    text = ("The harbour master who closed the pier two years ago will stand for re-election "
            "next year, his lawyer said. Ardmore harbour master Ian Kerr will stand to keep "
            "his post in 2027 despite the protests.")
    found = _t101(text)
    assert len(found) == 1
    said, partner, message = found[0]
    assert (said, partner) == ("next year", "2027")
    assert "2026" in message and "2027" in message


@pytest.mark.parametrize(
    "text",
    [
        # the years agree
        "The harbour master will stand for re-election next year. Harbour master Ian Kerr "
        "will stand to keep his post in 2026.",
        # another subject
        "The harbour master will stand for re-election next year. The mayor of Ardmore "
        "will stand for a second term in 2027.",
        # another verb
        "The harbour master will stand for re-election next year. The harbour master will "
        "retire in 2027.",
        # a second occurrence
        "The ferry company will raise fares next year. The ferry company will raise them "
        "again in 2027.",
        # not adjacent
        "The ferry company will raise fares next year. Crews welcomed the news. Passengers "
        "did not. The ferry company will raise its fees in 2027.",
    ],
)
def test_plans_that_may_differ_are_left_alone(text: str) -> None:
    assert _t101(text) == []
