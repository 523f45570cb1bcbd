"""Reports and rumours as the thing a clause reacts to: 'shares fell on reports that', 'the
minister responded to reports that', 'rumours abound that'.

Bare plural 'reports that' after a preposition carries a claim nobody is credited with (A103),
like 'amid reports'; with a determiner ('the reports that he filed') or as the object of a
verb ('denied reports that', which has a speaker) it does not.
"""

from __future__ import annotations

from flagger.detectors.attribution.cue import Cue

REACTED = r"(?:to|on|of|about|after|following|despite|over|by|with)"
"""Prepositions of what a clause reacts to: 'responded to', 'fell on', 'news of'."""
KIND = r"(?:(?:recent|earlier|new|fresh|unconfirmed|media|press|news|local|persistent)\s+)*"

CUES: tuple[Cue, ...] = (
    Cue(
        "A103",
        rf"\b{REACTED}\s+{KIND}reports\s+that\b",
        ("reports",),
        40,
    ),
    Cue(
        "A103",
        r"\b(?:rumou?rs|reports|speculation)\s+(?:abound|abounds|persist|persisted|persists|"
        r"(?:are|were|is|was)\s+rife)\b",
        ("rumo", "reports", "speculation"),
        0,
    ),
)
