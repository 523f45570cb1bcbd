"""The attribution cues as regular expressions, each with the keywords that find it cheaply.

Each match of a cue contains one of its keywords (lower-cased), starting at most `reach`
characters before it, so only the word starts in that window are tried. A cue whose words run
on for more than REACH characters before its keyword is found from a later word.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from flagger.detectors.attribution import words as w

REACH = 160


class Cue(NamedTuple):
    """A rule code, its pattern, the keywords one of which each match holds, and their reach."""

    code: str
    pattern: str
    keywords: tuple[str, ...]
    reach: int


CUES: tuple[Cue, ...] = (
    Cue(
        "A101",
        rf"\baccording\s+to\s+(?:{w.SOURCE_WORDS}\s+)*sources?\b",
        ("according",),
        0,
    ),
    Cue(
        "A101",
        rf"\b(?:{w.SOURCE_WORDS}\s+)*sources?\s+(?:close\s+to|familiar\s+with|{w.SAY}\b)",
        ("source",),
        REACH,
    ),
    Cue(
        "A101",
        rf"\b{w.SAY}\s+(?:{w.SOURCE_WORDS}\s+)*sources\b",
        ("sources",),
        REACH,
    ),
    Cue(
        "A101",
        r"\b(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they)\s+"
        r"(?:not\s+be|remain\s+un)(?:named|identified))",
        ("condition",),
        REACH,
    ),
    Cue(
        "A101",
        r"\b(?:asked|declined)\s+not\s+to\s+be\s+(?:named|identified)|"
        r"\bdeclined\s+to\s+be\s+(?:named|identified)",
        ("asked", "declined"),
        0,
    ),
    Cue(
        "A101",
        r"\b(?:people|persons?|officials?|insiders?|someone|a\s+person|sources?)\s+"
        r"(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|briefed\s+on)\s+"
        r"(?:the\s+|his\s+|her\s+|their\s+)?(?:matter|situation|talks|discussions|negotiations|plans?|"
        r"deal|decision|thinking|investigation|case|process|probe)",
        ("familiar", "knowledge", "close", "briefed"),
        REACH,
    ),
    Cue(
        "A101",
        r"\b(?:an?\s+|one\s+|two\s+|three\s+|several\s+)?(?:unnamed|anonymous|unidentified)\s+"
        r"(?:[\w-]+\s+){0,2}(?:officials?|sources?|persons?|people|diplomats?|insiders?|aides?)\b",
        ("unnamed", "anonymous", "unidentified"),
        REACH,
    ),
    Cue(
        "A102",
        rf"\b{w.QUANTIFIER}{w.CROWD}\s+(?:have\s+|has\s+|had\s+|also\s+|now\s+|long\s+|\w+ly\s+)?"
        rf"{w.OPINE}\b",
        w.CROWD_WORDS,
        REACH,
    ),
    Cue(
        "A102",
        rf"\b{w.OPINE}\s+{w.QUANTIFIER}{w.CROWD}\b(?!\s+(?:at|from|with|of|including|such\s+as|"
        r"like|led\s+by)\s+[A-Z])(?!\s+[A-Z][a-z])",
        w.CROWD_WORDS,
        REACH,
    ),
    Cue(
        "A102",
        r"\b(?:many|some|others|most|people|everyone|everybody)\s+(?:people\s+|observers\s+|"
        r"americans\s+|others\s+)?(?:believe|say|saying|think|thought|argue|fear|suspect|claim|"
        r"feel|suggest|see|view|consider|expect|hope)\b",
        ("many", "some", "others", "most", "people", "everyone", "everybody"),
        0,
    ),
    Cue(
        "A102",
        r"\bit\s+(?:is|was|has\s+been)\s+(?:widely\s+|generally\s+|commonly\s+)?(?:believed|"
        r"thought|accepted|agreed|assumed|known|estimated)\s+that\b",
        ("it",),
        0,
    ),
    Cue(
        "A102",
        r"\b(?-i:(?:[a-z][\w-]*\s+){0,3}?)(?:studies|research|experts|science|surveys)\s+"
        r"(?:have\s+|has\s+)?(?:show|shows|shown|suggest|suggests|suggested|proves?|found|finds|"
        r"indicates?|indicated)\b",
        ("studies", "research", "experts", "science", "surveys"),
        REACH,
    ),
    Cue(
        "A102",
        rf"\baccording\s+to\s+{w.QUANTIFIER}{w.CROWD}\b",
        ("according",),
        0,
    ),
    Cue(
        "A104",
        rf"\b{w.DESCRIBED}{w.ROLE}\s+(?:have\s+|has\s+|had\s+|also\s+|\w+ly\s+)?"
        rf"(?:{w.SAY}|{w.OPINE})\b",
        w.ROLE_WORDS,
        REACH,
    ),
    Cue(
        "A104",
        rf"\b{w.SAY}\s+(?:an?|one|two|three|several|another)\s+"
        rf"(?-i:(?:(?:[a-z][\w-]*|{w.NATIONALITY})\s+){{0,3}}?){w.ROLE}\b",
        w.ROLE_WORDS,
        REACH,
    ),
    Cue(
        "A104",
        r"\b(?:said\s+the\s+(?-i:(?:[a-z][\w-]*\s+){0,2}?)(?:official|source|insider)s?\b|"
        r"the\s+(?-i:(?:[a-z][\w-]*\s+){0,2}?)(?:official|source|insider)s?\s+"
        r"(?:said|says|told|added)\b)",
        ("official", "source", "insider"),
        REACH,
    ),
    Cue(
        "A104",
        rf"\baccording\s+to\s+{w.DESCRIBED}{w.ROLE}\b",
        ("according",),
        0,
    ),
    Cue(
        "A103",
        r"\b(?:media|press|news)\s+reports?\s+(?:have\s+|had\s+)?(?:appeared|emerged|surfaced|"
        r"circulated|said|say|says|suggest(?:ed|s)?|indicate[sd]?|claim(?:ed|s)?|alleged?)\b",
        ("media", "press", "news"),
        0,
    ),
    Cue(
        "A103",
        r"\baccording\s+to\s+(?:some\s+|several\s+|unconfirmed\s+|local\s+|media\s+|press\s+|"
        r"news\s+|various\s+|multiple\s+|recent\s+)*(?:reports|media|rumou?rs|predictions|"
        r"estimates)\b",
        ("according",),
        0,
    ),
    Cue(
        "A103",
        r"\b(?:there\s+(?:are|were|have\s+been)\s+(?:unconfirmed\s+)?reports|"
        r"unconfirmed\s+reports|rumou?rs\s+(?:have\s+)?(?:circulated|suggest|say|spread))\b",
        ("there", "unconfirmed", "rumo"),
        0,
    ),
    Cue(
        "A103",
        r"\breportedly\b|\bwidely\s+reported\b|\bword\s+has\s+it\b",
        ("reportedly", "widely", "word"),
        0,
    ),
    Cue(
        "A103",
        r"\b(?:reports|rumou?rs)\s+(?:have\s+|had\s+)?(?:emerged|surfaced|circulated|appeared|"
        r"spread|swirled|suggest(?:ed|s)?|indicated?)\b",
        ("reports", "rumo"),
        0,
    ),
    Cue(
        "A103",
        r"\bamid\s+(?:[a-z]+\s+){0,2}?(?:reports|rumou?rs|claims)\b",
        ("amid",),
        0,
    ),
    Cue(
        "A103",
        rf"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely\s+|also\s+|generally\s+)?"
        rf"(?:{w.REPORT_VERB}\s+to(?=\s+(?!(?:the|a|an|this|that|his|her|their|its|me|us|them)\b)"
        rf"(?-i:[a-z]))|quoted\s+as\s+(?:saying|telling))\b",
        w.REPORTED_WORDS,
        40,
    ),
    Cue(
        "A103",
        r"\b(?:media|press|news)\s+(?:outlets\s+|organi[sz]ations\s+)?(?:was|were|is|are|have|"
        r"has)\s+(?:been\s+)?(?:reporting|saying|claiming|speculating)\b",
        ("media", "press", "news"),
        0,
    ),
    Cue(
        "A103",
        r"\b(?:some|several|many|other|various|multiple|unconfirmed)\s+(?:recent\s+|earlier\s+)?"
        r"(?:reports|estimates|accounts|rumou?rs)\b",
        ("reports", "estimates", "accounts", "rumo"),
        40,
    ),
    Cue(
        "A103",
        r"\bit\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:said|reported|rumou?red|claimed|"
        r"alleged|understood)\s+that\b",
        ("it",),
        0,
    ),
)
COMPILED = tuple((cue, re.compile(cue.pattern, re.IGNORECASE)) for cue in CUES)
