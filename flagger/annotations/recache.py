"""Compiled regular expressions kept between runs, as Python keeps bytecode in `__pycache__`.

Compiling regular expressions was about half the CPU time of a cold `flagger check` (the
attribution cues an article wakes, the date patterns): `re` parses each pattern and generates
its program in Python. `compile(pattern, flags)` returns what `re.compile(pattern, flags)`
returns. The first time a pattern is compiled its program (the opcode list of CPython's
`re._compiler`, 3.11 to 3.13) is stored in the user's cache folder under the pattern and its
flags, in a file named for the interpreter and the engine's version; later runs rebuild the
pattern from it with `_sre.compile`, which checks a program before it accepts it. Another
interpreter, a missing or damaged file or any refused program falls back to `re.compile`.
Like bytecode, nothing is written when `sys.dont_write_bytecode` is set.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

Key = tuple[str, int]
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""The arguments of `_sre.compile` after the pattern: flags, code, groups and their names."""

LIMIT = 20_000
"""Entries a cache file may hold; a fuller one is started afresh (patterns of old versions)."""


ENGINE_MODULES = ("_sre", "re._parser", "re._compiler")


def _engine() -> tuple[Any, Any, Any] | None:
    """Return CPython's `_sre`, `re._parser` and `re._compiler`, or None where they differ."""
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    sre, parser, compiler = (importlib.import_module(name) for name in ENGINE_MODULES)
    return sre, parser, compiler


ENGINE = _engine()


def _folder() -> Path:
    """Return the cache folder: $XDG_CACHE_HOME/flagger, else ~/.cache/flagger."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "flagger"


def _path() -> Path:
    """Return this interpreter's cache file (its tag and the regex engine's version)."""
    sre = ENGINE[0] if ENGINE else None
    version = f"{sre.MAGIC}-{sre.CODESIZE}" if sre else "none"
    return _folder() / f"regex-{sys.implementation.cache_tag}-{version}.marshal"


_stored: dict[Key, Program] | None = None
_added: dict[Key, Program] = {}


def _load() -> dict[Key, Program]:
    """Return the stored programs (read once per process), or none if the file is unusable."""
    global _stored
    if _stored is None:
        _stored = _read(_path())
    return _stored


def _read(path: Path) -> dict[Key, Program]:
    """Return the programs stored in `path`; none if it is missing or unreadable."""
    try:
        loaded = marshal.loads(path.read_bytes())
    except Exception:  # a damaged file is a cache miss
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _program(pattern: str, flags: int) -> Program:
    """Parse and generate a pattern's program as `re._compiler.compile` does."""
    assert ENGINE is not None
    _, parser, compiler = ENGINE
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]  # opcodes are named int subclasses
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        names[index] = name
    groups = parsed.state.groups - 1
    indices = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    return (int(flags | parsed.state.flags), code, int(groups), indices, tuple(names))


def _build(pattern: str, program: Program) -> re.Pattern[str]:
    """Return the compiled pattern of a program (`_sre.compile` rejects a malformed one)."""
    assert ENGINE is not None
    built: re.Pattern[str] = ENGINE[0].compile(pattern, *program)
    return built


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """Return `re.compile(pattern, flags)`, from the program stored by an earlier run if any."""
    number = int(flags)
    if ENGINE is None or number & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, number)
    stored = _load().get(key)
    if stored is not None:
        try:
            return _build(pattern, stored)
        except Exception:  # a refused program: compile as re does
            pass
    try:
        program = _program(pattern, number)
        built = _build(pattern, program)
    except Exception:  # let re raise its own error for a bad pattern
        return re.compile(pattern, flags)
    if not sys.dont_write_bytecode:
        if not _added:
            atexit.register(save)
        _added[key] = program
    return built


def save() -> None:
    """Add this run's new programs to the cache file (atomically; errors are ignored)."""
    if not _added:
        return
    path = _path()
    merged = _read(path)
    if len(merged) + len(_added) > LIMIT:
        merged = {}
    merged.update(_added)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(merged))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return
    _added.clear()
