"""Publication dates from options, JSON fields and datelines."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.article.published import DateError, find_dateline, parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-11", date(2025, 5, 11)),
        ("2025-05-11T11:13:00Z", date(2025, 5, 11)),
        ("2025-05-11 11:13", date(2025, 5, 11)),
        ("11 May 2025", date(2025, 5, 11)),
        ("11 May 2025 11:13", date(2025, 5, 11)),
        ("May 11, 2025", date(2025, 5, 11)),
        ("Sept. 3, 2024", date(2024, 9, 3)),
        (date(2024, 2, 29), date(2024, 2, 29)),
    ],
)
def test_parse_published(value: str, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", "impossible date"),
        ("2023-02-29", "impossible date"),
        ("31 Smarch 2020", "unknown month"),
        ("next Tuesday", "cannot read date"),
        ("", "cannot read date"),
    ],
)
def test_bad_dates_are_explained(value: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_published(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nCoast Herald - 11 May 2025 11:13\n\nBody.", (date(2025, 5, 11), "Coast Herald")),
        ("Title\nValley News | March 3, 2021\nBody.", (date(2021, 3, 3), "Valley News")),
        ("No dateline here.\nJust text written on 4 May 2020 by someone.", None),
        ("Posted on Tuesday, March 4, 2025\nBody.", (date(2025, 3, 4), "Posted on Tuesday")),
        # a wrapped line of prose that ends with a date is no dateline
        ("Acme said it could\nreport a break even second quarter ending Friday, March 28, 1987\n"
         "compared with a loss.", None),
    ],
)
def test_find_dateline(text: str, expected: tuple[date, str] | None) -> None:
    assert find_dateline(text) == expected
