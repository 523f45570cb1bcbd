"""Unnamed people described by a relative clause before they speak: 'an official who was at the
meeting said', 'residents who live near the plant say', 'a diplomat who attended the talks told'.

What the clause tells ('who was at the meeting') says how the source may know, never who it is:
a role so described stays a role-described source (A104).
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

WORD = r"(?!(?:said|says|told|tells|and|but)\b)[\w'’-]+(?:\.\w+)*"
CLAUSE = rf"(?:{WORD}\s+){{0,9}}?{WORD},?\s+"
"""Up to ten words of the clause and the comma that may close it; never the speech verb, a
second clause ('and ... said'), a name set off by commas ('..., Ana Roe, said') or a full
stop."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"\b{w.ROLE_PHRASE},?\s+who\s+{CLAUSE}{w.AUX}(?:said|says|told|tells|added)\b"
        rf"{w.VERB_END}",
        w.ROLE_WORDS,
        w.ROLE_REACH,
    ),
)
