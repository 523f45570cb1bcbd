"""N101 quoted counts: the narration and a quote count one described thing with two values."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def count_findings(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2024, 5, 2)))
    return [doc.text[f.start : f.end] for f in detect(doc) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('The refit covers three Baltic ferries, the line said. "We are refitting four Baltic '
         'ferries this winter," its chief said.', ["four"]),
        ('"We have refitted three Baltic ferries," its chief said. The line said the refit '
         "covered five Baltic ferries.", ["five"]),
        # the same value, or within the rounding of "about"
        ('The refit covers three Baltic ferries. "We are refitting three Baltic ferries," she '
         "said.", []),
        ('The refit covers about 300 Baltic ferries. "We are refitting 310 Baltic ferries," she '
         "said.", []),
        # both outside quotes, or no describing word: left to the other count readers
        ("The refit covers three Baltic ferries. Later, the line said it refits four Baltic "
         "ferries.", []),
        ('The refit covers three ferries. "We are refitting four ferries," she said.', []),
        # a third count of the same described thing: which two are one count is unclear
        ('Three Baltic ferries sail today. "Four Baltic ferries are in dock," she said. Two '
         "Baltic ferries are for sale.", []),
        # an update between
        ('The refit covers three Baltic ferries. "The plan was revised to four Baltic ferries," '
         "she said.", []),
    ],
)
def test_a_described_count_the_quote_and_the_narration_give_differently(
    text: str, flagged: list[str]
) -> None:
    assert count_findings(text) == flagged
