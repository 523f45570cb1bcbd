"""Regular expressions rebuilt from the programs an earlier run stored are the same patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from flagger.annotations import recache
from flagger.detectors.attribution.patterns import ALL_CUES

PATTERNS = [
    (r"\b(?P<day>\d{1,2})\s+(?i:march|april)\b", 0),
    (r"(?:officials?|sources?)\s+(?-i:[A-Z]\w+)\s+said\b", re.IGNORECASE),
    (r"(?<![\d/])(\d+)/(\d+)(?(2)x|y)", 0),
    (r"^\s*by\s+", re.IGNORECASE | re.MULTILINE),
]

pytestmark = pytest.mark.skipif(recache.ENGINE is None, reason="no CPython 3.11-3.13 engine")


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder and a process that has read and added nothing."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_added", {})
    monkeypatch.setattr(recache.sys, "dont_write_bytecode", False)
    yield tmp_path / "flagger"


def _next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process read and added, as a new process would."""
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_added", {})


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_first_compile_is_re_compile(fresh: Path, pattern: str, flags: int) -> None:
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)  # compares the code


def test_a_later_run_rebuilds_every_pattern_from_the_file(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = [*PATTERNS, *((cue.pattern, re.IGNORECASE) for cue in ALL_CUES[:8])]
    for pattern, flags in patterns:
        recache.compile(pattern, flags)
    recache.save()
    assert len(list(fresh.iterdir())) == 1
    _next_run(monkeypatch)
    for pattern, flags in patterns:
        rebuilt = recache.compile(pattern, flags)
        assert rebuilt == re.compile(pattern, flags)
        assert rebuilt.groupindex == re.compile(pattern, flags).groupindex
    assert recache._added == {}, "every pattern came from the file"
    match = recache.compile(PATTERNS[0][0]).search("on 14 March")
    assert match is not None and match.group("day") == "14"


def test_a_damaged_file_is_compiled_afresh(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recache.compile(r"harbou?r", re.IGNORECASE)
    recache.save()
    (cache,) = fresh.iterdir()
    cache.write_bytes(b"\x00not a cache")
    _next_run(monkeypatch)
    assert recache.compile(r"harbou?r", re.IGNORECASE) == re.compile(r"harbou?r", re.IGNORECASE)


def test_a_refused_program_falls_back_to_re(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"\bquay\b"
    flags, code, groups, names, index = recache._program(pattern, 0)
    monkeypatch.setattr(recache, "_stored", {(pattern, 0): (flags, code[:3], groups, names, index)})
    assert recache.compile(pattern) == re.compile(pattern)


def test_nothing_is_written_when_bytecode_is_not(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recache.sys, "dont_write_bytecode", True)
    recache.compile(r"jetty")
    recache.save()
    assert not fresh.exists()


def test_a_bad_pattern_raises_as_re_does(fresh: Path) -> None:
    with pytest.raises(re.error):
        recache.compile(r"(?P<a>x")
