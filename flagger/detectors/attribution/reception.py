"""Blame and criticism with no one behind it: 'has faced heavy criticism', 'were criticised as
flawed', 'is blamed for'.

A passive verdict of fault ('criticised', 'blamed') or a faced reaction
('faced criticism') says that somebody judged a person or act, never who (A102), as 'is often
praised' does; an agent named after it ('by the court', 'from Senator Cole') is a source, and
one known only as a crowd ('by environmental groups') is none. A crowd's view of what a person
or thing is, in the passive ('was described by witnesses as calm'), is the same unnamed verdict.
"""

from __future__ import annotations

from flagger.detectors.attribution import trades
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

FAULTED = (
    r"(?:critici[sz]ed|condemned|blamed|denounced|derided|slammed|lambasted|"
    r"castigated|vilified|faulted|chastised|censured)"
)
"""Participles of a verdict of fault passed on a person or act; not 'accused', which in news
is mostly a formal charge with its accuser known ('the nine are accused of fraud')."""
GROUNDS = r"(?:as|(?<=blamed\s)(?:for|over))"
"""What the verdict holds the person or act to be ('criticised as flawed') or to have caused
('blamed for the slump'); a bare 'was criticised' is mostly followed by its critic or by nothing
the reader can weigh, and 'was criticised for joking' reports that an act drew criticism, not a
claim anyone could check (annotators leave it unmarked)."""
BEFORE = (
    r"(?:(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|also|even|now|still|often|much)\s+)?|"
    r"(?<=\band\s))"
)
"""A finite or perfect passive ('has been blamed', 'were criticised'), or one joined to a
description ('a group ... and blamed for'); not a feared one ('would be blamed for')."""
REACTION = r"(?:criticism|condemnation|backlash|censure)"
"""What a person faces when unnamed people fault them; not 'allegations' or 'accusations',
which name a charge whose accusers the story knows ('faced allegations of fraud')."""
WAS = r"(?:(?:was|were|been|being)\s+(?:(?:\w+ly|also|even|now|still|often|much)\s+)?)"
"""A past or perfect passive ('was blamed on the strike'); a present 'is blamed on' is mostly a
standing explanation ('in the game, the plague is blamed on a fungus')."""
CAUSED = (
    r"(?-i:(?<=[a-z]\s))(?<!\bbe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)"
    r"(?<!\bi\s)(?<!\byou\s)(?<!\bwho\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bis\s)"
    r"(?<!\bare\s)"
)
"""A cause credited with no one behind it: 'an attack blamed on the rebels', 'killings blamed
on the militia' (a participle after its noun); not 'they blamed on', 'has blamed on', nor a
feared 'would be blamed on'."""
NOT_A_DAY = (
    r"(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|social\s+media|"
    r"(?:the\s+)?(?:radio|television|TV|air)\b))"
)
"""'officials blamed on Monday' and 'blamed on social media' are an active verb and its
occasion, not a cause credited to someone."""
NO_AGENT = (
    r"(?![^.;:!?]{0,80}?\b(?:by|from)\s+(?:[^.;:!?]{0,40}?\b(?:such\s+as|including|like)\s+)?"
    r"(?:the\s+)?[\"“]?(?-i:[A-Z]))"
)
"""The verdict's giver named soon after ('by the court', 'from Senator Cole', 'from groups such
as the Dock Union') is a source."""
BY_CROWD = (
    r"by\s+(?:(?:many|some|several|various|numerous|other|a\s+number\s+of)\s+)?"
    rf"(?:{w.PREMODIFIER}\s+){{0,2}}?(?:groups|lawmakers|legislators|residents|fans|users|"
    rf"politicians|people|others|many|some|{w.CROWD}|(?-i:{w.ROLE_HEAD})(?<=s)|{trades.AGENT})\b"
    r"(?!,?\s+(?:at|from|of|in|with|including|such\s+as|like|led\s+by)\s+(?:the\s+)?(?-i:[A-Z]))"
)
"""A verdict's givers known only as a crowd, a role or a trade: 'criticised by environmental
groups', 'widely criticized by lawmakers', 'criticized by people across the spectrum',
'described by eyewitnesses as'; not 'by groups such as the Dock Union', 'by campaigners,
including Ana Roe', 'by lawmakers in Ohio' nor 'by the analysts' the story has introduced."""
REGARDED = r"(?:described|seen|viewed|regarded|considered|branded|labell?ed|dubbed|portrayed)"
"""A crowd's view of what a person or thing is ('was described by witnesses as calm', 'is seen
by many as a rival'); only with 'as' after the crowd: 'seen by residents leaving' is sight."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{BEFORE}{FAULTED}\s+{GROUNDS}\b(?!\s+by\b){NO_AGENT}",
        ("critici", "condemned", "blamed", "denounced", "derided", "slammed",
         "lambasted", "castigated", "vilified", "faulted", "chastised", "censured"),
        40,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"\b{BEFORE}(?:{FAULTED}|praised|lauded|hailed|panned)\s+{BY_CROWD}",
        ("critici", "condemned", "blamed", "denounced", "derided", "slammed",
         "lambasted", "castigated", "vilified", "faulted", "chastised", "censured", "praised",
         "lauded", "hailed", "panned"),
        40,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"\b{BEFORE}{REGARDED}\s+{BY_CROWD}(?:\s+(?!as\b)[\w'’-]+){{0,4}}?\s+as\b",
        ("described", "seen", "viewed", "regarded", "considered", "branded", "labeled",
         "labelled", "dubbed", "portrayed"),
        40,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"(?:\b{WAS}|{CAUSED})blamed\s+on\b{NOT_A_DAY}(?!\s+(?:him|her|them|it)\b){NO_AGENT}",
        ("blamed",),
        40,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"(?<!\bto\s)\b(?:face[sd]?|facing|drew|draws?|drawn|drawing|attracted|attracts?|sparked|"
        rf"came\s+under|come\s+under|coming\s+under)\s+(?:\w+\s+){{0,2}}?{REACTION}\b{NO_AGENT}",
        ("criticism", "condemnation", "backlash", "censure"),
        40,
        agentless=True,
    ),
)
