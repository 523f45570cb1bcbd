"""Agentless credit: a claim or verdict in the passive, with nobody standing behind it.

'Believed to be the oldest', 'with the firm said to be near a deal', 'is considered unlikely',
'is often praised', 'hailed as', 'rumours that', 'as has been reported': the reader learns
that someone holds the view, never who.
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

PASSIVE = r"(?:is|are|was|were)"
"""A finite passive ('will be considered a violation' is a rule, not a verdict)."""
EVALUATED = (
    r"(?:praised|critici[sz]ed|commended|credited|condemned|blamed|acclaimed|hailed|touted|"
    r"lauded|derided|dismissed|described|cited|recogni[sz]ed|accepted|declared|tipped)"
)
"""Participles of a verdict passed on a person or thing."""
NOT_DENIED = r"(?<!\bdenied\s)(?<!\bdenies\s)(?<!\bdeny\s)(?<!\bdismissed\s)(?<!\bdismisses\s)"
"""'denied rumours that' reports the denial, which has a speaker."""
HOW_OFTEN = r"(?:widely|often|frequently|generally|commonly|universally|routinely|much|roundly)"
HOW_WIDELY = r"(?:widely|generally|broadly|universally)"
"""'widely expected to be the date': a forecast held by many, none of them named."""
SEEN = r"(?:seen|regarded|viewed|perceived)"
HOW_SEEN = (
    r"(?:widely|generally|often|now|increasingly|largely|mostly|commonly|broadly|long|still)"
)
"""'is widely seen as': how commonly a view is held, which says that somebody holds it."""
GROWING = r"(?:now|increasingly|widely|generally|largely|broadly|commonly)"
"""'is now being regarded as': a view spreading or wide; not one a person says they suffer
('we are still being viewed as outsiders')."""
VERDICT = (
    r"(?:an?\s+(?!part\b)(?-i:[a-z][\w-]*)\b|the\s+(?:very\s+)?(?:\w+est|most|least|best|worst)\b|"
    r"(?:\w+['’]s\s+)(?:\w+est|most|least|best|worst)\b|one\s+of\b|among\b|"
    r"(?:very|so|too|less|more|most|\w+ly)\s+(?-i:[a-z])|(?:un)?likely\b|possible\b|probable\b)"
)
"""What a bare 'is considered' credits to someone: a kind of person or thing ('a reformer'), a
rank ('the best', 'one of'), a degree ('highly promising') or odds ('unlikely'); a bare class
('are considered essential workers', 'was considered sacred', 'part of') is a classification,
a rule or a belief of a time, with no one's verdict to name."""
BY_CROWD = (
    r"by\s+(?:(?:many|some|most|the\s+market|observers|critics|analysts|investors|others|"
    r"experts|commentators)\s+)"
)
"""'was seen by many as': the viewers are a crowd; 'retail sales are seen as a major part of
spending', with neither, states a plain fact."""

CREDITED = (
    r"(?:(?<=[,–—]\s)|\b(?:is|are|was|were|been|being)\s+(?:(?!widely\b)\w+ly\s+)?)"
    r"credited\s+with\s+(?:[\w-]+ly\s+)?[\w-]+ing\b(?!\s+by\b)"
)
"""A deed credited with nobody crediting it: 'is credited with saving the firm', 'Roe –
credited with creating the genre –'; the positive verdict beside 'has been blamed for'. Only a
deed (a gerund right after 'with'): 'was credited with the winning goal' or 'with 20 points'
is a record, not a view ('widely credited' has its own cue)."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A103",
        r"(?:(?<=[,(]\s)|(?<=[,(])|(?-i:(?=[A-Z])))(?:(?:believed|said|thought|rumou?red|reported)"
        r"\s+to\s+(?:be|have)\b|(?:believed|thought|rumou?red)\s+to\s+(?!(?:the|an?|his|her|"
        r"their|its|this|that|these|those|be|have)\b)(?-i:[a-z]+)(?=\s+(?-i:[a-z0-9$])))",
        ("believed", "said", "thought", "rumo", "reported"),
        0,
    ),
    Cue(
        "A102",
        rf"\b{PASSIVE}\s+(?:(?!(?:widely|largely|often|generally)\b)(?:\w+ly|even|also|still|now)\s+"
        rf"considered(?=\s+(?:to\s+be\b|(?:an?\s+)?(?!{w.FUNCTION}\b)(?-i:[a-z][\w-]*)\b))|"
        rf"considered(?=\s+(?:to\s+be\s+)?{VERDICT}))",
        ("considered",),
        40,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"\b(?:{PASSIVE}(?:\s+being)?|been|being)\s+(?:almost\s+)?{HOW_OFTEN}\s+{EVALUATED}\b(?!\s+by\b)",
        (
            "widely",
            "often",
            "frequently",
            "generally",
            "commonly",
            "universally",
            "routinely",
            "much",
            "roundly",
        ),
        12,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"\b{HOW_WIDELY}\s+(?:expected|tipped|predicted|anticipated|believed|thought|assumed)"
        r"\s+to\b",
        ("widely", "generally", "broadly", "universally"),
        0,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"\b(?:{PASSIVE}(?:\s+being)?|been|being)\s+(?:\w+ly\s+)?(?:hailed|heralded|touted)\s+as\b",
        ("hailed", "heralded", "touted"),
        40,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"\b(?:(?:{PASSIVE}|been|being)\s+|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s))(?:{HOW_SEEN}\s+{SEEN}\s+(?:{BY_CROWD})?|"
        rf"{SEEN}\s+{BY_CROWD})as\b|\b{PASSIVE}\s+{GROWING}\s+being\s+{SEEN}\s+as\b",
        ("seen", "regarded", "viewed", "perceived"),
        40,
        agentless=True,
    ),
    Cue("A102", CREDITED, ("credited",), 40, agentless=True),
    Cue(
        "A103",
        r"\b(?:swirling|circulating|spreading|doing\s+the\s+rounds|going\s+viral)\s+"
        r"(?:around\s+)?(?:on|across)\s+(?:social\s+media|the\s+internet|online|twitter|"
        r"facebook|tiktok)\b",
        ("swirling", "circulating", "spreading", "rounds", "viral"),
        0,
    ),
    Cue("A103", rf"{NOT_DENIED}\brumou?rs\s+(?:that|of)\b", ("rumo",), 0),
    Cue("A103", r"\b(?:was|were|been|being)\s+overheard\b(?!\s+by\b)", ("overheard",), 40),
    Cue(
        "A103",
        r"\bas\s+(?:has|have|had|is|was)\s+(?:(?:\w+ly|also|long|often)\s+)?(?:been\s+|being\s+)?"
        r"(?:(?:\w+ly|also|often)\s+)?(?:reported|rumou?red|claimed|alleged|speculated)\b"
        r"(?!\s+(?:by|in|on)\b)",
        ("reported", "rumo", "claimed", "alleged", "speculated"),
        40,
    ),
    Cue(
        "A103",
        r"\bwith\s+(?:[\w'’-]+\s+){1,3}?(?:said|believed|thought|reported|rumou?red)\s+to\s+"
        r"(?:be|have)\b",
        ("said", "believed", "thought", "reported", "rumo"),
        40,
    ),
)
