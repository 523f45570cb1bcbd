"""Sources who say why they cannot be named or that they will not be: 'the official, who was
not authorized to speak publicly, said', 'because they were not allowed to talk to the media',
'asked not to be named', 'did not wish to be identified', 'requested anonymity'.

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
    Cue(
        "A101",
        r"\b(?:asked|declined)\s+not\s+to\s+be\s+(?:named|identified)|"
        r"\bdeclined\s+to\s+be\s+(?:named|identified)|"
        r"\b(?:did\s+not|didn['’]t)\s+(?:wish|want)\s+to\s+be\s+(?:named|identified)|"
        r"\brequested\s+(?:anonymity|not\s+to\s+be\s+(?:named|identified))",
        ("asked", "declined", "did", "didn", "requested"),
        0,
    ),
)
