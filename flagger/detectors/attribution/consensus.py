"""Views credited to everyone and no one: 'a widespread perception that', 'the popular view
that', 'conventional wisdom holds', 'much has been made of'.

A belief described by how widely it is held stands for a crowd that holds it (A102), as 'many
believe' does; the reader learns that a view is common, never whose it is.
"""

from __future__ import annotations

from flagger.detectors.attribution.cue import Cue

HOW_WIDE = (
    r"(?:widespread|widely[\s-]held|popular|common|commonly[\s-]held|general|prevailing|"
    r"prevalent|growing|broad|conventional|received|public)"
)
"""How widely a view is held."""
VIEW = (
    r"(?:perceptions?|beliefs?|views?|assumptions?|notions?|impressions?|consensus|"
    r"expectations?|sentiment|feeling|suspicions?|understanding)"
)
"""Nouns of a view held; what follows ('that', 'is that', 'among') opens its content."""
OPENS = r"(?:that\b|(?:is|was|has\s+been)\s+that\b|among\s+(?-i:[a-z]))"
"""'the popular view that', 'the general feeling was that', 'the perception among investors':
not 'a popular view of the bay' or 'general understanding of physics'."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{HOW_WIDE}\s+{VIEW}\s+{OPENS}",
        ("widespread", "widely", "popular", "common", "general", "prevailing", "prevalent",
         "growing", "broad", "conventional", "received", "public"),
        0,
        agentless=True,
    ),
    Cue(
        "A102",
        r"\b(?:conventional|received)\s+wisdom\s+(?:is|was|has\s+it|holds|held|says|said)\b",
        ("conventional", "received"),
        0,
        agentless=True,
    ),
    Cue(
        "A102",
        r"\bmuch\s+(?:has|had)\s+been\s+(?:made|said|written)\s+(?:of|about)\b",
        ("much",),
        0,
        agentless=True,
    ),
)
