"""Sources that act and give their reason in a ', saying' clause: 'administration officials
have opposed the bill, saying it would prompt a veto', 'conservative groups defended the plan,
saying it would simplify the code'.

The participle credits the reason to the subject, as 'officials said' would (A104 for a role,
A102 for a crowd); the act itself may be any verb.
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

GIVING = r"(?:saying|arguing|claiming|contending|insisting|warning|citing\s+(?:fears|concerns))\b"
"""The participles that give a reason as a claim; 'adding' only goes on."""
ACT = (
    rf"{w.AUX}(?!(?:{w.SAY}|who|which|that|and|but|or|for|of|at|from|with|on|to|by|close)\b)"
    r"(?-i:[a-z][\w'’-]*)"
    r"(?:\s+[^\s,.;:!?\"“”]+){0,10}?,\s+"
)
"""Any act of the subject within one clause ('have also opposed the textile legislation'); a
speech verb right after the source is the plain role cue's, and a preposition names whose
sources they are ('officials for two senators declined to comment, saying')."""
START = (
    r"(?:^|(?<=[a-z0-9][.!?]\s)|(?<=[;:\"“”]\s)|(?<=\n)|(?<=\bbut\s)|(?<=\band\s)|"
    r"(?<=\bwhile\s)|(?<=\bas\s)|(?<=\bwhen\s))"
)
"""The source opens a clause, so it is the subject of the act (not after an abbreviation's
point: 'against U.S. lawmakers calling for')."""
OPENING = (
    r"(?:(?-i:(?!(?:His|Her|Their|Its|Our|My|Your|The|This|That|These|Those)\b)[A-Z][a-z]+)\s+)?"
)
"""A capitalised describing word at the clause's start ('Conservative groups'), never a
determiner of a particular group ('His lawyers')."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"{START}{OPENING}{w.ROLE_PHRASE}{w.POSTMODIFIER}\s+{ACT}{GIVING}",
        w.ROLE_WORDS,
        w.ROLE_REACH,
    ),
    Cue(
        "A102",
        rf"{START}{OPENING}{w.QUANTIFIER}{w.CROWD}{w.POSTMODIFIER}\s+{ACT}{GIVING}",
        w.CROWD_WORDS,
        w.ROLE_REACH,
    ),
)
