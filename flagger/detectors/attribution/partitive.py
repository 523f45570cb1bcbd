"""A share of a crowd: 'many of the residents say', 'some on the left argue', 'a majority of
voters believe', 'most in the party fear'.

However the crowd is described, a part of it holding a view names nobody (A102), as 'many
believe' does; 'many of them believe' is a cue in `patterns`.
"""

from __future__ import annotations

from flagger.detectors.attribution import crowds
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

SHARE = r"(?:many|some|most|several|(?:a|the)\s+majority|a\s+(?:large\s+)?number|a\s+few)"
"""How much of the crowd: never all of it ('all of the members' may be a named body)."""
WHERE = (
    r"(?:of\s+(?:the|those|these|our|their|its)\s+|(?<=majority\s)of\s+|(?<=number\s)of\s+|"
    r"(?:on|in|within|among|inside)\s+the\s+)"
)
"""'of the residents', 'a majority of voters', 'on the left', 'in the party'."""
CROWD_OF = r"(?-i:(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
"""Up to three lower-case words of who they are ('of the older residents'); a capitalised one
names a body ('many of the Smiths')."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{SHARE}\s+{WHERE}{CROWD_OF}{w.POSTMODIFIER},?\s+{crowds.HOLDING}",
        ("many", "some", "most", "several", "a majority", "the majority", "a number",
         "a large", "a few"),
        0,
    ),
)
