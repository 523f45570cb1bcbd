"""The gazetteer's term scan finds a term only where a capitalised word (WORD) opens it."""

from __future__ import annotations

import pytest

from flagger.detectors.places.gazetteer import WORD, load


def _by_words(text: str) -> list[tuple[str, int, int]]:
    """The terms read word by word, as WORD.finditer reads the text (the reference)."""
    gaz, found, last = load(), [], 0
    for word in WORD.finditer(text):
        if word.start() < last:
            continue
        for term in gaz.by_first.get(word.group(1), ()):
            end = word.start() + len(term)
            after = text[end : end + 1]
            if text.startswith(term, word.start()) and not (after.isalnum() or after == "_"):
                found.append((term, word.start(), end))
                last = end
                break
    return found


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Talks in Kenya and South Korea resumed.", ["Kenya", "South Korea"]),
        ("South Korean exporters", ["South Korean"]),
        ("the MacKenya fund", []),
        ("the U.Kenya fund", []),
        ("O'Kenya said", []),
        ("a d'Kenya estate", ["Kenya"]),
        ("Kenya’s Kenyan rivals", ["Kenya", "Kenyan"]),
        ("Kenya_1 Kenya", ["Kenya"]),
    ],
)
def test_terms_start_where_a_capitalised_word_does(text: str, terms: list[str]) -> None:
    found = [(m.term, m.start(), m.end()) for m in load().terms_in(text)]
    assert [term for term, _, _ in found] == terms
    assert found == _by_words(text)
