"""Unnamed people described by a kind, an outlet, a market or a party: 'a Wall Street analyst
said', 'said one Tokyo trader', 'a GOP strategist said', 'another top Democrat said', 'a Labour
backbencher has said', 'an insider close to the couple said', 'according to some
infectious-disease experts', 'one of the travellers said', 'as one farmer put it'.

After an indefinite determiner, capitalised words only describe the person ('a White House
official'), so an expert or insider so described stays a crowd voice (A102), and one member of a
party speaking alone is a role-described source (A104). The bare plural ('Democrats said') is
the party and stays quiet; an apposition after a name ('Ana Roe, a Democrat, said') has a comma
before the verb and never matches.
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

ONE = r"(?:an?|one|another)"
MANY = r"(?:two|three|four|several|some|many|other|numerous|multiple|various)"
WORDS = rf"(?-i:(?:(?:{w.PREMODIFIER}|{w.CAPITALISED})\s+){{0,3}}?)"


def described(head: str) -> str:
    """Return an unnamed person or group and what describes them: 'a', 'one senior', 'a Wall
    Street', 'several Tokyo'; after a singular determiner a singular head, so a noun before a
    plural one is no description ('a move critics say' is the move critics speak of)."""
    return rf"(?:{ONE}\s+{WORDS}{head}(?<![sS])|{MANY}\s+{WORDS}{head})"


MEMBER = (
    r"(?-i:(?:Democrat|Republican|Tory|Conservative|Liberal\s+Democrat)(?![\w-])|"
    r"MPs?\b|[Bb]ackbenchers?\b)"
)
"""One member of a party (never the bare plural, which is the party) or of a house."""
MEMBER_WORDS = ("democrat", "republican", "tory", "conservative", "mp", "backbencher")
PERSON_HEAD = rf"(?:{w.CROWD}|{w.ROLE_HEAD}|{MEMBER}|insider|friend|person)"
"""Who an unnamed person close to someone may be."""
CLOSE = rf"{described(PERSON_HEAD)}\s+(?:very\s+)?close\s+to\s+"
"""'an insider close to', 'a Democrat close to': known only by whom they stand beside."""
AGENTIVE = (
    r"(?!(?:letters|papers|posters|numbers|orders|chapters|cent(?:er|re)s|computers|servers|"
    r"layers|filters|matters|markers|banners|towers|containers|meters|parameters)\b)"
    r"(?-i:[a-z][a-z-]*(?:er|or|ist|ant|ent|an|ee)s)(?<!ments)"
)
"""A plural noun of people by what they do ('travellers', 'protesters', 'residents',
'organisers'), not of things that end the same way ('letters', 'documents')."""
ONE_OF = (
    rf"\bone\s+of\s+(?:the|those|these)\s+(?:{w.PREMODIFIER}\s+){{0,2}}?{AGENTIVE}\s+{w.AUX}"
    r"(?:said|says|told|tells|added|recalled|wrote)\b"
)
"""'one of the travellers said': one of a group who stays unnamed."""
ONE_PERSON = (
    r"\bone\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:man|woman|person|mother|father)\s+"
    r"(?:said|says|told|tells|added)\b"
)
"""'one man told the council', 'one elderly woman said': a person in the crowd, never named."""
PUT_IT = (
    r"\bas\s+(?:one|an?|another)\s+(?-i:(?:[a-z][\w-]*\s+){0,3}?)"
    r"(?!(?:saying|proverb|adage|phrase|song|headline|slogan|motto|joke)\b)[a-z][\w-]*\s+"
    r"(?:put|puts)\s+it\b"
)
"""'as one farmer put it': a view in the words of someone described only by kind; not a
saying ('as the old saying puts it')."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{described(w.CROWD)}{w.POSTMODIFIER}{w.ASIDE}\s+{w.AUX}"
        rf"(?:{w.SAY}|{w.OPINE}|{w.LABEL}){w.VERB_END}",
        w.CROWD_WORDS,
        REACH,
    ),
    Cue(
        "A102",
        rf"{w.INVERTED}{w.SAY}\s+{described(w.CROWD)}\b{w.NOT_A_SUBJECT}",
        w.CROWD_WORDS,
        REACH,
    ),
    Cue(
        "A102",
        rf"\baccording\s+to\s+{described(w.CROWD)}\b",
        ("according",),
        0,
    ),
    Cue(
        "A104",
        rf"\b{described(MEMBER)}{w.POSTMODIFIER}\s+{w.AUX}(?:{w.SAY}|{w.OPINE}){w.VERB_END}",
        MEMBER_WORDS,
        REACH,
    ),
    Cue(
        "A104",
        rf"{w.INVERTED}{w.SAY}\s+{described(MEMBER)}{w.NOT_A_SUBJECT}",
        MEMBER_WORDS,
        REACH,
    ),
    Cue("A104", rf"{ONE_OF}|{ONE_PERSON}", ("one",), 0),
    Cue("A104", PUT_IT, ("put",), 48),
)
