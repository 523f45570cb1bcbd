"""T104 from a year's own clause: a finite past read back over a long object ("exported 40 mln
dlrs worth of timber to Japan in 2027"), and the clauses that give no tense."""

from __future__ import annotations

import flagger

PUBLISHED = "2025-05-14"


def _tense(text: str) -> list[tuple[str, str]]:
    report = flagger.analyze(text, published=PUBLISHED, select="T")
    return [(f.rule, text[f.start : f.end]) for f in report.findings if f.rule == "T104"]


def test_a_past_over_a_long_object_dates_its_act() -> None:
    text = ("Ortega said the cooperative exported 40 mln dlrs worth of timber to Japan in 2027 "
            "and imported little.")
    assert _tense(text) == [("T104", "2027")]


def test_a_past_perfect_with_a_reflexive_and_a_count() -> None:
    text = "Records showed that Lund had himself visited the Ridley plant at least twice in 2027."
    assert _tense(text) == [("T104", "2027")]


def test_a_noun_subject_before_an_adverb_and_a_past() -> None:
    text = "Wind farms still only made up 9 percent of the region's power supply in 2026."
    assert _tense(text) == [("T104", "2026")]


def test_infinitives_comparisons_and_plans_give_no_tense() -> None:
    for text in ("Bolt Tools agreed to buy 5 mln shares of Ridley in 2027.",
                 "Ridley signed a contract for the delivery of ten ferries in 2027.",
                 "Profits rose to 5 mln dlrs from 3 mln dlrs in 2027.",
                 "The mayor visited the port, which opens the new berth in 2027.",
                 "Ridley sold 20 ferries and said sales would double in 2027."):
        assert _tense(text) == [], text
