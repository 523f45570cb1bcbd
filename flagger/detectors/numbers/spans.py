"""N101 time words that do not set two counts apart: the day a span of time ends ("laid off
until May 11") is not the day of another event."""

from __future__ import annotations

import re

ENDS = re.compile(r"\b(?:until|till|through)\s+[A-Z][a-z]+\.? \d{1,2}\b")
"""A span's last day: "until May 11", "through Dec. 3"."""


def without_ends(sentence: str) -> str:
    """Return `sentence` without the days its spans of time end on."""
    return ENDS.sub("", sentence)
