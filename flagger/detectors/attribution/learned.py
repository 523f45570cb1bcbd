"""The source nouns learned from news: person and role nouns that head unnamed sources.

`python -m training.build_source_nouns` mines them (models/source-nouns.terms.json); here they
become regex alternatives, each noun with its plural.
"""

from __future__ import annotations

from flagger.artefacts import load_json

ARTEFACT = "source-nouns"
IRREGULAR = (("man", "men"), ("person", "people"))


def plural(noun: str) -> str:
    """Return the regular English plural of a singular noun."""
    for single, many in IRREGULAR:
        if noun.endswith(single):
            return noun[: -len(single)] + many
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def nouns() -> tuple[str, ...]:
    """Return the learned singular source nouns, after the artefact's pinned hash is checked."""
    data, _ = load_json(ARTEFACT)
    return tuple(str(noun) for noun in data["nouns"])


def forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return every singular and plural form, sorted."""
    return tuple(sorted({form for word in words for form in (word, plural(word))}))


def prefixes(strings: tuple[str, ...]) -> tuple[str, ...]:
    """Return the strings that no other string begins, sorted: each is found by `str.find`, and
    a text holding 'brokers' also holds 'broker'."""
    kept: list[str] = []
    for string in sorted(set(strings)):
        if not kept or not string.startswith(kept[-1]):
            kept.append(string)
    return tuple(kept)
