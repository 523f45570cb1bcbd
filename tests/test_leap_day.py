"""February 29 without a year, in articles published in years without one."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations.timex import extract_dates
from flagger.pipeline import Flagger


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (date(2022, 1, 10), "2020-02-29"),
        (date(2026, 1, 5), "2024-02-29"),
        (date(2027, 12, 30), "2028-02-29"),
        (date(2024, 2, 1), "2024-02-29"),
    ],
)
def test_february_29_without_a_year_finds_the_nearest_leap_year(
    published: date, value: str
) -> None:
    found = extract_dates("The council met on February 29 to vote.", published)
    assert [expression.value for expression in found] == [value]


def test_february_29_in_a_2026_article_is_analysed() -> None:
    report = Flagger().analyze(
        "The vote was held on 29 February, officials said.", published=date(2026, 5, 1)
    )
    assert report.summary.sentences == 1
