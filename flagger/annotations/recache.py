"""Compiled regular expressions kept between runs, as Python keeps bytecode in `__pycache__`.

Compiling regular expressions was about half the CPU time of a cold `flagger check` (the
attribution cues an article wakes, the date patterns): `re` parses each pattern and generates
its program in Python. `compile(pattern, flags)` returns what `re.compile(pattern, flags)`
returns. The first time a pattern is compiled its program (the opcode list of CPython's
`re._compiler`, 3.11 to 3.13) is written to a small file of its own in the user's cache folder,
named by a hash of the pattern and its flags, under a folder named for the Python release and
the regex engine's version; later runs rebuild the pattern from it with `_sre.compile`, which
checks a program before it accepts it. A file is plain data (a JSON header and the raw opcodes):
like a `.pyc`, an altered file can change what its pattern matches, but it cannot run code. A
file holds its pattern too, so a hash collision is a miss. Another interpreter, a missing or
damaged file or a refused program falls back to `re.compile`. `FLAGGER_REGEX_CACHE=off` in the
environment turns the cache off (nothing is read or written); it does not follow
PYTHONDONTWRITEBYTECODE, which only concerns the source tree.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib
import json
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""The arguments of `_sre.compile` after the pattern: flags, code, groups and their names."""

SWITCH = "FLAGGER_REGEX_CACHE"
"""The environment variable that turns the cache off when it says `off`."""
ENGINE_MODULES = ("_sre", "re._parser", "re._compiler")
OPCODE = "I"
"""The array type of a stored opcode: an unsigned int, the size of the engine's code word."""


def _engine() -> tuple[Any, Any, Any] | None:
    """Return CPython's `_sre`, `re._parser` and `re._compiler`, or None where they differ."""
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    sre, parser, compiler = (importlib.import_module(name) for name in ENGINE_MODULES)
    if array(OPCODE).itemsize != sre.CODESIZE:
        return None
    return sre, parser, compiler


ENGINE = _engine()


@functools.cache
def _folder(cache_home: str | None) -> str:
    """Return this interpreter's cache folder: $XDG_CACHE_HOME/flagger (else ~/.cache/flagger),
    then one folder per Python release (a bug fix may change what the compiler generates) and
    regex engine version."""
    root = Path(cache_home or Path.home() / ".cache") / "flagger"
    sre = ENGINE[0] if ENGINE else None
    engine = f"{sre.MAGIC}-{sre.CODESIZE}" if sre else "none"
    release = ".".join(map(str, sys.version_info[:3]))
    return str(root / f"regex-{sys.implementation.name}-{release}-{engine}")


def _file(pattern: str, flags: int) -> str:
    """Return the file of one pattern and its flags."""
    key = f"{flags}:{pattern}".encode("utf-8", "surrogatepass")  # lone surrogates are allowed
    digest = hashlib.blake2b(key, digest_size=16).hexdigest()
    return os.path.join(_folder(os.environ.get("XDG_CACHE_HOME")), f"{digest}.regex")


def _read(path: str, pattern: str, flags: int) -> Program | None:
    """Return the program stored in `path` for this pattern; None if missing or unusable.

    A file is a JSON header line (the pattern, its flags, the program's flags, groups and group
    names) and the opcodes as raw unsigned integers: plain data, nothing that could run code.
    """
    try:
        with open(path, "rb") as file:
            header, _, opcodes = file.read().partition(b"\n")
        stored = json.loads(header)
        code = array(OPCODE)
        code.frombytes(opcodes)
    except Exception:  # a missing or damaged file is a miss
        return None
    if not isinstance(stored, dict) or (stored.get("pattern"), stored.get("flags")) != (
        pattern,
        flags,
    ):
        return None
    program_flags, groups = stored.get("program_flags"), stored.get("groups")
    indices, names = stored.get("indices"), stored.get("names")
    if not (
        isinstance(program_flags, int)
        and isinstance(groups, int)
        and isinstance(indices, dict)
        and all(isinstance(k, str) and isinstance(v, int) for k, v in indices.items())
        and isinstance(names, list)
        and all(name is None or isinstance(name, str) for name in names)
    ):
        return None
    return (program_flags, code.tolist(), groups, indices, tuple(names))


_MADE: set[str] = set()
"""The cache folders this process has made sure exist."""


def _write(path: str, pattern: str, flags: int, program: Program) -> None:
    """Store a program atomically; a folder that cannot be written is left alone."""
    temporary = f"{path}.{os.getpid()}.tmp"
    folder = os.path.dirname(path)
    try:
        if folder not in _MADE:
            os.makedirs(folder, exist_ok=True)
            _MADE.add(folder)
        program_flags, code, groups, indices, names = program
        header = {
            "pattern": pattern,
            "flags": flags,
            "program_flags": program_flags,
            "groups": groups,
            "indices": indices,
            "names": list(names),
        }
        with open(temporary, "wb") as file:
            file.write(json.dumps(header).encode("ascii") + b"\n")
            file.write(array(OPCODE, code).tobytes())
        os.replace(temporary, path)
    except (OSError, ValueError):
        _MADE.discard(folder)  # removed meanwhile? the next write makes it again
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _program(pattern: str, flags: int) -> Program:
    """Parse and generate a pattern's program as `re._compiler.compile` does."""
    assert ENGINE is not None
    _, parser, compiler = ENGINE
    parsed = parser.parse(pattern, flags)
    code = list(map(int, compiler._code(parsed, flags)))  # opcodes are named int subclasses
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
    if ENGINE is None or number & re.DEBUG or os.environ.get(SWITCH) == "off":
        return re.compile(pattern, flags)
    try:
        path = _file(pattern, number)
    except Exception:  # no home folder to keep a cache in
        return re.compile(pattern, flags)
    stored = _read(path, pattern, number)
    if stored is not None:
        try:
            return _build(pattern, stored)
        except Exception:  # a refused program: compile afresh
            pass
    try:
        program = _program(pattern, number)
        built = _build(pattern, program)
    except Exception:  # let re raise its own error for a bad pattern
        return re.compile(pattern, flags)
    _write(path, pattern, number, program)
    return built
