"""Sentence splitting: abbreviations, quotes, datelines, headings, lists and wrapped lines."""

from __future__ import annotations

from itertools import pairwise

import pytest

from flagger.annotations.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Gen. Lee in the U.S. capital on Jan. 5. They talked for an hour.",
            ["Mr. Smith met Gen. Lee in the U.S. capital on Jan. 5.", "They talked for an hour."],
        ),
        (
            'She said "It is over." Then she left.',
            ['She said "It is over."', "Then she left."],
        ),
        (
            "“We will go,” he said. “Now.” The car left.",
            ["“We will go,” he said.", "“Now.”", "The car left."],
        ),
        (
            "Talks resume in Oslo\n\nNordic Wire - 3 June 2024 10:00\n\nThe talks resumed today.",
            ["Talks resume in Oslo", "Nordic Wire - 3 June 2024 10:00", "The talks resumed today."],
        ),
        (
            "Key points\n- prices rose\n- wages fell\nThe U.S. Treasury said it would act.",
            ["Key points", "- prices rose", "- wages fell", "The U.S. Treasury said it would act."],
        ),
        (
            "The ministry said on Monday that grain exports\n"
            "rose sharply in the first quarter of the year, helped\n"
            "by a weaker currency and strong demand from Asia.\n"
            "    Exports fell in the previous quarter.",
            [
                "The ministry said on Monday that grain exports\nrose sharply in the first "
                "quarter of the year, helped\nby a weaker currency and strong demand from Asia.",
                "Exports fell in the previous quarter.",
            ],
        ),
        (
            "    The stake was bought from Acme Holdings Inc\n<ACME> on May 2 for 1.1 mln dlrs.\n"
            "    Acme declined to comment.",
            [
                "The stake was bought from Acme Holdings Inc\n<ACME> on May 2 for 1.1 mln dlrs.",
                "Acme declined to comment.",
            ],
        ),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_point_into_the_text(example_text: str) -> None:
    sentences = split_sentences(example_text)
    assert len(sentences) > 10
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert example_text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
    assert all(a.end <= b.start for a, b in pairwise(sentences))


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == ()
    assert split_sentences(" \n\n\t ") == ()


def test_importing_punkt_leaves_nltk_unimported() -> None:
    import sys

    split_sentences("One. Two.")
    assert "nltk" not in sys.modules or hasattr(sys.modules["nltk"], "__version__")


def test_line_width_median_is_the_statistics_median() -> None:
    import statistics

    from flagger.annotations.sentences import _median

    for widths in ([72], [60, 75], [80, 44, 61], [70, 71, 90, 45], [3, 3, 100, 100]):
        assert _median(widths) == statistics.median(widths)


def _reference_line_blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's blocks as first defined: every line scanned, then the wrap test."""
    from flagger.annotations.sentences import LINE, _is_hard_wrapped

    lines = [(m.start(), m.end()) for m in LINE.finditer(text, start, end) if m.start() < end]
    lines = [(a, b) for a, b in lines if a < b or a == start]
    return [(start, end)] if _is_hard_wrapped([text[a:b] for a, b in lines]) else lines


@pytest.mark.parametrize(
    "text",
    [
        "",
        "One line, no break.",
        "A line\nand its wrapped tail",
        "x\n\ny",
        "\n",
        "  \n  ",
        "Ends with a break\n",
        "The ministry said on Tuesday that the talks would resume\n"
        "in the capital next week, a spokesman for the delegation told\n"
        "reporters on the steps of the building.",
    ],
)
def test_line_blocks_of_one_line_are_those_of_a_line_scan(text: str) -> None:
    from flagger.annotations.sentences import _line_blocks

    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert list(_line_blocks(text, start, end)) == _reference_line_blocks(text, start, end)
