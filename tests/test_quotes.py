"""Direct quotes and their speakers."""

from __future__ import annotations

import re

import pytest

from flagger.annotations.quotes import (
    NAMED_SPEAKER,
    SPEECH,
    SPEECH_WORDS,
    _named_speakers,
    find_quotes,
)


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ('"We will not give up," said Maria Lopez, the mayor.', '"We will not give up,"', "Maria Lopez"),
        ("Anna Berg told reporters: “The plant will close.”", "“The plant will close.”", "Anna Berg"),
        ("“Prices may fall,” Olsen said.", "“Prices may fall,”", "Olsen"),
        ("The report called it ‘a turning point’ for the region.", "‘a turning point’", None),
        (
            "Union leader Ken Ito said the offer was poor. “It could get worse,” he added.",
            "“It could get worse,”",
            "Ken Ito",
        ),
    ],
)
def test_quote_and_speaker(text: str, quoted: str, speaker: str | None) -> None:
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [quoted]
    assert quotes[0].speaker == speaker


def test_apostrophes_are_not_quotes() -> None:
    assert find_quotes("The union’s offer and the workers’ reply don’t match.") == ()


def test_unbalanced_marks_do_not_run_across_paragraphs() -> None:
    text = 'He said "yes.\n\nA new paragraph" starts here "and ends" there.'
    assert all("\n" not in text[q.start : q.end] for q in find_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The ferry is late. "We are sorry," harbour spokesman Ivo Marsh said.', "Ivo Marsh"),
        ('"We are sorry," said Ardmore ferry chief Ivo Marsh.', "Ivo Marsh"),
        ('"We are sorry," Ivo Marsh, a spokesman for the ferry, told reporters.', "Ivo Marsh"),
        ('Ivo Marsh, from the ferry company, said: "We are sorry."', "Ivo Marsh"),
        ('On Monday, Ivo Marsh had said: "We are sorry."', "Ivo Marsh"),
        ('"We are sorry," said the harbour manager.', None),
        ('"We are sorry," said Ivo Marsh on Monday.', "Ivo Marsh"),
        ('"We are sorry," said Mr Marsh. Fares will rise.', "Mr Marsh"),
        ('"We are sorry," said Bassam al-Ramahi.', "Bassam al-Ramahi"),
    ],
)
def test_speaker_after_roles_appositions_and_verbs(text: str, speaker: str | None) -> None:
    [quote] = find_quotes(text)
    assert quote.speaker == speaker


def test_a_quote_continues_the_last_speaker() -> None:
    text = '"The fares will rise," said Ivo Marsh. "We have no choice."'
    assert [q.speaker for q in find_quotes(text)] == ["Ivo Marsh", "Ivo Marsh"]


def test_a_pronoun_resolves_to_the_name_before_it_not_the_outlet() -> None:
    text = 'Ivo Marsh said fares would rise. He told Harbour Radio: "We have no choice."'
    assert find_quotes(text)[0].speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "McDonald Smith said the ferry would sail. The report was written by Jane Doe.",
        "Abysaid Tom Lee, said nothing; TOM LEE said more, as described by harbour master Ann Roe.",
        "\"We will sail,\" said Ann Roe. Ann Roe, the master, said so. O'Neil Brandt told them.",
        "the Harbour Board announced it. Ferry Users Group warned by Monday.",
    ],
)
def test_speakers_are_found_where_a_full_scan_finds_them(text: str) -> None:
    full = [m.span() for m in NAMED_SPEAKER.finditer(text)]
    assert [m.span() for m in _named_speakers(text)] == full


def test_the_speech_words_are_every_word_the_speech_pattern_matches() -> None:
    expanded = set()
    for alternative in SPEECH[3:-1].split("|"):
        for sz in "sz":
            for ll in ("l", ""):
                expanded.add(alternative.replace("[sz]", sz).replace("l?", ll))
    assert expanded == set(SPEECH_WORDS)
    assert all(re.fullmatch(SPEECH, word) for word in SPEECH_WORDS)
