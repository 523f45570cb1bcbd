"""Scanning only where a pattern's opening words occur finds exactly what a full scan finds."""

from __future__ import annotations

import re

import pytest

import flagger
from flagger.detectors.wordscan import Keywords, finditer_at, lowered, word_starts

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



PERCENT_TEXTS = [
    "Sales rose 12 percent to 264 from 280; nearly 5% and more than 3.5 pct fell.",
    "12.5.3% and 1.2.3 percent, handsome 4% and some 7 per cent; 10 percentage points.",
    "Just under 9 % and an estimated 40pct; under 2 pts; x12% and 000012 percent.",
    "\u0663\u0664% in Arabic-Indic digits, and about 6 percent.",
]


@pytest.mark.parametrize("text", PERCENT_TEXTS)
def test_percent_figures_are_those_of_a_full_scan(text: str) -> None:
    from flagger.detectors.numbers.changes import PERCENT, percents

    full = [(m.start(), m.end()) for m in PERCENT.finditer(text)]
    assert [(m.start(), m.end()) for m in percents(text)] == full
    assert len(full) >= 2


@pytest.mark.parametrize("text", [t.lower() for t in TEXTS] + ["aaa monday aa", "said sai saidsaid"])
def test_keywords_found_in_one_pass_are_those_word_starts_finds(text: str) -> None:
    groups = [("aa", "monday"), ("monday", "mondays", "day"), ("sai", "said", "d"), ("a",)]
    keywords = Keywords(word for group in groups for word in group)
    found = keywords.find(text)
    for group in groups:
        assert Keywords.starts(found, group) == word_starts(text, group)


@pytest.mark.parametrize("text", [t.lower() for t in TEXTS] + ["finally ally, _ally ally2 é-ally"])
def test_keywords_at_word_starts_are_the_word_starts_among_all(text: str) -> None:
    groups = [("ally", "all"), ("said", "sai"), ("monday", "day"), ("a",)]
    keywords = Keywords((word for group in groups for word in group), at_word_starts=True)
    found = keywords.find(text)
    for group in groups:
        every = word_starts(text, group)
        opening = [at for at in every if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")]
        assert Keywords.starts(found, group) == opening


def test_keyword_starts_are_a_new_list_of_the_words_that_occur() -> None:
    found = Keywords(["may", "mayor", "day"]).find("the mayor may say so on the day")
    assert Keywords.starts(found, ("mayor", "june")) == [4]
    assert Keywords.starts(found, iter(["day", "may", "june"])) == [4, 10, 28]
    assert Keywords.starts(found, ()) == []
    Keywords.starts(found, ("may",)).append(99)
    assert found["may"] == [4, 10]


def test_a_keyword_at_word_starts_must_open_with_a_word_character() -> None:
    with pytest.raises(ValueError, match="word character"):
        Keywords(["'s", "said"], at_word_starts=True)


def test_a_document_lowers_its_text_once_for_every_detector() -> None:
    from flagger.annotations import annotate
    from flagger.article import Article

    doc = annotate(Article("Officials Said On MONDAY that the vote was delayed."))
    assert doc.lowered == "officials said on monday that the vote was delayed."
    assert doc.lowered is doc.lowered
    assert annotate(Article("The \u0130stanbul office said so.")).lowered is None


RELATIVE_TEXTS = [
    "Yesterday, March 3, 2020, the port shut; TODAY (Friday) 2021 it opened.",
    "This year, 2019, and last year (2018) and next year, 2021-22 were counted.",
    "Tomorrow morning, June 5 2022 and tonight, 2020 or ayesterday, 2020.",
    "\u0130stanbul said yesterday, May 4, 2023, and this year, 2023,",
]


@pytest.mark.parametrize("text", RELATIVE_TEXTS)
def test_relative_day_and_year_scans_find_what_a_full_scan_finds(text: str) -> None:
    from flagger.detectors.temporal import local, relative_days

    for pattern, words in ((relative_days._RELDAY_DATE, relative_days._OFFSET),
                           (local._RELYEAR, local._YEAR_OFFSET)):
        full = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer_at(pattern, text, lowered(text), words)] == full


def test_every_keyword_prefix_of_the_longest_keyword_at_an_offset_is_found() -> None:
    words = ("a", "ad", "advis", "adviser", "advisers", "advisory", "d", "is", "ser")
    text = "advisers advisory adviser advise ad a dad"
    found = Keywords(words).find(text)
    assert found == {word: word_starts(text, [word]) for word in words if word in text}
