"""Event linking: which event a date dates, and when two mentions are one event."""

from __future__ import annotations

from datetime import date

import pytest
import temporal_helpers
from test_temporal import read

from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import Token, link, same_event, tokenize, verb_lemma


def timex(text: str, words: str, first: date, last: date, occurrence: int = 0) -> TimeExpression:
    """A DATE for the `occurrence`-th `words` in `text`, resolved by hand, with the facts the
    extractor reads from the words."""
    return read(temporal_helpers.timex(text, words, first, last, occurrence), text)


_2022 = (date(2022, 1, 1), date(2022, 12, 31))

LINKS = [
    # (text, dated words, event noun class, noun as written, verb timed, verb said of the event)
    ("Last year's talks ended without a deal.", "Last year", "talks", "talks", None, None),
    ("Negotiations that were interrupted in 2022 will resume.", "2022", "talks", "Negotiations",
     "interrupt", None),
    ("The 2022 accord, which was ratified quickly, still holds.", "2022", "agreement", "accord",
     None, "ratify"),
    ("The meeting on Thursday was cancelled.", "Thursday", "meeting", "meeting", None, None),
    ("The two sides held talks in 2022 in Geneva.", "2022", "talks", "talks", "hold", None),
    ("The strike in 2022 closed the port.", "2022", "strike", "strike", None, None),
    ("Talks resumed after the ceasefire collapsed in 2022.", "2022", "ceasefire", "ceasefire",
     "collapse", None),
    ("Last year's discussions were interrupted by the war.", "Last year", "talks", "discussions",
     None, "interrupt"),
    ("Talks between the two unions were suspended in 2022.", "2022", "talks", "Talks", "suspend",
     None),
]


@pytest.mark.parametrize(("text", "words", "noun", "written", "verb", "predicate"), LINKS)
def test_date_is_linked_to_its_event(text: str, words: str, noun: str, written: str,
                                     verb: str | None, predicate: str | None) -> None:
    mentions = link(text, [timex(text, words, *_2022)], [(0, len(text))])
    assert len(mentions) == 1
    mention = mentions[0]
    assert mention.noun == noun
    assert text[mention.noun_start : mention.noun_end] == written
    assert (mention.verb, mention.predicate) == (verb, predicate)


UNLINKED = [
    ("Prices rose in 2022.", "2022"),  # no event noun
    ("The talks resumed after the government fell in 2022.", "2022"),  # another clause
    ("Talks were held between 2019 and 2022.", "2022"),  # a range, not a date of the talks
    ("In 2022, the government fell.", "2022"),
]


@pytest.mark.parametrize(("text", "words"), UNLINKED)
def test_date_without_clear_event_is_not_linked(text: str, words: str) -> None:
    dates = [timex(text, words, *_2022)]
    if "between 2019" in text:
        dates.append(timex(text, "2019", date(2019, 1, 1), date(2019, 12, 31)))
    assert [m for m in link(text, dates, [(0, len(text))]) if m.timex.text == words] == []


SAME = [
    # (first sentence, second sentence, same event?)
    ("Negotiations were interrupted in 2022.", "Last year's discussions were interrupted.", True),
    ("The accord was signed in 2019.", "The deal signed last year holds.", True),
    ("A deal was reached in 2019.", "The deal reached last year holds.", True),
    ("The deal was reached in 2019.", "A deal reached last year holds.", False),
    ("The previous round of talks collapsed in 2022.", "Last year's collapsed talks hurt.", True),
    ("The previous meeting was held in 2019.", "Last year's meeting was held in May.", False),
    ("Talks began in 2019.", "Talks collapsed last year.", False),
    ("Talks began in 2019.", "Last year's collapsed talks hurt.", False),
    ("Talks failed in 2019.", "Another round of talks failed last year.", False),
    ("The election in 2019 was close.", "Last year's strike was long.", False),
]


@pytest.mark.parametrize(("one", "two", "same"), SAME)
def test_same_event(one: str, two: str, same: bool) -> None:
    text = f"{one} {two}"
    year = "2022" if "2022" in one else "2019"
    relative = "Last year" if "Last year" in two else "last year"
    dates = [timex(text, year, *_2022), timex(text, relative, *_2022)]
    mentions = link(text, dates, [(0, len(one)), (len(one) + 1, len(text))])
    assert len(mentions) == 2
    assert same_event(*mentions) is same


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("interrupted", "interrupt"), ("signed", "sign"), ("held", "hold"), ("ratified", "ratify"),
     ("stopped", "stop"), ("agreed", "agree"), ("suspended", "suspend"), ("price", None)],
)
def test_verb_lemma(word: str, lemma: str | None) -> None:
    assert verb_lemma(word) == lemma


def test_tokens_are_named_tuples_with_offsets_into_the_text() -> None:
    text = "The pier's repairs, begun in 2019, cost 4.5 million."
    tokens = tokenize(text, 4, 40)
    assert all(type(t) is Token for t in tokens)
    assert [t.text for t in tokens] == ["pier's", "repairs", ",", "begun", "in", "2019,", "cost"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[0] == Token(4, 10, "pier's")
