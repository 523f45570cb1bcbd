"""The T rules: their codes, tiers and explanations."""

from __future__ import annotations

from flagger.detectors.rule import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "T101", "relative-date-conflict", "temporal", "warning",
        flags="A relative date (\"last year's talks\") that resolves to a period other than an "
        "explicit date given for the same event elsewhere in the article.",
        why="One of the two dates is wrong, often because copy was reused from an older story "
        "and \"last year\" was not updated.",
        example="Talks that were interrupted in 2022 ... last year's talks, which were "
        "interrupted by the war (published 2025: last year = 2024)",
        fix="Use the explicit date in both places (\"the 2022 talks\"), or correct the one "
        "that is wrong.",
        needs_published=True,
    ),
    Rule(
        "T102", "weekday-date-mismatch", "temporal", "error",
        flags="A weekday written next to a full date (with its year) that falls on another "
        "weekday.",
        why="Either the weekday or the date is wrong; readers cannot tell which.",
        example="The vote is on Friday, May 15, 2025 (May 15, 2025 is a Thursday).",
        fix="Check the calendar and correct the weekday or the date.",
    ),
    Rule(
        "T103", "elapsed-time-conflict", "temporal", "warning",
        flags="An elapsed time (\"three years ago\") that does not fit an explicit date of the "
        "same event, counted from the publication date.",
        why="The count was probably right when first written and went stale, or the date is "
        "wrong.",
        example="The agreement was signed three years ago. ... the 2019 agreement "
        "(published 2024: three years ago = 2021)",
        fix="Give the year instead of the count (\"in 2019\"), or correct the count.",
        needs_published=True,
    ),
    Rule(
        "T104", "tense-date-conflict", "temporal", "warning",
        flags="A past event dated after the publication date, or an upcoming event dated "
        "before it.",
        why="The year or the tense is wrong: an article cannot report as done what has not "
        "happened yet.",
        example="The plant was opened in 2027 (published 2025).",
        fix="Correct the year, or the tense if the event is still to come.",
        needs_published=True,
    ),
    Rule(
        "T105", "relative-day-conflict", "temporal", "warning",
        flags="A relative day (\"yesterday\", \"on Friday\") that is not the explicit date given "
        "for the same event.",
        why="Relative days go stale when copy is held over or republished.",
        example="Yesterday's vote was close. ... The vote on May 7 followed weeks of debate "
        "(published May 11: yesterday = May 10)",
        fix="Use the explicit date, or correct the relative day.",
        needs_published=True,
    ),
    Rule(
        "T106", "age-birth-conflict", "temporal", "error",
        flags="An age that the birth date, an age given at a dated time, or the year of the "
        "same person's job or office rules out (\"Lopez, 29, was born in 1991\" in 2025; "
        "\"Ruiz, 64, a senator since 1967\" in 2017).",
        why="One of the numbers is wrong, or the age went stale when copy was reused.",
        example="Lopez, 29, was born in 1991 (published 2025: 33 or 34).",
        fix="Recompute the age from the birth date, or correct the date.",
        needs_published=True,
    ),
    Rule(
        "T107", "elapsed-between-dates", "temporal", "error",
        flags="A count of years, months, weeks or days that the dates beside it contradict: "
        "\"five years ago in 2014\", \"ten years later (1854)\" after 1846, \"the 16th "
        "anniversary\" of 2001 in 2016, \"the 12 days from March 11 through March 16\".",
        why="The count or a date is wrong; readers who do the sum stop trusting the story.",
        example="That was just five years ago in 2014 (published 2017: three years).",
        fix="Correct the count, or drop it and keep the dates.",
        needs_published=True,
    ),
)
RULE = {rule.code: rule for rule in RULES}
