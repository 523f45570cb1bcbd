"""A surname standing alone names the person the story gave in full before it: 'a Roe lawyer'
after 'Ana Roe' is her counsel; with no full name before, the lawyer stays unnamed. 'Roe was
quoted as saying' stays hearsay either way (the labels count the unnamed outlet). Testimony to
a court or a committee is on the record."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from flagger.detectors.attribution.named import named_before
from tests.conftest import make_document

NAMED = [
    "Ana Roe denies it. The nurse said that a Roe lawyer had told her to leave.",
]
UNNAMED = [
    ("A103", 'Mayor Ana Roe spoke. "We will act," Roe was quoted as saying.', "was quoted as saying"),
    ("A104", "The nurse said that a Roe lawyer had told her to leave.", "a Roe lawyer had told"),
]


@pytest.mark.parametrize("text", NAMED)
def test_a_surname_given_in_full_before_names_the_source(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []


@pytest.mark.parametrize(("code", "text", "words"), UNNAMED)
def test_a_surname_never_given_in_full_names_nobody(code: str, text: str, words: str) -> None:
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert (code, words) in found


def test_named_before_reads_only_the_text_before() -> None:
    text = "Roe spoke. Later Ana Roe left."
    assert not named_before(text, "Roe", 0)
    assert named_before(text, "then Roe", len(text))
    assert not named_before(text, "the mayor", len(text))


@pytest.mark.parametrize(
    "text",
    [
        "A PR expert has told the fraud trial that the film was a disaster.",
        "A bank official told a Senate panel that the loans were sound.",
    ],
)
def test_testimony_on_the_record_is_no_shielded_source(text: str) -> None:
    assert list(detect_attribution(make_document(text))) == []


def test_a_role_telling_reporters_is_still_unnamed() -> None:
    text = "A bank official told reporters that the loans were sound."
    found = [(f.rule, text[f.start : f.end]) for f in detect_attribution(make_document(text))]
    assert ("A104", "A bank official told") in found
