"""A headline's unnamed source: 'Ex-FBI Official Says', 'GOP Officials Say', 'Insider Reveals'.

Title case hides the determiner a role cue looks for; a capitalised role head just before a
capitalised speech verb is still a person described only by role (A104).
"""

from __future__ import annotations

from flagger.detectors.attribution.cue import Cue

HEAD = r"(?:Officials?|Insiders?|Aides?|Diplomats?|Officers?|Commanders?|Advis[eo]rs?|Staffers?)"
"""Role heads that a headline credits ('Officials'), not bodies ('White House Says')."""
VERB = r"(?:Says|Say|Said|Tells?|Warns?|Claims?|Reveals?|Admits?)"

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"(?-i:\b(?:[A-Z][\w.&'’-]*\s+){{0,3}}{HEAD}\s+{VERB})\b",
        ("official", "insider", "aide", "diplomat", "officer", "commander", "advis", "staffer"),
        40,
    ),
)
