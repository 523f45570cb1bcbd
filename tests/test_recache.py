"""Regular expressions rebuilt from the programs an earlier run stored are the same patterns."""

from __future__ import annotations

import json
import re
import shutil
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
    ("[\ud800-\udfff]", 0),  # lone surrogates: a pattern need not be valid UTF-8
]

pytestmark = pytest.mark.skipif(recache.ENGINE is None, reason="no CPython 3.11-3.13 engine")


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, the cache on."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(recache.SWITCH, raising=False)
    yield tmp_path / "flagger"


def _stored(folder: Path) -> list[Path]:
    """Return the program files under the cache folder."""
    return sorted(folder.rglob("*.regex"))


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_first_compile_is_re_compile(fresh: Path, pattern: str, flags: int) -> None:
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)  # compares the code


def test_a_later_run_rebuilds_every_pattern_from_its_file(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = [*PATTERNS, *((cue.pattern, re.IGNORECASE) for cue in ALL_CUES[:8])]
    for pattern, flags in patterns:
        recache.compile(pattern, flags)
    assert len(_stored(fresh)) == len(patterns)
    compiled_afresh: list[str] = []
    generate = recache._program
    monkeypatch.setattr(
        recache, "_program", lambda p, f: compiled_afresh.append(p) or generate(p, f)
    )
    for pattern, flags in patterns:
        rebuilt = recache.compile(pattern, flags)
        assert rebuilt == re.compile(pattern, flags)
        assert rebuilt.groupindex == re.compile(pattern, flags).groupindex
    assert compiled_afresh == [], "every pattern came from its file"
    match = recache.compile(PATTERNS[0][0]).search("on 14 March")
    assert match is not None and match.group("day") == "14"


def test_a_damaged_file_is_compiled_afresh(fresh: Path) -> None:
    recache.compile(r"harbou?r", re.IGNORECASE)
    (cache,) = _stored(fresh)
    cache.write_bytes(b"\x00not a cache")
    assert recache.compile(r"harbou?r", re.IGNORECASE) == re.compile(r"harbou?r", re.IGNORECASE)


def test_a_header_of_the_wrong_shape_is_a_miss(fresh: Path) -> None:
    recache.compile(r"pontoons?")
    (cache,) = _stored(fresh)
    header, _, opcodes = cache.read_bytes().partition(b"\n")
    fields = json.loads(header)
    fields["groups"] = str(fields["groups"])  # valid JSON, a value of the wrong type
    cache.write_bytes(json.dumps(fields).encode() + b"\n" + opcodes)
    assert recache._read(str(cache), r"pontoons?", 0) is None
    assert recache.compile(r"pontoons?") == re.compile(r"pontoons?")


def test_a_refused_program_falls_back_to_re(fresh: Path) -> None:
    pattern = r"\bquay\b"
    flags, code, groups, names, index = recache._program(pattern, 0)
    recache._write(recache._file(pattern, 0), pattern, 0, (flags, code[:3], groups, names, index))
    assert recache.compile(pattern) == re.compile(pattern)


def test_a_file_of_another_pattern_is_a_miss(fresh: Path) -> None:
    recache._write(recache._file(r"pier", 0), r"wharf", 0, recache._program(r"wharf", 0))
    assert recache.compile(r"pier") == re.compile(r"pier")


def test_the_cache_can_be_turned_off(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recache.compile(r"jett(?:y|ies)")
    monkeypatch.setenv(recache.SWITCH, "off")
    monkeypatch.setattr(recache, "_read", None)  # reading would fail
    assert recache.compile(r"jetty") == re.compile(r"jetty")
    assert len(_stored(fresh)) == 1, "only the pattern compiled before"


def test_a_bad_pattern_raises_as_re_does(fresh: Path) -> None:
    with pytest.raises(re.error):
        recache.compile(r"(?P<a>x")


def test_no_cache_folder_compiles_as_re(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def homeless(_: str | None) -> str:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(recache, "_folder", homeless)
    assert recache.compile(r"moorings?", re.IGNORECASE) == re.compile(r"moorings?", re.IGNORECASE)
    assert not fresh.exists()


def test_a_cache_folder_removed_meanwhile_is_made_again(fresh: Path) -> None:
    recache.compile(r"slipways?")
    shutil.rmtree(fresh)
    recache.compile(r"dry\s+docks?")  # not stored: its folder is gone
    recache.compile(r"breakwaters?")
    assert len(_stored(fresh)) == 1
