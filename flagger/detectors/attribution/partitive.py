"""A share of a crowd: 'many of the residents say', 'some on the left argue', 'a majority of
voters believe', 'most in the party fear'.

However the crowd is described, a part of it holding a view names nobody (A102), as 'many
believe' does; 'many of them believe' is a cue in `patterns`.
"""

from __future__ import annotations

from flagger.detectors.attribution import crowds
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.adherents import NOT_THINKING
from flagger.detectors.attribution.cue import Cue

SHARE = (
    r"(?:many|some|most|several|not\s+all|(?:a|the)\s+majority|a\s+(?:large\s+)?number|a\s+few)"
)
"""How much of the crowd: never all of it ('all of the members' may be a named body), though
'not all' is a share."""
OF = (
    r"(?:of\s+(?:the|those|these|our|their|its)\s+|(?<=majority\s)of\s+|"
    r"(?<=number\s)of\s+|(?<=not\sall\s)(?:the|his|her|their|its|our)\s+)"
)
CROWD_OF = rf"(?:{w.PREMODIFIER}\s+){{0,2}}?{crowds.PLURAL}"
"""A plural noun and up to two lower-case words describing it ('of the older residents'); a
capitalised one names a body ('many of the Smiths'), and 'some of the tax claims' or 'many of
the things he said' hold no crowd."""
AMONG = rf"(?:on|in|within|among|inside)\s+the\s+(?:{w.PREMODIFIER}\s+){{0,2}}?{w.PREMODIFIER}"
"""Where the crowd stands: 'on the left', 'in the ruling party'."""
WHERE = rf"(?:{OF}{CROWD_OF}|{AMONG})"
NOT_AN_OBJECT = "".join(
    rf"(?<!\b{word}\s)" for word in ("on", "of", "in", "with", "to", "from", "by", "about", "for")
)
"""A share after a preposition is no subject: 'a lawyer briefed on some of the talks agreed'."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"{NOT_AN_OBJECT}\b{SHARE}\s+{WHERE}{w.POSTMODIFIER},?\s+{crowds.HOLDING}{NOT_THINKING}",
        ("many", "some", "most", "several", "a majority", "the majority", "a number",
         "a large", "a few", "not all"),
        0,
    ),
)
