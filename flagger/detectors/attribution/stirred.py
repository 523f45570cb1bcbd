"""A reaction credited to an unnamed crowd it was stirred in: 'the timing puzzled many dealers',
'a prediction which has alarmed critics', 'angering officials in Washington', 'the move
perplexed some trade analysts'.

The crowd that was surprised, alarmed or puzzled holds a view of what happened, and the story
credits that view to no one the reader can find: a crowd (A102, 'critics', 'observers') or
people known by role (A104, 'officials', 'dealers'). Only people who judge for a living or
hold office: a market's buyers ('disappointed investors with its figures') react in prices,
not in views; and a body named after them ('officials at the Treasury') is a source.
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

STIRRED = (
    r"(?:surpris|perplex|puzzl|anger|alarm|dismay|baffl|stunn|unsettl|rattl|irk|infuriat|"
    r"frustrat|disappoint)(?:ed|ing)"
)
"""What a fact does to those who judge it ('surprised', 'angering')."""
AS_VERB = (
    r"(?-i:(?<=[a-z,]\s))"
    + "".join(rf"(?<!\b{word}\s)" for word in ("the", "a", "an", "some", "many", "most", "few",
                                                 "and", "or", "of", "by", "with", "these", "those"))
)
"""The participle is a verb after its subject ('the timing puzzled many dealers'), not an
adjective before them ('frustrated traders sold', 'the stunned observers')."""
STIRRED_WORDS = (
    "surpris", "perplex", "puzzl", "anger", "alarm", "dismay", "baffl", "stunn", "unsettl",
    "rattl", "irk", "infuriat", "frustrat", "disappoint",
)  # fmt: skip
COUNT = r"(?:(?:some|many|most|several|numerous|a\s+number\s+of)\s+)?"
DESCRIBED = rf"(?-i:(?:(?:{w.PREMODIFIER}|{w.NATIONALITY})\s+)?)"
"""One describing word ('trade analysts', 'Japanese officials', 'market observers')."""
UNNAMED = r"(?!\s+(?:at|from|with|of)\s+(?:the\s+)?(?-i:[A-Z]))\b"
"""Not 'officials at the Treasury', 'analysts from Nordbank': a body named after them."""
CROWDS = r"(?:analysts|observers|experts|critics|economists|commentators|scientists|pundits)"
ROLES = r"(?:officials|diplomats|dealers|traders|brokers|bankers)"

CUES: tuple[Cue, ...] = (
    Cue("A102", rf"{AS_VERB}\b{STIRRED}\s+{COUNT}{DESCRIBED}{CROWDS}{UNNAMED}", STIRRED_WORDS, 0),
    Cue("A104", rf"{AS_VERB}\b{STIRRED}\s+{COUNT}{DESCRIBED}{ROLES}{UNNAMED}", STIRRED_WORDS, 0),
)
