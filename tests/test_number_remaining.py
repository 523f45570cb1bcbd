"""N102 remaining parts: "the remaining R" after a part of a whole must be the whole less it."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def left_over(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2010, 5, 2)))
    return [doc.text[f.start : f.end] for f in detect(doc)
            if f.rule == "N102" and "remaining" in f.message]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of the 14 ferries were damaged in the storm, and the remaining 12 kept sailing.",
         ["12"]),
        ("Three of the 14 ferries were damaged in the storm, and the remaining 11 kept sailing.",
         []),
        # the part of the whole told in the sentence before; a part of what is left
        ("Four of her eleven puppies went to neighbours. Two of the remaining eight stayed.",
         ["eight"]),
        ("Four of her eleven puppies went to neighbours. Two of the remaining seven stayed.", []),
        # "the first P" of a whole counted just before
        ("The city owns five depots. The first two depots were sold in May, and the remaining "
         "two depots will close.", ["two"]),
        ("The city owns five depots. The first two depots were sold in May, and the remaining "
         "three depots will close.", []),
        # a second part changes what is left
        ("Three of the 14 ferries were damaged and two were sold, and the remaining 12 kept "
         "sailing.", []),
        # two counts of the noun before: no one whole
        ("The city owns five depots and leases seven depots. The first two depots were sold, "
         "and the remaining two depots will close.", []),
    ],
)
def test_remaining(text: str, expected: list[str]) -> None:
    assert left_over(text) == expected
