"""T104 for a future verb that still looks ahead to a year already over ("will replace the
simulator in 2022" in a 2025 story), through the whole pipeline, on our own sentences."""

from __future__ import annotations

import pytest

import flagger

PUBLISHED = "2025-09-14"

FLAGGED = [
    ("The bank said it expects to achieve near record earnings in 2024.", "2024"),
    ("The company said it will replace that simulator in 2023 with a newer one.", "2023"),
    ("The plant is scheduled for completion in 2022, the builder said.", "2022"),
    ("Half of the region's people are expected to live in cities by 2020.", "2020"),
    ("The current assembly is due to remain in place until 2024.", "2024"),
    ("The firm intends to open two depots in 2021.", "2021"),
]

QUIET = [
    # last year's accounts, looked ahead to before they are closed (a March story)
    ("The group will write off 16 million euros of expenses in 2024.", "2025-03-06"),
    ("The deficit is expected to narrow to 1.2 billion in 2024.", "2025-03-26"),
    # another act dates the year: a past verb, a comparison, a noun "will", a plan noun
    ("No one will ever know what happened in that hallway in 2019.", PUBLISHED),
    ("They will raise the price again, but not as much as they did in 2019.", PUBLISHED),
    ("She accused him of kissing her against her will at his office in 2017.", PUBLISHED),
    ("A court upheld the ruling that the bank wrecked the insurer's plan to buy it in 2018.",
     PUBLISHED),
    ("Prices will stay high, following the turmoil in 2022.", PUBLISHED),
    ("Output will fall below the level reached in 2021.", PUBLISHED),
    ("The budget will be set in 2021 dollars.", PUBLISHED),
    ("The firm will launch the car this year and sell it in 2026.", PUBLISHED),
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_a_future_verb_before_a_year_already_over_is_flagged(text: str, words: str) -> None:
    report = flagger.analyze(text, published=PUBLISHED, select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words]
    assert "upcoming event" in report.findings[0].message


@pytest.mark.parametrize(("text", "published"), QUIET)
def test_a_year_another_act_dates_is_not_flagged(text: str, published: str) -> None:
    assert flagger.analyze(text, published=published, select="T104").findings == ()


@pytest.mark.parametrize(("text", "words"), [
    ("The company will replace that simulator in 2024 with a newer one.", "2024"),
    ("The work force is expected to be further reduced to 2,500 in 2024.", "2024"),
])
def test_last_year_is_over_early_in_the_year_unless_its_accounts_are_open(
        text: str, words: str) -> None:
    report = flagger.analyze(text, published="2025-03-20", select="T104")
    assert [text[f.start : f.end] for f in report.findings] == [words]
