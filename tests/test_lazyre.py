"""A lazy pattern compiles on first use and then behaves as the compiled pattern."""

from __future__ import annotations

import copy
import pickle
import re

from flagger.annotations.lazyre import LazyPattern, lazy


def test_nothing_is_compiled_before_first_use() -> None:
    pattern = lazy(r"\bharbour\b", re.IGNORECASE)
    assert isinstance(pattern, LazyPattern)
    assert "search" not in vars(pattern)


def test_first_use_compiles_and_matches_as_re_compile() -> None:
    text = "The Harbour board met; harbourside shops and the harbour stayed shut."
    pattern = lazy(r"\bharbour\b", re.IGNORECASE)
    compiled = re.compile(r"\bharbour\b", re.IGNORECASE)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert "search" in vars(pattern)  # later calls skip the stand-in
    assert pattern.sub("port", text) == compiled.sub("port", text)
    assert pattern.pattern == compiled.pattern and pattern.flags == compiled.flags


def test_groups_are_reported_after_compiling() -> None:
    pattern = lazy(r"(?P<day>\d+) (?P<month>[A-Z][a-z]+)")
    match = pattern.search("on 14 March")
    assert match is not None and match.group("month") == "March"
    assert pattern.groupindex == {"day": 1, "month": 2}


def test_the_source_is_read_without_compiling() -> None:
    pattern = lazy(r"(?P<unclosed")  # compiling would raise
    assert pattern.pattern == r"(?P<unclosed"
    assert "search" not in vars(pattern)


def test_a_match_names_the_compiled_pattern_not_the_stand_in() -> None:
    pattern = lazy(r"\d+")
    match = pattern.search("pier 4")
    assert match is not None and match.re is not pattern
    assert match.re.pattern == pattern.pattern


def test_a_lazy_pattern_copies_and_pickles_like_a_compiled_one() -> None:
    pattern = lazy(r"\d+")
    assert copy.copy(pattern).findall("a 12 b 3") == ["12", "3"]
    assert pickle.loads(pickle.dumps(pattern)).findall("7 and 8") == ["7", "8"]
