"""The online crowd: 'Twitter users mocked the logo', 'social media users were quick to
point out', 'commenters said'.

People known only as users of a platform are as anonymous as 'some people' (A102); the
platform says where they spoke, not who they are.
"""

from __future__ import annotations

from flagger.detectors.attribution import crowds
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

PLATFORM = (
    r"(?:internet|social[\s-]media|online|web|twitter|facebook|instagram|reddit|tiktok|youtube|"
    r"weibo)"
)
POSTERS = rf"(?:{PLATFORM}\s+(?:users|commenters|posters)|netizens|commenters)"
"""Users of a platform, or its commenters; a bare 'users' is any customer ('users of the app')."""
REACT = (
    r"(?:reacted|responded|mocked|joked|slammed|blasted|ridiculed|praised|flooded|"
    r"took\s+to|(?:were|are)\s+quick\s+to|picked\s+up\s+on|weighed\s+in|chimed\s+in|"
    r"wrote|posted|tweeted|commented|remarked|replied|shared)"
)
"""What an online crowd does with a view: reacting, mocking, posting."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b(?:{w.QUANTIFIER}|(?-i:[a-z][\w-]*\s+))?{POSTERS}\s+{w.AUX}"
        rf"(?:{w.SAY}|{w.OPINE}|{crowds.VOICE}|{REACT}){w.VERB_END}",
        ("users", "commenters", "posters", "netizens"),
        40,
    ),
)
