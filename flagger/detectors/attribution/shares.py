"""Crowds known only as a share of the people: 'others go further and allege', 'as some make it
out to be', 'some have accused him', 'most of the country recognised that'.

A quantifier standing for people names nobody, whatever it is credited with: an accusation, a
reading of events. `patterns` reads the views ('many believe'); these are the
other ways such a crowd is made to speak (A102).
"""

from __future__ import annotations

from flagger.detectors.attribution import crowds
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

WHOLE = (
    r"(?:country|nation|world|public|electorate|population|continent|region|city|state|left|"
    r"right|(?-i:[A-Z][a-z]+))"
)
"""What a share is taken of: 'much of the country', 'most of America'."""
SHARE = (
    r"(?:(?:many|some|most|several|other)\s+(?:people|others|(?:of\s+(?:them|those)))|"
    r"(?:much|most)\s+of\s+(?:the\s+)?" + WHOLE + r"|half\s+(?:of\s+)?(?:the\s+)?" + WHOLE
    + r"|many|some|most|others|(?-i:Others))"
)
"""A crowd given by its size alone, or by its share of a whole."""
NOT_A_SUBJECT_BEFORE = (
    r"(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\blet\s)(?<!\bhelp\s)(?<!\bhow\s)(?<!\bsure\s)"
    r"(?<!\bso\s)(?<!\btoo\s)(?<!\bthat\s)(?<!\bwhat\s)(?<!\bfor\s)(?<!\bto\s)"
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)"
)
"""'how many say', 'so many recognise', 'let some say': the crowd is not the one credited. 'The
manager said many people recognised the risk': a named speaker describes the people; the claim
is his."""
CREDIT = (
    r"(?:(?:go|goes|went|have\s+gone|go\s+so\s+far\s+as)\s+(?:even\s+)?(?:further\s+)?(?:and|to)\s+"
    r"(?:say|allege|claim|suggest|argue|accuse|call)|"
    r"make\s+(?:(?:it|him|her|them|this|that)\s+)?out(?=\s+to\s+be\b|\s*[.,;!?])|"
    r"(?:have\s+|had\s+)?accused(?=\s+(?:him|her|them|the|his|their|its|it)\b)|"
    r"recogni[sz]ed?(?=\s+(?:that|this|it|the|his|her|their)\b))"
)
"""What such a crowd is credited with besides a view: a charge ('some have accused him'), a
claim pushed further ('others go further and allege'), a reading ('the crisis some make it out
to be'), a recognition ('other people recognized the blunder'). Not a wish: 'many want the pool
reopened' says what people want, mostly in speeches, and credits no claim (tried: on untouched
news it flagged generic wants)."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"{crowds.UNLESS}{NOT_A_SUBJECT_BEFORE}\b{SHARE}\s+{w.AUX}{CREDIT}\b",
        ("many", "some", "most", "several", "other", "others", "much", "half"),
        0,
    ),
)
