"""Keyword gates: a reader skips a text that lacks a word every match of its pattern holds, and
a gated scan finds exactly what a scan of the whole text finds."""

from __future__ import annotations

import importlib
import re
from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors import numbers, temporal
from flagger.detectors.attribution import anaphora
from flagger.detectors.numbers.multiples import MULTIPLE, MULTIPLIED
from flagger.detectors.numbers.remaining import REMAINING
from flagger.detectors.temporal.local import _COMMA_WEEKDAY, _DATE_COMMA_WEEKDAY
from flagger.detectors.wordscan import finditer_at, lowered, search_at

amounts = importlib.import_module("flagger.detectors.numbers.amounts")
direction = importlib.import_module("flagger.detectors.numbers.direction")
ending_periods = importlib.import_module("flagger.detectors.temporal.ending_periods")
terms_to_run = importlib.import_module("flagger.detectors.temporal.terms_to_run")
record_gaps = importlib.import_module("flagger.detectors.temporal.record_gaps")
multiples = importlib.import_module("flagger.detectors.numbers.multiples")
role_spans = importlib.import_module("flagger.detectors.temporal.role_spans")
events = importlib.import_module("flagger.detectors.numbers.events")
running_events = importlib.import_module("flagger.detectors.temporal.running_events")

TEXTS = (
    "The ferry sailed on March 28, a Sunday, and returned on April 2 , Friday.",
    "Talks ended on the 3rd of May,Tuesday. They said the deal stood; she said so too.",
    "Analysts said output nearly doubled. The analysts added that THEY SAID it twice.",
    "Of the 40 crates, the remaining 12 were halved; Their Remaining 3 stayed.",
    "ſhe said it; The brokers said the price fell (it had doubled).",
    "Sales rose 4% to 310 FROM 298; output fell to 12 tonnes from\t15 tonnes, down from 20.",
    "Profit fell to 9 mln AFTER 8 mln in 1989; it rose after\t3 days, after the 4th.",
    "The ban runs UNTIL June 3, Till then the port, still shut, stays closed through Friday.",
    "The notes, DUE 1999, are repaid in full; it will buy back securities. Maturing bills.",
    "The BIGGEST fall in 20 years, the first since 1990; Worst in a decade. Firsthand.",
    "Output was TWICE the 1990 level and half Ford's; she Has been, he had served as chair.",
    "The dockers' STRIKES entered its 12th day; a three-week-old walk-out went on.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_every_date_comma_weekday_holds_the_gate(text: str) -> None:
    for match in _DATE_COMMA_WEEKDAY.finditer(text):
        assert _COMMA_WEEKDAY.search(match.group())
    assert bool(list(_DATE_COMMA_WEEKDAY.finditer(text))) <= bool(_COMMA_WEEKDAY.search(text))


def test_the_comma_gate_finds_the_apposition_it_guards() -> None:
    assert _COMMA_WEEKDAY.search("on March 28, a Sunday")
    assert _COMMA_WEEKDAY.search("on May 3,TUESDAY")
    assert not _COMMA_WEEKDAY.search("on Sunday, March 28")


@pytest.mark.parametrize("text", TEXTS)
def test_every_multiple_and_remaining_part_holds_its_word(text: str) -> None:
    for match in MULTIPLE.finditer(text):
        assert any(word in match.group() for word in MULTIPLIED)
    for match in REMAINING.finditer(text):
        assert "remaining" in match.group().lower()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (anaphora.THEY_SAY, ("they",)),
        (anaphora.HE_SAYS, ("he", "she")),
        (anaphora.THE_NOUN_SAYS, ("the",)),
        (amounts.GATE, ("from",)),
        (direction.GATE, ("from", "after")),
        (ending_periods._CUES, ending_periods._CUE_WORDS),
        (terms_to_run._CUE_WORDS, terms_to_run._CUE_OPENINGS),
        (record_gaps._COUNTED, record_gaps._SUPERLATIVES),
        (record_gaps._SINCE, record_gaps._SUPERLATIVES),
        (multiples.GATE, multiples.CUES),
        (role_spans._PERFECT, ("has", "had")),
    ],
)
def test_scans_at_their_words_find_what_a_whole_scan_finds(
    text: str, pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    whole = [m.span() for m in pattern.finditer(text)]
    gated = [m.span() for m in finditer_at(pattern, text, lowered(text), words)]
    assert gated == whole
    first = search_at(pattern, text, lowered(text), words)
    assert (first and first.span()) == (pattern.search(text) and pattern.search(text).span())


@pytest.mark.parametrize("text", TEXTS)
def test_every_running_event_count_holds_an_event_noun(text: str) -> None:
    low = lowered(text)
    for pattern in (running_events._NTH, running_events._OLD, running_events._PAST):
        for match in pattern.finditer(text):
            assert low is None or running_events._NOUN_WORDS.search(low, match.start())


def test_weekday_in_apposition_still_flagged() -> None:
    doc = annotate(Article("The vote was held on March 28, 2021, a Monday.",
                           published=date(2021, 4, 2)))
    assert [f.rule for f in temporal.detect(doc)] == ["T102"]


def test_gated_number_readers_still_fire() -> None:
    doc = annotate(Article(
        "Three of the 14 ferries were damaged in the storm, and the remaining 12 kept sailing. "
        "Cargo volume doubled to 4,100 tonnes from 3,000 tonnes.",
        published=date(2010, 5, 2),
    ))
    assert sum(f.rule == "N102" for f in numbers.detect(doc)) == 2


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "Two were laid off.", "The ship sank; all aboard survived.", "Jailing them", "quiet"],
)
def test_the_event_gate_finds_any_event_word(text: str) -> None:
    found = events.EVENT_GATE.search(text) is not None
    assert found == any(word in text for word in events.EVENT_WORDS)
