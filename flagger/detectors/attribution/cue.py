"""One attribution cue: a rule code, a pattern and the keywords that find it cheaply."""

from __future__ import annotations

from typing import NamedTuple

REACH = 80
"""How far before its keyword a cue may start (a determiner and three describing words)."""


class Cue(NamedTuple):
    """A rule code, its pattern, the keywords one of which each match holds, and their reach.

    `outside_quotes`: the cue is the writer's own sourcing ('we understand that'); inside a
    quote the same words are the speaker's and say nothing about sources. `agentless`: the cue
    has no source phrase to be named ('is considered unlikely'), so a name beside it is no
    source. `anchor`: a pattern whose matches stand in for the keywords' positions (the cue
    starts at most `reach` before one), for a word keywords cannot find (a suffix:
    'environmentalists'); the keywords must still occur in the text.
    """

    code: str
    pattern: str
    keywords: tuple[str, ...]
    reach: int
    outside_quotes: bool = False
    agentless: bool = False
    anchor: str = ""
