"""Scanning only where a pattern's opening words occur finds exactly what a full scan finds."""

from __future__ import annotations

import re

import pytest

import flagger
from flagger.detectors.wordscan import finditer_at, lowered, word_starts

WEEKDAY = re.compile(r"\b(?:monday|tuesday)\s+(?:the\s+)?\d+", re.IGNORECASE)
WORDS = ("monday", "tuesday")
TEXTS = [
    "",
    "No weekday here at all.",
    "On Monday 4 and TUESDAY the 8 the port was shut; tuesdays 9 do not count.",
    "Mondays 3, monday 4, Xmonday 5 and Monday 6 Tuesday 7.",
    "Tue\u017fday 5 is a Tuesday 6 to re.IGNORECASE, not to str.find",  # long s
    "\u0130stanbul on Monday 3",  # lower-cases to two code points: offsets shift
    "MONDAY 1 MONDAY 2 monday the 3",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_matches_as_a_full_scan(text: str) -> None:
    full = [(m.start(), m.end()) for m in WEEKDAY.finditer(text)]
    assert [(m.start(), m.end()) for m in finditer_at(WEEKDAY, text, lowered(text), WORDS)] == full


def test_texts_that_fold_unusually_are_scanned_whole() -> None:
    assert lowered("Tue\u017fday") is None
    assert len(list(WEEKDAY.finditer("Tue\u017fday 5"))) == 1
    assert lowered("\u0130stanbul") is None
    assert lowered("On Monday") == "on monday"


def test_word_starts_are_sorted_and_overlapping_occurrences_kept() -> None:
    assert word_starts("aaa monday aa", ("aa", "monday")) == [0, 1, 4, 11]


@pytest.mark.parametrize(
    ("text", "published", "words"),
    [
        ("The FERRY RESUMES ON FRIDAY, MAY 22, THE OPERATOR SAID.", "2025-05-14", "FRIDAY, MAY 22"),
        ("The ferry resumes on April 10 (Wednesday), the operator said.", "1997-04-01",
         "April 10 (Wednesday)"),
        ("The ferry resumes on April 10 ( wednesday ), the operator said.", "1997-04-01",
         "April 10 ( wednesday )"),
    ],
)
def test_weekdays_in_any_case_and_in_brackets_are_still_checked(
    text: str, published: str, words: str
) -> None:
    report = flagger.analyze(text, published=published, select="T102")
    assert [text[f.start : f.end] for f in report.findings] == [words]

