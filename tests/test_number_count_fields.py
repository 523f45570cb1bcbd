"""N101 mentions: a plural naming a field before the noun it modifies ("five communications
contracts") is no counted noun; a possessive plural is. Texts written by us."""

from __future__ import annotations

import pytest

from flagger.detectors.numbers.mentions import head


@pytest.mark.parametrize(
    ("words", "noun"),
    [
        (" communications contracts to", "contracts"),
        (" telecommunications firms in", "firms"),
        (" sales offices were", "offices"),
        (" electronics makers said", "makers"),
        # a possessive is the noun itself; a plural alone, or before no plural, stays the noun
        (" unions' executives meet", "unions"),
        (" communications to", "communications"),
        (" contracts valued at", "contracts"),
    ],
)
def test_the_counted_noun(words: str, noun: str) -> None:
    found = head(words)
    assert found is not None and found[0] == noun, words
