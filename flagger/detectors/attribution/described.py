"""Unnamed people described by a relative clause before they speak: 'an official who was at the
meeting said', 'some residents who live near the plant say', 'a diplomat who attended the talks
told'. Only after an indefinite determiner and never in an apposition ('Ana Roe, a lawyer who
leads the group, said' is named), so 'the firm's lawyers, who ...' stay the firm's.

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
UNSAID = (
    r"(?!(?:[\w'’-]+,?\s+){0,10}?(?:named|identified|anonymous|anonymity|authori[sz]ed|"
    r"allowed|permitted|quoted)\b)"
)
"""A clause that gives a reason for anonymity ('who asked not to be named') leaves the source
to the unnamed-source cues (A101)."""
ACTIVE = "".join(rf"(?<!\b{word}\s)" for word in ("was", "were", "is", "are", "be", "been"))
"""The person speaks; one 'who were told' is spoken to."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"(?<![,(]\s)\b{w.INDEFINITE}\s+(?-i:(?:(?:{w.PREMODIFIER}|{w.BODY_WORD})\s+){{0,5}}?)"
        rf"{w.ROLE},?\s+who\s+{UNSAID}{CLAUSE}{w.AUX}{ACTIVE}(?:said|says|told|tells|added)\b"
        rf"{w.VERB_END}",
        w.ROLE_WORDS,
        w.ROLE_REACH,
    ),
)
