"""T102: a weekend beside a date that falls midweek, through the whole pipeline."""

from __future__ import annotations

import pytest

import flagger

FLAGGED = [
    ("The clashes began last weekend, on March 10, in the north.", "1987-03-11",
     "weekend, on March 10", "Tuesday"),
    ("The envoy paid a brief weekend visit, on June 24 and 25, to the capital.", "1987-06-29",
     "weekend visit, on June 24", "Wednesday"),
    ("The fair runs over the weekend of May 14, the organisers said.", "2025-05-01",
     "weekend of May 14", "Wednesday"),
    ("Rain spoiled the weekend (15 May 2025) for the growers.", "2025-05-20",
     "weekend (15 May 2025", "Thursday"),
]

CLEAN = [
    ("The envoy paid a brief weekend visit, on June 27 and 28, to the capital.", "1987-06-29"),
    ("The fair runs over the weekend of May 16, the organisers said.", "2025-05-01"),  # a Friday
    ("The long weekend, May 26, drew crowds to the coast.", "2025-05-30"),  # a Monday
    ("They met the weekend before, on May 14, to agree the plan.", "2025-05-20"),
    ("Over the weekend and on May 14 the council met twice.", "2025-05-20"),
]


@pytest.mark.parametrize(("text", "published", "words", "day"), FLAGGED)
def test_a_midweek_date_beside_weekend_is_flagged(text: str, published: str, words: str,
                                                  day: str) -> None:
    report = flagger.analyze(text, published=published, select="T102")
    assert [(text[f.start : f.end], f.severity) for f in report.findings] == [(words, "error")]
    assert day in report.findings[0].message


@pytest.mark.parametrize(("text", "published"), CLEAN)
def test_a_weekend_date_or_another_time_is_not_flagged(text: str, published: str) -> None:
    assert flagger.analyze(text, published=published, select="T102").findings == ()
