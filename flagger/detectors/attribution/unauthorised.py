"""Sources who say why they cannot be named or that they will not be: 'the official, who was
not authorized to speak publicly, said', 'because they were not allowed to talk to the media',
'asked not to be named', 'did not wish to be identified', 'requested anonymity', 'asked for
anonymity', 'speaking anonymously', 'refused to be named', 'a source who wishes to remain
anonymous' (a donor who wishes to remain anonymous gives money, not a claim).

The reason for anonymity marks an unnamed source (A101) as surely as 'on condition of
anonymity'; 'were not allowed to speak to their lawyers' gives no such reason.
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

ASKED = r"(?:asked|sought|demanded|insisted\s+on|(?:was|were)\s+(?:granted|given)|granted)"
"""How a source obtains anonymity ('asked for anonymity', 'was granted anonymity'); 'requested
anonymity' has its cue above."""
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
    Cue(
        "A101",
        rf"\b(?:{ASKED})\s+(?:for\s+)?anonymity\b|"
        r"\b(?:speaking|spoke|spoken|talking|talked)\s+anonymously\b|"
        r"\brefused\s+to\s+be\s+(?:named|identified)\b(?!\s+as\b)|"
        rf"\b(?:sources?|{w.ROLE_HEAD}|insiders?|persons?|people|individuals?)\s+(?:who|that)\s+"
        r"(?:\w+ly\s+)?(?:wish(?:es|ed)?|want(?:s|ed)?|prefer(?:s|red)?|asked)\s+to\s+remain\s+"
        r"(?:anonymous|unnamed|nameless)\b",
        ("anonymity", "anonymously", "refused", "remain"),
        64,
    ),
)
