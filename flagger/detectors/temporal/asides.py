"""Dashes typed as hyphens: where a plain-text wire sets off an aside.

A wire without "—" writes its dash as a hyphen between spaces or as two hyphens: "The bank
said the sale - by auction on May 16 -- was due to a debt". Read back from a date, such a dash
ends the date's clause as "—" does: the date dates the auction in the aside, not "said".
"""

from __future__ import annotations

from flagger.detectors.temporal.events import Token


def typed_dash(text: str, tok: Token) -> bool:
    """Whether the "-" token `tok` is a dash: doubled ("--") or between spaces (" - ");
    the hyphen of "a 30-day loan" or "el-Sayed" is not."""
    if tok.text != "-":
        return False
    before = text[tok.start - 1] if tok.start else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return "-" in (before, after) or (before.isspace() and after.isspace())
