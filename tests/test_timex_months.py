"""Calendar months are added as dateutil's relativedelta adds them, month ends clipped."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta

from flagger.annotations.timex.intervals import add_months


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 11, 15), 2, date(2025, 1, 15)),
        (date(2024, 1, 15), -13, date(2022, 12, 15)),
        (date(2024, 5, 31), 0, date(2024, 5, 31)),
    ],
)
def test_months_are_added_with_the_month_end_clipped(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected == day + relativedelta(months=months)


def test_every_month_shift_matches_relativedelta() -> None:
    for day in (date(2000, 2, 29), date(2023, 8, 31), date(1, 1, 1), date(9999, 12, 31)):
        for months in range(-40, 41):
            try:
                expected = day + relativedelta(months=months)
            except ValueError:
                with pytest.raises(ValueError):
                    add_months(day, months)
                continue
            assert add_months(day, months) == expected
