"""Repute with no holder: 'he is widely respected', 'she was universally admired', 'the
group is widely feared'.

A passive of an attitude held by many ('respected', 'admired', 'trusted') says that a crowd
holds a view of someone, never whose (A102), as 'is widely praised' does.
"""

from __future__ import annotations

from flagger.detectors.attribution.agentless import HOW_OFTEN, PASSIVE
from flagger.detectors.attribution.cue import Cue

ATTITUDE = (
    r"(?:respected|admired|revered|feared|loved|liked|disliked|hated|despised|mistrusted|"
    r"distrusted|trusted|ridiculed|mocked|reviled|loathed|adored|esteemed)"
)
"""Participles of a feeling toward a person or body."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b(?:{PASSIVE}(?:\s+being)?|been|being)\s+(?:also\s+)?{HOW_OFTEN}\s+{ATTITUDE}\b(?!\s+by\b)",
        ("widely", "often", "frequently", "generally", "commonly", "universally", "routinely",
         "much", "roundly"),
        12,
        agentless=True,
    ),
)
