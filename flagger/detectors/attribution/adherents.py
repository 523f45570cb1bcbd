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

IST = r"[a-z-]{2,}(?<!s)(?<![^ae]l)ists\b"
CREED = rf"(?-i:[a-z]{IST}|(?:^|(?<=[.!?\n]\s)|(?<=[.!?][\"”’]\s)|(?<=[\"“]))[A-Z]{IST})"
"""An '-ist' plural of three letters or more before the suffix: not a verb ('insists',
'persists', 'exists'), nor 'lists' and 'twists' ('playlists'), but 'journalists', 'panelists';
capitalised only where a sentence starts ('the National Union of Journalists' is a body)."""
NOT_CAUSED = r"(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\blet\s)(?<!\bhelp\s)"
"""'will make terrorists think twice' says what they will do, not what they hold (checked
before the noun, whichever word the match starts at)."""
NOT_PASSIVE = r"(?!\s+(?:of|by)\b)"
"""'Islamists suspected of the attack' are suspects, not speakers."""
DESCRIBED = rf"(?-i:(?:(?!(?i:{w.FUNCTION})\s){w.NATIONALITY}|{w.PREMODIFIER})\s+)?"
"""One describing word: 'U.S. nationalists', 'hardline loyalists' ('These' only looks like
'Chinese')."""
HOLD_WORDS = (
    "say", "said", "believ", "think", "thought", "argu", "claim", "insist", "contend", "alleg",
    "fear", "feel", "felt", "complain", "worr", "warn", "hope", "doubt", "suspect", "hold",
    "held", "maintain", "admit", "conclud", "accus", "raise", "voice", "express",
)  # fmt: skip
"""A word of each verb `crowds.HOLD` allows; the cue starts up to REACH before it."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{w.QUANTIFIER}{DESCRIBED}{NOT_CAUSED}{CREED}{w.POSTMODIFIER}{w.ASIDE}\s+"
        rf"{crowds.HOLDING}{NOT_PASSIVE}",
        HOLD_WORDS,
        REACH,
    ),
)
