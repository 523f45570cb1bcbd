"""Regular expressions compiled on first use, so importing a module compiles none of them.

A cold `flagger check` used to compile every module-level pattern at import, although one
article reaches only the patterns of the rules whose cue words it holds. `lazy(pattern, flags)`
returns a stand-in for `re.compile(pattern, flags)`: its first use compiles the pattern and
copies the compiled pattern's methods onto the stand-in, so later calls cost what calls on the
compiled pattern cost. Its `.pattern`, the source, is there without compiling (a module may build
one pattern from another's source at import). Pass it to `re.sub` and friends as `.pattern`,
never as is. A match's `.re` is the compiled pattern, not the stand-in: a pattern that code
tells apart by `match.re is PATTERN` must be compiled at import instead.
Compiling goes through `recache`, so a later run rebuilds the pattern from its stored program.
"""

from __future__ import annotations

import re
from typing import Any, cast

from flagger.annotations import recache

_COPIED = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "pattern", "flags", "groups", "groupindex",
)
"""The attributes of a compiled pattern that the stand-in holds once it has compiled."""


class LazyPattern:
    """A pattern that compiles itself on its first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self._source = pattern
        self._flags = flags
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy and pickle look for hooks before __init__ has run
            raise AttributeError(name)
        compiled = recache.compile(self._source, self._flags)
        for attribute in _COPIED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, tuple[str, int | re.RegexFlag]]:
        return lazy, (self._source, self._flags)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """Return a stand-in for `re.compile(pattern, flags)` that compiles on its first use."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
