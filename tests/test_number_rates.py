"""N102 rates per head: a rate per 100,000 its own count and population contradict."""

from __future__ import annotations

from datetime import date

import pytest

from flagger.annotations import annotate
from flagger.article import Article
from flagger.detectors.numbers import detect


def rated(text: str) -> list[str]:
    doc = annotate(Article(text, published=date(2020, 5, 2)))
    return [doc.text[f.start : f.end] for f in detect(doc)
            if f.rule == "N102" and " per " in f.message]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The province, with a population of 4.6 million, has recorded 1,242 deaths, a rate of "
         "37.0 deaths per 100,000 people.", ["37.0"]),
        ("The province, with a population of 4.6 million, has recorded 1,242 deaths, a rate of "
         "27.0 deaths per 100,000 people.", []),
        # a rate cut short, not rounded
        ("The province, with a population of 4.6 million, has recorded 1,246 deaths, a rate of "
         "27.0 deaths per 100,000 people.", []),
        # the count told in the sentence before
        ("The province has recorded 1,242 deaths. With a population of 4.6 million, that is "
         "37.0 deaths per 100,000 residents.", ["37.0"]),
        # a loose population, or two counts of the noun, are not judged
        ("The province, with a population of about 4.6 million, has recorded 1,242 deaths, a "
         "rate of 37.0 deaths per 100,000 people.", []),
        ("The province, with a population of 4.6 million, has recorded 1,242 deaths and its "
         "capital 310 deaths, a rate of 37.0 deaths per 100,000 people.", []),
    ],
)
def test_rates_per_head(text: str, expected: list[str]) -> None:
    assert rated(text) == expected
