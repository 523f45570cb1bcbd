"""The Punkt parameters ship their orthographic contexts grouped by flags, one word a line."""

from __future__ import annotations

import pytest

from flagger.annotations.sentences import _build_tokenizer
from flagger.artefacts import load_json, read_metadata
from training.train_punkt import grouped


def test_grouping_keeps_every_word_and_its_flags() -> None:
    contexts = {"the": 4, "april": 36, "": 2, "##number##": 4, "u.s.": 36}
    table = grouped(contexts)
    assert table == {"2": "", "4": "##number##\nthe", "36": "april\nu.s."}
    read = {w: int(flags) for flags, words in table.items() for w in words.split("\n")}
    assert read == contexts


def test_a_word_with_a_line_break_is_refused() -> None:
    with pytest.raises(ValueError, match="line break"):
        grouped({"a\nb": 1})


def test_the_tokenizer_reads_every_shipped_context() -> None:
    data, _ = load_json("punkt")
    shipped = {w: int(f) for f, words in data["ortho_context"].items() for w in words.split("\n")}
    assert len(shipped) == read_metadata("punkt")["counts"]["ortho_context"]
    contexts = _build_tokenizer()._params.ortho_context  # a defaultdict: lookups add zeros
    assert all(contexts[word] == flags > 0 for word, flags in shipped.items())
