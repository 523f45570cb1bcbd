"""Text bound for a terminal: an article's control characters shown, never obeyed.

An article (its text, title, source, id, a file name) may hold escape sequences that clear the
screen, erase lines or retitle the terminal, a carriage return that overwrites a line, or bidi
overrides that reorder it. Everything flagger prints to a terminal passes through `shown`,
which writes C0 and C1 controls, DEL and the bidi embedding, override and isolate characters
as visible escapes (`\\x1b`, `\\u202e`); newlines and tabs stay where they are structural.
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy

CONTROLS = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
CONTROLS_AND_LAYOUT = lazy(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    """Write one control character as a visible escape."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, *, lines: bool = False) -> str:
    """Return `text` with its control characters escaped; `lines` keeps newlines and tabs."""
    return (CONTROLS if lines else CONTROLS_AND_LAYOUT).sub(_escape, text)
