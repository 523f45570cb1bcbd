"""The temporal rules T101–T105 on invented news sentences with hand-resolved dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import pytest
import temporal_helpers
from temporal_helpers import Dated

from flagger.annotations.document import Document
from flagger.annotations.timex import TimeExpression, extract_dates
from flagger.detectors.temporal import RULES, detect

Y = date  # shorthand for the tables below


def read(tx: TimeExpression, text: str) -> TimeExpression:
    """The hand-resolved `tx` with the facts the extractor reads (explicit or deictic, written
    year, named weekday or day...): from `text` where it finds the same span, else from the
    words alone."""
    found = next((x for x in extract_dates(text, None) if (x.start, x.end) == (tx.start, tx.end)),
                 None)
    if found is None:
        (alone,) = extract_dates(tx.text, None)
        assert (alone.start, alone.end) == (0, len(tx.text)), alone
        found = alone
    return replace(found, start=tx.start, end=tx.end, value=tx.value, first=tx.first,
                   last=tx.last, relative=tx.relative)


def document(text: str, published: date | None, dated: Sequence[Dated]) -> Document:
    """A Document of `text`, split at ". ", with the given dates resolved by hand."""
    doc = temporal_helpers.document(text, published, list(dated))
    return replace(doc, dates=tuple(read(tx, text) for tx in doc.dates))


def _year(year: int) -> tuple[date, date]:
    return (date(year, 1, 1), date(year, 12, 31))


def _day(year: int, month: int, day: int) -> tuple[date, date]:
    return (date(year, month, day), date(year, month, day))


CONFLICTS = [
    # (text, published, dates, rule, flagged words, related words, suggestion)
    (
        ("Negotiations between the two unions were interrupted in 2022. The mediator said the "
        "new round would build on last year's negotiations, which were interrupted by a strike."),
        Y(2025, 3, 2), [("2022", *_year(2022)), ("last year", *_year(2024))],
        "T101", "last year's", "2022", "the 2022 negotiations",
    ),
    (
        ("The port agreement was signed in 2019. Critics say the agreement signed last year "
        "ignored the fishing fleet."),
        Y(2025, 1, 20), [("2019", *_year(2019)), ("last year", *_year(2024))],
        "T101", "last year", "2019", "in 2019",
    ),
    (
        ("The council approved the 2019 agreement with the water company. The agreement was "
        "signed three years ago after a long dispute."),
        Y(2024, 6, 1), [("2019", *_year(2019)), ("three years ago", *_year(2021))],
        "T103", "three years ago", "2019", "in 2019",
    ),
    (
        "Yesterday's vote in parliament was close. The vote on May 7 followed weeks of debate.",
        Y(2025, 5, 11), [("Yesterday", *_day(2025, 5, 10)), ("May 7", *_day(2025, 5, 7))],
        "T105", "Yesterday's", "May 7", "The May 7 vote",
    ),
    (
        "Residents will vote on Friday, May 15, 2025, on the new bridge.",
        Y(2025, 5, 1), [("May 15, 2025", *_day(2025, 5, 15))],
        "T102", "Friday, May 15, 2025", "Friday", "Thursday, May 15, 2025",
    ),
    (
        "The first section of the bypass was opened in 2027, the ministry said.",
        Y(2025, 2, 3), [("2027", *_year(2027))],
        "T104", "2027", "opened", None,
    ),
    (
        ("The strike of 2019 shut the port for a month. Dockers still talk about last year's "
         "strike and the pay deal that ended it."),
        Y(2025, 3, 2), [("2019", *_year(2019)), ("last year", *_year(2024))],
        "T101", "last year's", "2019", "the 2019 strike",
    ),
    (
        "Officials said the new terminal will be completed in 2023 at the earliest.",
        Y(2025, 2, 3), [("2023", *_year(2023))],
        "T104", "2023", "completed", None,
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "dated", "rule", "words", "related", "suggestion"), CONFLICTS
)
def test_conflict_is_found(text: str, published: date, dated: list[Dated], rule: str,
                           words: str, related: str, suggestion: str | None) -> None:
    doc = document(text, published, dated)
    findings = list(detect(doc))
    assert [f.rule for f in findings] == [rule]
    finding = findings[0]
    assert text[finding.start : finding.end] == words
    assert related in [span.text for span in finding.related]
    assert finding.suggestion == suggestion
    assert finding.sentence == doc.sentence_index(finding.start)
    assert finding.category == "temporal"
    assert finding.evidence


CONSISTENT = [
    # the relative date agrees with the explicit one
    (("Negotiations were interrupted in 2024. They resume where last year's negotiations, which "
     "were interrupted in spring, left off."), Y(2025, 3, 2),
     [("2024", *_year(2024)), ("last year", *_year(2024))]),
    # different events: a new round, and talks that began vs talks that collapsed
    ("Talks in 2019 failed. Another round of talks last year also failed.", Y(2025, 3, 2),
     [("2019", *_year(2019)), ("last year", *_year(2024))]),
    ("The talks began in 2019. The talks collapsed last year.", Y(2025, 3, 2),
     [("2019", *_year(2019)), ("last year", *_year(2024))]),
    # the relative date dates the criticism, not the agreement
    ("The 2019 agreement, which was criticized last year, remains in force.", Y(2025, 3, 2),
     [("2019", *_year(2019)), ("last year", *_year(2024))]),
    # two explicit dates for the noun: ambiguous, stay silent
    ("Talks in 2019 and talks in 2021 failed. Last year's talks went better.", Y(2025, 3, 2),
     [("2019", *_year(2019)), ("2021", *_year(2021)), ("Last year", *_year(2024))]),
    # "four years ago" is approximate: 2019 is close enough to 2020
    ("The agreement was signed four years ago. The 2019 agreement has held.", Y(2024, 6, 1),
     [("four years ago", *_year(2020)), ("2019", *_year(2019))]),
    # the weekday matches the date
    ("On May 11 the president said he was ready to meet in Geneva this coming Thursday, May 15.",
     Y(2025, 5, 11), [("May 11", *_day(2025, 5, 11)), ("May 15", *_day(2025, 5, 15))]),
    # a date without its year that fits the year before: Friday, Dec. 30, 2022
    ("The market closed early on Friday, Dec. 30, traders said.", Y(2023, 1, 5),
     [("Dec. 30", *_day(2023, 12, 30))]),
    # "on Thursday" and "May 15" name the same day
    ("The summit on Thursday is the first in years. The summit on May 15 will be short.",
     Y(2025, 5, 11), [("Thursday", *_day(2025, 5, 15)), ("May 15", *_day(2025, 5, 15))]),
    # targets and plans may lie in the future; fiscal years run ahead of the calendar
    ("The opening was postponed to 2027. Sales rose in fiscal 2026, the company said.",
     Y(2025, 9, 1), [("2027", *_year(2027)), ("2026", *_year(2026))]),
    ("The plant will open in 2027 and was built in 2024.", Y(2025, 9, 1),
     [("2027", *_year(2027)), ("2024", *_year(2024))]),
    # dates before the noun in both mentions tell two elections apart
    ("The 2019 election was close. Last year's election was not.", Y(2025, 3, 2),
     [("2019", *_year(2019)), ("Last year", *_year(2024))]),
    # a date written without its year may mean the year before: "signed last September"
    ("The pact signed last September holds. The pact was signed in September.", Y(1987, 3, 30),
     [("last September", Y(1986, 9, 1), Y(1986, 9, 30)),
      ("September", Y(1987, 9, 1), Y(1987, 9, 30))]),
    # "will" does not govern "dividend in 1986"; crop years span two years
    ("The bank said it will omit its dividend in 1986.", Y(1987, 3, 2),
     [("1986", *_year(1986))]),
    ("Output will continue to grow during 1986/87, the ministry said.", Y(1987, 3, 2),
     [("1986", *_year(1986))]),
    # a past participle in a sentence about the future is not a past event
    ("The moratorium will run until 1990, with a payment permitted on July 15, 1987.",
     Y(1987, 3, 24), [("July 15, 1987", *_day(1987, 7, 15))]),
    # past tense in a clause that runs ahead of a future main clause
    ("Once the lease expired in 2030, the city said, the site would become a park.",
     Y(2025, 3, 2), [("2030", *_year(2030))]),
    # the date modifies a noun ("2026 results"), it does not date the verb
    ("The company will report 2024 results in March.", Y(2025, 2, 1), [("2024", *_year(2024))]),
]


@pytest.mark.parametrize(("text", "published", "dated"), CONSISTENT)
def test_no_false_alarm(text: str, published: date, dated: list[Dated]) -> None:
    assert list(detect(document(text, published, dated))) == []


def test_rules_needing_publication_are_skipped_without_it() -> None:
    text, _, dated, *_ = CONFLICTS[0]
    assert list(detect(document(text, None, dated))) == []
    assert {rule.code for rule in RULES if rule.needs_published} == {
        "T101", "T103", "T104", "T105", "T106", "T107"}


def test_weekday_check_runs_without_publication_date() -> None:
    text, _, dated, rule, *_ = CONFLICTS[4]
    assert [f.rule for f in detect(document(text, None, dated))] == [rule]


def test_rules_are_documented() -> None:
    assert [r.code for r in RULES] == ["T101", "T102", "T103", "T104", "T105", "T106", "T107"]
    for rule in RULES:
        assert rule.category == "temporal"
        assert rule.flags and rule.why and rule.example and rule.fix
        assert rule.name == rule.name.lower() and " " not in rule.name


@pytest.mark.parametrize("published", [date.min, date.max])
def test_dates_at_the_ends_of_the_calendar_do_not_crash(published: date) -> None:
    text = ("The agreement was signed three years ago. The 2019 agreement holds. The plant was "
            "opened in 2027. Yesterday's vote was close. The vote on May 7 was long.")
    edge = (published, published)
    dated: list[Dated] = [("three years ago", *edge), ("2019", *_year(2019)), ("2027", *edge),
                          ("Yesterday", *edge), ("May 7", *edge)]
    for finding in detect(document(text, published, dated)):
        assert 0 <= finding.start < finding.end <= len(text)
