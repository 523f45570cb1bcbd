"""Sources who say why they cannot be named: 'the official, who was not authorized to speak
publicly, said', 'because they were not allowed to talk to the media'.

The reason for anonymity marks an unnamed source (A101) as surely as 'on condition of
anonymity'; 'were not allowed to speak to their lawyers' gives no such reason.
"""

from __future__ import annotations

from flagger.detectors.attribution.cue import Cue

PUBLICLY = r"(?:publicly|on\s+the\s+record|to\s+(?:the\s+)?(?:media|press|reporters|journalists))"
"""Where the source may not speak: in public, on the record, to the press."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A101",
        r"\bnot\s+(?:(?:authori[sz]ed|cleared)\s+to\s+(?:speak|talk|comment|discuss|disclose|"
        r"brief|release|be\s+(?:named|quoted|identified))|"
        rf"(?:allowed|permitted)\s+to\s+(?:speak|talk|comment)\s+{PUBLICLY})\b",
        ("authorised", "authorized", "cleared", "allowed", "permitted"),
        8,
    ),
)
