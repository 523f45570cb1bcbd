"""Sources the story does name, or views nobody holds: the A rules stay quiet."""

from __future__ import annotations

import pytest

from flagger.detectors.attribution import detect as detect_attribution
from tests.conftest import make_document

QUIET = [
    # The role is named in the very next sentence.
    "The budget will grow, a senior council official said. The official, the council's "
    "finance chief Ana Roe, told reporters the vote was set.",
    "The dam is safe, a local engineer said. The engineer was later identified as Tomas Lind.",
    # 'seen as' with no crowd and no 'widely': a plain fact.
    "Fuel prices are seen as a large part of a farm's costs.",
    # A named person leads the group.
    "Mayor Ruiz and other Democrats have argued that the plan is unfair.",
    "Okafor and other experts say the bridge is sound.",
    # 'that' as the object of 'understand'.
    "I understand that, but the rules are the rules.",
    # A count from a poll, the group named in quotes.
    "Only 4 percent of “strongly committed” Green voters said they might switch.",
    # A named person quoted.
    "Lena Berg, the town's harbour master, was quoted as saying the pier was closed.",
]
STILL_VAGUE = [
    (
        "The budget will grow, a senior council official said. The official, from the Finance "
        "Ministry, told reporters the vote was set.",
        "a senior council official said",
    ),
    (
        "The budget will grow, a senior council official said. The mayor, Ana Roe, disagreed.",
        "a senior council official said",
    ),
    ("At the time, the firm was seen by many as a fraud.", "was seen by many as"),
    ("The firm is now seen as a safe bet.", "is now seen as"),
    ("Ana Roe is widely regarded as the front-runner.", "is widely regarded as"),
    ("Other Democrats have argued that the plan is unfair.", "Other Democrats have argued"),
    ("We understand that the club will be sold.", "We understand that"),
    (
        "A spokesman for the Harbour Ministry was quoted as saying the pier was closed.",
        "was quoted as saying",
    ),
]


@pytest.mark.parametrize("text", QUIET)
def test_named_sources_and_plain_facts_are_quiet(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []


@pytest.mark.parametrize(("text", "words"), STILL_VAGUE)
def test_unnamed_sources_beside_them_still_fire(text: str, words: str) -> None:
    assert words in [text[f.start : f.end] for f in detect_attribution(make_document(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Oskar's research has shown that tides matter.",  # whose research is named
        "We just do as we're told.",  # an order
        "No cases have been reported to date.",  # 'to date', not 'reported to be'
        "Some think of themselves as pundits.",  # 'think of' is no claim
    ],
)
def test_more_named_or_no_sources(text: str) -> None:
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == []


def test_hearsay_told_to_the_writer_still_fires() -> None:
    text = "The couple split in May, we're told."
    assert [text[f.start : f.end] for f in detect_attribution(make_document(text))] == ["we're told"]


def test_a_text_that_is_only_a_headline_is_read_without_error() -> None:
    """A lone title line leaves the body without sentences; the next-sentence check must not
    look one up (it raised IndexError on 'it is believed that' alone)."""
    import flagger

    report = flagger.analyze("It is believed that\n\n")
    assert all(f.rule.startswith(("A", "H")) for f in report.findings)
