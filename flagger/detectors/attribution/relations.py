"""Sources known only by their relation to someone: 'his associates say', 'according to her
friends', 'the family's neighbours said', 'people close to the president'.

The person they stand beside may be named; the sources themselves are a group nobody can
call back. Such a group is described, like a role, by where it stands (A104); people close to
someone keep the unnamed-source tier (A101) of 'people familiar with the matter'.
"""

from __future__ import annotations

from flagger.detectors.attribution import individuals
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

POSSESSOR = r"(?:his|her|their|(?:the\s+)?(?-i:[a-z]+)['’]s?|(?-i:[A-Z][\w-]*)(?:['’]s?|\s+s))"
"""Whose group it is: a pronoun, 'the family's', 'Smith's' (or 'Smith s' with the apostrophe
lost)."""
RELATION = (
    r"(?:associates|friends|neighbou?rs|relatives|colleagues|co-?workers|acquaintances|"
    r"confidants|allies|aides|advis[eo]rs|family\s+members|entourage|inner\s+circle)"
)
"""A group of people identified only by their relation to someone."""
CLOSE = (
    r"(?:(?:people|those|someone|a\s+person|associates|friends|sources)\s+(?:very\s+)?close\s+to\s+|"
    rf"{individuals.CLOSE})"
)
PERSON = (
    rf"(?:him|her|them|(?:the|his|her|their)\s+(?:(?-i:[a-z]+)\s+)?{w.ROLE_HEAD}|"
    r"(?:the|his|her|their)\s+(?:family|couple|singer|actor|actress|star|player|palace|"
    r"president|(?:prime\s+)?minister|premier|king|queen|prince|princess|governor|mayor|"
    r"chancellor|senator|candidate|chairman|chief|"
    r"(?-i:[A-Z][\w-]*))|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)"
)
"""Whom people are close to, when no verb follows: a person or a title ('the president'),
never a place ('the border')."""
ANYONE = r"(?:him|her|them|(?:the|his|her|their)\s+(?:[\w-]+\s+)?[\w-]+|(?-i:[A-Z][\w'’-]+))"
"""Whom people are close to, when they go on to say or feel something."""
GROUP = (
    rf"{POSSESSOR}\s+(?:(?-i:close|closest|longtime|long-time|former|old|political|business|"
    rf"personal)\s+)?{RELATION}(?:\s+and\s+(?:\w+\s+)?{RELATION})?"
)

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"\b{GROUP}\s+(?:,\s+)?{w.AUX}(?:{w.SAY}|{w.OPINE}){w.VERB_END}",
        (
            "associates",
            "friends",
            "neighbo",
            "relatives",
            "colleagues",
            "workers",
            "acquaintances",
            "confidants",
            "allies",
            "aides",
            "advis",
            "family members",
            "entourage",
            "inner circle",
        ),
        REACH,
    ),
    Cue(
        "A104",
        rf"\baccording\s+to\s+{GROUP}\b",
        ("according",),
        0,
    ),
    Cue(
        "A101",
        rf"\b(?:according\s+to\s+{CLOSE}{PERSON}\b|{CLOSE}{ANYONE},?\s+(?:[\w'’-]+\s+){{0,2}}?"
        rf"{w.AUX}(?:{w.SAY}|{w.OPINE}|(?:are|were|is|was)\s+(?:\w+\s+)?(?:loath|reluctant|adamant|"
        r"confident|worried|concerned|convinced|unhappy|furious|frustrated))\b)",
        ("close",),
        REACH,
    ),
)
