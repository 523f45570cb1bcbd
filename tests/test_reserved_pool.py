"""The reserved pool: articles only blind writers draw from, skipped by every untouched sample."""

from __future__ import annotations

from itertools import islice

from tests.conftest import needs_shared
from training.news import RESERVED_ONE_IN, read_corpus, reserved


def test_membership_is_a_fixed_hash_of_corpus_and_id() -> None:
    ids = [f"doc{i}" for i in range(5000)]
    chosen = [i for i in ids if reserved("reuters21578", i)]
    assert chosen == [i for i in ids if reserved("reuters21578", i)]
    assert 0.8 / RESERVED_ONE_IN < len(chosen) / len(ids) < 1.2 / RESERVED_ONE_IN
    # the corpus is part of the key: the same id is not reserved everywhere at once
    assert {i for i in ids if reserved("bbc_fulltext_2004_2005", i)} != set(chosen)


@needs_shared("data/news/reuters21578/articles.jsonl")
def test_open_and_reserved_pools_split_a_corpus() -> None:
    every = [r["id"] for r in islice(read_corpus("reuters21578"), 3000)]
    reserved_ids = {r["id"] for r in read_corpus("reuters21578", pool="reserved")}
    open_ids = {r["id"] for r in read_corpus("reuters21578", pool="open")}
    assert not reserved_ids & open_ids
    assert all((i in reserved_ids) != (i in open_ids) for i in every)
    assert all(reserved("reuters21578", i) for i in reserved_ids)
