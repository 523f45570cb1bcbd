"""Crowds named by a creed, a cause or a calling: 'traditionalists say', 'some nationalists
fear', 'environmentalists warn'.

An '-ist' plural describes what a crowd holds or does, never who speaks; like 'critics say'
(A102) it borrows the weight of many without naming one.
"""

from __future__ import annotations

from flagger.detectors.attribution import crowds
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

IST = r"[a-z-]{2,}(?<!s)(?<![^ae]l)ists\b"
CREED = (
    rf"(?-i:[a-z]{IST}|(?:^|(?<=[.!?\n]\s)|(?<=\s\s)|(?<=[.!?][\"”’]\s)|(?<=[\"“]))[A-Z]{IST})"
)
"""An '-ist' plural of three letters or more before the suffix: not a verb ('insists',
'persists', 'exists'), nor 'lists' and 'twists' ('playlists'), but 'journalists', 'panelists';
capitalised only where a sentence or an indented paragraph starts ('the National Union of
Journalists' is a body)."""
NOT_CAUSED = r"(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\blet\s)(?<!\bhelp\s)"
"""'will make terrorists think twice' says what they will do, not what they hold (checked
before the noun, whichever word the match starts at)."""
NOT_PASSIVE = r"(?!(?<=suspected)\s+of\b)(?!(?<=accused)\s+of\b)(?!\s+by\b)"
"""'Islamists suspected of the attack' are suspects, not speakers ('warned of' is speech)."""
NOT_THINKING = r"(?<!\bthink)(?<!\bthinks)(?<!\bthought)"
"""'Optimists think that ...', 'some of the folks thought a gunman was there': what a kind of
person or a frightened crowd thinks describes them; it credits no claim to a source."""
DESCRIBED = rf"(?-i:(?:(?!(?i:{w.FUNCTION})\s){w.NATIONALITY}|{w.PREMODIFIER})\s+)?"
"""One describing word: 'U.S. nationalists', 'hardline loyalists' ('These' only looks like
'Chinese')."""
ANCHOR = r"ists\b"
"""Where the cue is tried from: the suffix of an '-ist' plural, found by a pattern since
keywords only find word starts; the verbs (keywords) must occur in the text too."""
BACK = 64
"""How far before the suffix the crowd phrase may start: 'Some hardline U.S. environmental'."""
HOLD_WORDS = (
    "say", "said", "believ", "think", "thought", "argu", "claim", "insist", "contend", "alleg",
    "fear", "feel", "felt", "complain", "worr", "warn", "hope", "doubt", "suspect", "hold",
    "held", "maintain", "admit", "conclud", "accus", "raise", "voice", "express",
)  # fmt: skip
"""A word of each verb `crowds.HOLD` allows: without one in the text the cue is not tried."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{w.QUANTIFIER}{DESCRIBED}{NOT_CAUSED}{CREED}{w.POSTMODIFIER}{w.ASIDE}\s+"
        rf"{crowds.HOLDING}{NOT_PASSIVE}{NOT_THINKING}",
        HOLD_WORDS,
        BACK,
        anchor=ANCHOR,
    ),
)
