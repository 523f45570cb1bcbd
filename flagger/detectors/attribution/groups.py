"""Unnamed groups as sources: professional communities, party members, reactions from crowds,
people around someone, and the writer's own 'we understand'."""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

COMMUNITY = (
    r"(?:(?:the\s+)?(?:medical|scientific|science|academic|research|intelligence|financial|"
    r"business|investment|legal|health|tech|technology)\s+community|"
    r"the\s+(?-i:(?!(?:same|whole|entire)\b)[a-z]+\s+)?industry)"
)
"""A profession or trade spoken of as one voice ('the medical community', 'the industry');
'the international community' is governments, named elsewhere."""
RESPONSE = (
    rf"(?:{w.OPINE}{w.VERB_END}|gave\s+(?:it\s+)?(?:an?\s+)?(?:[a-z]+\s+)?"
    r"(?:response|reaction|reception|welcome)|reacted\s+with)"
)
REACTION = (
    r"(?:criticism|skepticism|scepticism|praise|concerns?|backlash|pushback|warnings?|reports|"
    r"accounts|complaints|objections|doubts|claims|outrage|alarm)"
)
REACTION_WORDS = (
    "criticism", "skepticism", "scepticism", "praise", "concern", "backlash", "pushback",
    "warning", "reports", "accounts", "complaints", "objections", "doubts", "claims", "outrage",
    "alarm",
)  # fmt: skip
"""What a group gives that carries its view: 'skepticism from the medical community'."""
REACTION_KEYS = (*REACTION_WORDS, "heard", "learn")
"""One keyword list for both reaction cues, so the text is searched for it once."""
SEVERAL = r"(?:other|multiple|several|many|some|numerous|various)"
PARTY = r"(?:Democrats|Republicans|Tories|MPs|backbenchers)"
SOME_OF = (
    r"(?:top|some|many|most|several|leading|prominent|senior|other|fellow|moderate|a\s+few|"
    r"a\s+number\s+of)"
)
"""Party members become a vague crowd only when counted or ranked ('top Democrats say', 'senior
House Republicans warned');
'Democrats said' is the party."""
PRONOUN_THAT = r"[,.;:!?\"”’]"
"""'I understand that, but ...': 'that' is the object, not the opening of a claim."""
TOLD = r"(?:being\s+)?(?:told|led\s+to\s+believe)\b(?!\s+to\b)"
"""'We're told the talks failed' hides a source; 'we were told to stand down' is an order."""
NOT_OBEYING = r"(?<!\bdo\sas\s)(?<!\bdid\sas\s)(?<!\bdoes\sas\s)"
"""'do as we're told' is obeying an order, not hearsay ('or so we're told' is)."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{COMMUNITY}\s+{w.AUX}{RESPONSE}",
        ("community", "industry"),
        40,
    ),
    Cue(
        "A102",
        rf"\b{REACTION}\s+(?:\w+\s+)?from\s+(?:{COMMUNITY}|{w.QUANTIFIER}{w.CROWD})\b",
        REACTION_KEYS,
        0,
    ),
    Cue(
        "A104",
        rf"\b(?:{REACTION}|heard|learned|learnt)\s+(?:\w+\s+){{0,8}}?from\s+{SEVERAL}\s+"
        rf"(?-i:(?:[a-z][\w-]*\s+)?){w.ROLE_HEAD}(?<=s)\b",
        REACTION_KEYS,
        0,
    ),
    Cue(
        "A102",
        rf"\b{SOME_OF}\s+(?-i:(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+)?){PARTY}\s+{w.AUX}{w.OPINE}"
        rf"{w.VERB_END}",
        ("democrats", "republicans", "tories", "mps", "backbenchers"),
        REACH,
    ),
    Cue(
        "A101",
        rf"\b(?:people|those|associates)\s+around\s+(?-i:[A-Z][\w'’-]+)\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}?{w.AUX}(?:{w.SAY}|{w.OPINE})\b",
        ("around",),
        REACH,
    ),
    Cue(
        "A101",
        rf"{NOT_OBEYING}\b(?:we|i)(?:['’]ve|['’]d)?\s+(?:(?:have|had|also|now|keep|kept)\s+)*"
        rf"(?:(?:understand|hear|heard|hearing|read)(?:\s+that\b(?!\s*{PRONOUN_THAT})|"
        r"(?=\s+there\s+(?:is|are|was|were|will|has|have)\b))|(?:are|were|have\s+been|"
        rf"had\s+been|am)\s+{TOLD})|{NOT_OBEYING}\b(?:we['’]re|i['’]m)\s+{TOLD}",
        (
            "understand that",
            "hear that",
            "hear there",
            "heard there",
            "hearing there",
            "heard that",
            "hearing that",
            "read that",
            "told",
            "led to",
        ),
        30,
        outside_quotes=True,
    ),
)
