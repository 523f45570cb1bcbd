"""The planting script's edits, on an invented article: each plants what its rule finds."""

from __future__ import annotations

import random
from datetime import date

import pytest

from training.plant_date_errors import CONTROLS, PLANTERS, Planter, findings

ARTICLE = (
    "Dock workers at the port of Lenholm walked out on Monday. The strike was called after "
    "the union rejected the latest offer from the operators. The agreement was signed in 2019 "
    "and covers pay until 2026. Union leaders said the agreement had been broken twice. The "
    "operators said the meeting on March 3 had gone well. A spokesman said the meeting left "
    "room for a deal. The company was founded in 1990 and will be listed on the exchange in "
    "2026. The strike cost the region millions, officials said, and the strike may widen. "
    "Wages were last raised on March 2, 2023, the union said."
)
PUBLISHED = date(2025, 3, 10)


@pytest.mark.parametrize("rule", sorted(PLANTERS))
def test_planted_error_is_found_where_it_was_planted(rule: str) -> None:
    plant = PLANTERS[rule](ARTICLE, PUBLISHED, random.Random(1))
    assert plant is not None
    assert plant.text != ARTICLE
    found = [f for f in findings(plant.text, PUBLISHED) if f.rule == rule]
    assert any(f.start < plant.end and plant.start < f.end for f in found)


def test_untouched_article_has_no_findings() -> None:
    assert findings(ARTICLE, PUBLISHED) == []


@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: c.__name__)
def test_consistent_controls_are_not_flagged(control: Planter) -> None:
    plant = control(ARTICLE, PUBLISHED, random.Random(1))
    assert plant is not None
    assert findings(plant.text, PUBLISHED) == []
