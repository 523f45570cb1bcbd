"""Views credited to everyone and no one: 'a widespread perception that', 'the popular view
that', 'conventional wisdom holds', 'much has been made of', 'there is a perception that'.

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
OPENS = r"(?:that\b|(?:is|was|has\s+been)\s+that\b|among(?=\s+(?-i:[a-z])))"
"""'the popular view that', 'the general feeling was that', 'the perception among investors':
not 'a popular view of the bay' or 'general understanding of physics'."""

HELD = r"(?:perceptions?|beliefs?|impressions?|feeling|sentiment|suspicions?|notions?|assumptions?)"
"""Views that someone must hold ('there is a perception that'); not an 'understanding' or an
'expectation', which are often agreements or forecasts with their holders named. Inside a
speaker's reported clause ('she said there was a perception that') the claim is the speaker's."""

GROWING = (
    r"(?:(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:growing|mounting|rising|increasing|raised|voiced|expressed)|"
    r"(?:have|has|had)\s+(?:grown|mounted|risen|increased))"
)
"""A view that grows or is raised with nobody raising it: 'fears are growing that', 'concerns
have been raised about'."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b(?:fears|concerns|worries|doubts|questions|suspicions)\s+{GROWING}\s+"
        r"(?:that|about|over|whether)\b",
        ("fears", "concerns", "worries", "doubts", "questions", "suspicions"),
        0,
        agentless=True,
    ),
    Cue(
        "A102",
        r"(?<!\bif\s)(?<!\bwhether\s)(?<!\bthat\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\bsay\s)"
        r"(?<!\bunderstood\s)(?<!\bbelieves\s)(?<!\bbelieved\s)(?<!\bthinks\s)\bthere\s+(?:is|was|has\s+been|had\s+been|remains)\s+"
        rf"an?\s+(?:(?:strong|real|clear|distinct|certain|\w+ing)\s+)?{HELD}\s+{OPENS}",
        ("there",),
        0,
        outside_quotes=True,
        agentless=True,
    ),
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
