"""Crowds named by a creed, a cause or a calling: 'traditionalists say', 'some nationalists
fear', 'environmentalists warn'.

An '-ist' plural describes what a crowd holds or does, never who speaks; like 'critics say'
(A102) it borrows the weight of many without naming one. The verb is the keyword: '-ist' ends
a word, and keywords start one.
"""

from __future__ import annotations

from flagger.detectors.attribution import crowds
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

CREED = r"(?-i:[A-Za-z][a-z-]{2,}(?<!s)(?<![^ae]l)ists)\b"
"""An '-ist' plural of three letters or more before the suffix: not a verb ('insists',
'persists', 'exists'), nor 'lists' and 'twists' ('playlists'), but 'journalists', 'panelists'."""
DESCRIBED = rf"(?-i:(?:{w.NATIONALITY}|{w.PREMODIFIER})\s+)?"
"""One describing word: 'U.S. nationalists', 'hardline loyalists'."""
HOLD_WORDS = (
    "say", "said", "believ", "think", "thought", "argu", "claim", "insist", "contend", "alleg",
    "fear", "feel", "felt", "complain", "worr", "warn", "hope", "doubt", "suspect", "hold",
    "held", "maintain", "admit", "conclud", "accus", "raise", "voice", "express",
)  # fmt: skip
"""A word of each verb `crowds.HOLD` allows; the cue starts up to REACH before it."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{w.QUANTIFIER}{DESCRIBED}{CREED}{w.POSTMODIFIER}{w.ASIDE}\s+{crowds.HOLDING}",
        HOLD_WORDS,
        REACH,
    ),
)
