"""Sources described by what they were told or know: 'a source briefed on the talks said',
'three people informed about it confirmed', 'officials with knowledge of the inquiry told'.

What the source knows is any short phrase when a speech verb follows it (the match ends before
it, so the cue in `patterns` for 'people familiar with the matter' keeps its longer span).
Knowing where the news comes from is not knowing who: the tier is that of an unnamed source
(A101).
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

WHO = (
    rf"(?:(?:an?|one|another|two|three|four|several|some|other)\s+)?(?:{w.SOURCE_WORDS}\s+)*"
    r"(?:sources?|people|persons?|a\s+person|officials?|insiders?|someone)"
)
KNOWING = (
    r"(?:briefed\s+(?:on|about)|informed\s+(?:about|of|on)|with\s+(?:direct\s+|first-?hand\s+)?"
    r"knowledge\s+of|familiar\s+with|privy\s+to|involved\s+in)"
)
OBJECT = r"(?:\s+(?!(?:said|says|told|and|but)\b)[\w'’.-]+){1,5}?,?"
"""What they know, up to five words and never the speech verb itself."""
NOT_AFTER = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("the", "these", "those", "a", "an", "one", "two", "three", "four", "several",
                 "some", "other", "another", "of")
)
"""The phrase starts at its determiner: 'the two people involved in the crash said' are the
story's own people, not hidden sources, and no later word may start it instead; '40 percent of
people involved in farming said' is a survey's share."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A101",
        rf"{NOT_AFTER}\b{WHO}\s+{KNOWING}(?={OBJECT}\s+{w.AUX}{w.SAY}{w.VERB_END})",
        ("briefed", "informed", "knowledge", "familiar", "privy", "involved"),
        REACH,
    ),
)
