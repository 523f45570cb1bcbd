"""Cues that share keywords and reach share their candidate starts, and each still reads them all."""

from __future__ import annotations

from flagger.detectors.attribution import detect as detect_attribution
from flagger.detectors.attribution.detect import CUES_OF
from flagger.detectors.attribution.patterns import ALL_CUES
from tests.conftest import make_document


def test_each_keyword_names_exactly_the_cues_that_need_it() -> None:
    for number, cue in enumerate(ALL_CUES):
        assert all(number in CUES_OF[word] for word in cue.keywords)
    assert all(word in ALL_CUES[n].keywords for word, cues in CUES_OF.items() for n in cues)


def test_two_mentions_of_one_keyword_group_are_both_found() -> None:
    text = "The deal is widely seen as fair, and it was often described as overdue."
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert found == [("A102", "is widely seen as"), ("A102", "was often described")]


def test_a_later_sentence_is_read_after_an_earlier_match() -> None:
    text = "Few doubt it. The rules are widely seen as fair. The fees were often described as low."
    found = [text[f.start : f.end] for f in detect_attribution(make_document(text))]
    assert found == ["are widely seen as", "were often described"]
