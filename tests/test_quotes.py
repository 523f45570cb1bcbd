"""Direct quotes and their speakers."""

from __future__ import annotations

import pytest

from flagger.annotations.quotes import find_quotes


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
