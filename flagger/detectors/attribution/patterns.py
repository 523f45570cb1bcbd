"""The attribution cues as regular expressions, each with the keywords that find it cheaply.

Each match of a cue contains one of its keywords (lower-cased), starting at most `reach`
characters before it, so only the word starts in that window are tried. A cue whose words run
on for more than REACH characters before its keyword is found from a later word.
"""

from __future__ import annotations

import re
from functools import cache

from flagger.annotations import recache
from flagger.detectors.attribution import (
    adherents,
    agentless,
    causative,
    chains,
    clauses,
    consensus,
    crowds,
    described,
    emerging,
    groups,
    headlines,
    hearsay,
    individuals,
    informed,
    kinds,
    online,
    openers,
    partitive,
    reception,
    relations,
    repute,
    saying,
    shares,
    stirred,
    trades,
    unauthorised,
)
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

FORECAST = (
    r"(?:project(?:s|ed)?|estimate[sd]?|predict(?:s|ed)?|forecast|forecasts)"
    r"(?!\s+(?:onto|on|into|in|to|by|at|from|for|as)\b)"
)
"""Sources give figures as well as words: 'money market sources project a surplus'; not the
participle ('light sources projected onto the wall')."""
TOLD = (
    r"(?:told|tells|added|adds)(?!\s+(?:them|him|her|us|me|participants|patients|subjects)\s+to\b)"
)
"""A crowd telling an outlet or adding a point ('analysts told Reuters', 'experts added that');
not an instruction ('researchers told participants to wait')."""
PLACED = (
    r"(?:(?:linked|connected|tied)\s+to|in|at|within|inside|around|near)\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+|(?:[A-Z]\.)+)\s+){1,4}?"
)
"""Where sources sit, which names none of them: 'sources in the ministry said', 'sources linked
to the presidency said', 'sources at the U.S. embassy said'; never past a sentence's end."""
SPOKE = r"(?:say|says|said|told|tells|added|claim(?:s|ed)?|believe[sd]?|think|thought)"
"""What sources so placed do: speak or hold a view; not 'report' or 'indicate', which a reading
does too ('sources at the plant report a leak')."""
SHARED = r"shared(?=\s*:|\s+that\b)"
"""'A source shared: "..."': a source passing on what it knows; not 'shared in the costs'."""
_CITED = (r"(?:cited|quoted)\s+(?:in|by)\s+(?:(?:the|an?|his|her|its|their)\s+)?"
          r"(?:(?!(?:is|are|was|were|has|have|had|not|will|would|the|an?)\b)[\w'’.!-]+\s+){1,3}?")
"""Between sources and their verb, where they were cited: "Sources cited in the report said"."""
NOT_A_NOUN = "".join(
    rf"(?<!\b{word}\s)" for word in ("a", "an", "the", "his", "her", "its", "our", "their")
)
"""A speech word after a determiner is a noun: 'an eyewitness to all aspects of her claim'."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A101",
        rf"\baccording\s+to\s+(?:(?:an?|one|another)\s+|{w.COUNT_OF})?(?:(?:{w.SOURCE_WORDS}|(?-i:{w.CAPITALISED}))\s+)*"
        r"sources?\b(?!\s+of\b)",
        ("according",),
        0,
    ),
    Cue(
        "A101",
        rf"\b(?:{w.COUNT_OF})?(?:{w.SOURCE_WORDS}\s+)*sources?\s+(?:{_CITED})?(?:(?:who\s+)?{w.AUX}(?:{w.SAY}|{FORECAST}|{SHARED})\b|close\s+to|"
        rf"familiar\s+with|{PLACED}{w.AUX}{SPOKE}{w.VERB_END})",
        ("source",),
        REACH,
    ),
    Cue(
        "A101",
        rf"\b{w.SAY}\s+(?:(?:{w.SOURCE_WORDS}|(?-i:{w.CAPITALISED}))\s+)*sources\b",
        ("sources",),
        REACH,
    ),
    Cue(
        "A101",
        rf"\b(?:quot(?:ed|ing)|cit(?:ed|ing)|from)\s+(?!(?:{w.COUNT_WORDS}\s+)+sources)"
        rf"(?:(?:{w.SOURCE_WORDS}|(?-i:{w.CAPITALISED})|and|"
        rf"(?-i:[a-z][\w-]*)(?=\s+(?:{w.SOURCE_WORDS}|(?-i:[A-Z]))))"
        r"\s+){1,5}sources\b(?!\s+(?:of|for)\b)",
        ("sources",),
        REACH,
    ),
    Cue(
        "A101",
        rf"\b(?:quot(?:ed|ing)|cit(?:ed|ing))\s+(?:{w.COUNT_WORDS}\s+)+(?:(?-i:[a-z][\w-]*)\s+)?"
        r"sources\b(?!\s+(?:of|for|who|that|close|familiar)\b)",
        ("sources",),
        40,
    ),
    Cue(
        "A101",
        r"\b(?:on|under)\s+(?:the\s+)?conditions?\s+(?:of\s+anonymity|that\s+(?:he|she|they)\s+"
        r"(?:not\s+be|remain\s+un)(?:named|identified))",
        ("condition",),
        REACH,
    ),
    Cue(
        "A101",
        r"\b(?:people|(?:person|individual)s?|officials?|insiders?|someone|a\s+person|sources?|those)\s+"
        r"(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|briefed\s+on)\s+"
        rf"{w.OWNER}(?:matter|situation|talks|discussions|negotiations|plans?|"
        r"deal|decision|thinking|investigation|case|process|probe|meetings?|conversations?|"
        r"calls?|agreement|proposals?|transaction|review|effort|arrangements?|request|inquiry|"
        r"offer|bid|sale|merger|operation)",
        ("familiar", "knowledge", "close", "briefed"),
        REACH,
    ),
    Cue(
        "A101",
        r"\b(?:an?\s+|one\s+|two\s+|three\s+|several\s+)?(?:(?:unnamed|anonymous)\s+"
        rf"(?:[\w-]+\s+){{0,2}}(?:sources?|persons?|people|{w.ROLE}|{w.CROWD})|unidentified\s+"
        rf"(?:[\w-]+\s+){{0,2}}(?:sources?|officials?|(?:persons?|people|{w.ROLE}|{w.CROWD})"
        rf"(?=\s+{w.AUX}{w.SAY}\b)))\b",
        ("unnamed", "anonymous", "unidentified"),
        REACH,
    ),
    Cue(
        "A102",
        rf"\b{w.QUANTIFIER}{w.CROWD}{w.ALONGSIDE}{w.POSTMODIFIER}{w.ASIDE}\s+{w.AUX}"
        rf"(?:{w.OPINE}|{w.LABEL}|{TOLD}){w.VERB_END}",
        w.CROWD_WORDS,
        REACH,
    ),
    Cue(
        "A102",
        rf"{w.INVERTED}{w.OPINE}\s+{w.QUANTIFIER}{w.CROWD}\b(?!\s+(?:at|from|with|of|including|such\s+as|"
        rf"like|led\s+by)\s+(?-i:[A-Z]))(?!\s+(?-i:[A-Z][a-z])){w.NOT_A_SUBJECT}",
        w.CROWD_WORDS,
        REACH,
    ),
    Cue(
        "A102",
        rf"(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\blet\s)(?<!\bhelp\s)(?<!\bhow\s)(?<!\bsure\s)"
        rf"\b(?:(?:many|some|most|few|other|several)\s+(?:other\s+)?(?:people|observers|americans|"
        rf"others|of\s+(?:them|those))|many|some|others|most|(?<!\ba\s)few|people|everyone|"
        rf"everybody)\s+"
        rf"{w.AUX}(?:(?:believe[sd]?|say|(?<=one\s|ody\s)says|saying|(?:think|thought)|argue[sd]?|fear(?:ed|ing)?|suspect(?:ed)?|"
        rf"claim(?:ed)?|feel|felt|suggest(?:ed)?|see|saw|view|consider|expect|hoped?|"
        rf"(?<=had\s|ave\s)(?:envisaged|anticipated|predicted|imagined|said)|"
        rf"question(?:ed)?|assume[sd]?|allege[sd]?|wonder(?:ed)?|{crowds.SPECULATE}|{crowds.FOUND}|"
        rf"{crowds.VOICE}|raise[sd]?\s+(?:(?:serious|fresh|new)\s+)?(?:doubts|concerns|questions)|"
        rf"{crowds.PROGRESSIVE}|{crowds.KNOW})\b(?!\s+of\b)|"
        rf"(?:are|were|(?:seem|seemed)(?:\s+to\s+be)?)\s+(?:(?:more|less|\w+ly|also|already|still)\s+){{0,2}}"
        rf"(?:{w.STANCE}|perplexed|baffled|puzzled|bewildered|eager)\b)|"
        r"\bleading\s+(?:many|some|others|observers|people|critics|opponents)\s+to\s+"
        r"(?:believe|think|assume|accuse|speculate|conclude|suspect|question|wonder)\b",
        (
            "many",
            "some",
            "others",
            "other",
            "most",
            "few",
            "people",
            "everyone",
            "everybody",
            "leading",
            "several",
        ),
        0,
    ),
    Cue(
        "A102",
        r"\bit(?:\s+is|\s+was|\s+has\s+been|['’]s)\s+(?:widely\s+|generally\s+|commonly\s+)?(?:believed|"
        r"thought|accepted|agreed|assumed|feared|estimated)\s+that\b",
        ("it",),
        0,
    ),
    Cue(
        "A102",
        r"(?<!['’])\b(?:(?:two|three|several|many|some|numerous|multiple|other|recent|new)\s+)*"
        r"(?-i:(?:[a-z][\w-]*,?\s+){0,3}?)(?:studies|research|experts|science|surveys)"
        r"(?:\s+(?:of|on|in)(?:\s+[\w-]+){1,3}?)?\s+"
        r"(?:have\s+|has\s+)?(?:show|shows|shown|suggest|suggests|suggested|proves?|found|finds|"
        r"indicates?|indicated|support|supports)\b",
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
        rf"\b{w.ROLE_PHRASE}{w.POSTMODIFIER}\s+{w.AUX}(?:(?<=s\s)|(?!reports?\b))"
        rf"(?:{w.SAY}|{w.OPINE}|{w.DISPUTE}){w.VERB_END}",
        w.ROLE_WORDS,
        w.ROLE_REACH,
    ),
    Cue(
        "A104",
        rf"\b{w.INDEFINITE}\s+(?-i:(?:(?:{w.PREMODIFIER}|{w.CAPITALISED})\s+){{0,3}}?){w.ROLE}\s+"
        rf"(?:at|with|from|in|to|for|within|inside)\s+(?:{w.PLACE_WORD}\s+){{1,6}}?{w.AUX}{NOT_A_NOUN}"
        rf"(?:{w.SAY}|{w.LABEL}){w.VERB_END}",
        w.ROLE_WORDS,
        w.ROLE_REACH,
    ),
    Cue(
        "A104",
        rf"{w.INVERTED}{w.SAY}\s+{w.INDEFINITE}\s+"
        rf"(?-i:(?:(?:{w.PREMODIFIER}|{w.BODY_WORD})\s+){{0,5}}?){w.ROLE}\b{w.NOT_A_SUBJECT}",
        w.ROLE_WORDS,
        w.ROLE_REACH,
    ),
    Cue(
        "A104",
        rf"\b(?:{w.INVERTED_SAY}\s+the\s+(?-i:(?:[a-z][\w-]*\s+){{0,2}}?){w.ANAPHOR}\b|"
        rf"according\s+to\s+the\s+(?-i:(?:[a-z][\w-]*\s+){{0,2}}?){w.ANAPHOR}\b"
        r"(?!\s+(?:of|at|for|in|to|from|with)\b)(?=\s*[,.;])|"
        rf"(?:the|that|this)\s+(?-i:(?:[a-z][\w-]*\s+){{0,2}}?){w.ANAPHOR}\s+(?:says|told|{w.INVERTED_SAY}|{w.GOES_ON}|{w.LABEL}(?!\s+\w+\s+(?:over|in|back|up|out|off|away|down)\b))\b)",
        w.ANAPHOR_WORDS,
        REACH,
    ),
    Cue(
        "A104",
        rf"\baccording\s+to\s+{w.ROLE_PHRASE}\b(?!\s+(?!\w*ly\b)"
        r"(?!(?:in|at|from|of|who|familiar|close|with|on|and|say|said)\b)(?-i:[a-z]))",
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
        r"news\s+|various\s+|multiple\s+|recent\s+|published\s+)*(?:reports|media|rumou?rs|"
        r"predictions|estimates)\b|\baccording\s+to\s+(?:(?:some|several|various|multiple|"
        r"unconfirmed|local|media|press|news)\s+)*(?:eye)?witness\s+accounts\b",
        ("according",),
        0,
    ),
    Cue(
        "A103",
        r"\b(?:there\s+(?:are|were|have\s+been)\s+(?!no\b|few\b)(?:[a-z-]+\s+){0,3}?"
        r"(?:reports|rumou?rs)\b|"
        r"unconfirmed\s+reports|rumou?rs\s+(?:have\s+)?(?:circulated|suggest|say|spread))\b",
        ("there", "unconfirmed", "rumo"),
        0,
    ),
    Cue(
        "A103",
        r"\breportedly\b|\bwidely\s+reported\b|\breported\s+widely\b|\bword\s+has\s+it\b",
        ("reportedly", "widely", "reported widely", "word"),
        0,
    ),
    Cue(
        "A103",
        r"\b(?:reports|rumou?rs)\s+(?:have\s+|had\s+)?(?:emerged|surfaced|circulated|appeared|"
        r"spread|swirled|suggest(?:ed|s)?|indicated?)\b|"
        r"\brumou?rs\s+(?:(?:are|were|have\s+been|had\s+been)\s+)?(?:flying|swirling|"
        r"(?:going|doing)\s+(?:a)?round|r[au]n(?:ning)?\s+wild|circulating|spreading)\b|"
        r"\brumou?rs\s+and\s+speculation\b|\bspeculation\s+and\s+rumou?rs\b",
        ("reports", "rumo", "speculation"),
        0,
    ),
    Cue(
        "A103",
        r"\bamid\s+(?:[a-z-]+\s+){0,2}?(?:reports|rumou?rs|claims|speculation|suggestions)\b",
        ("amid",),
        0,
    ),
    Cue(
        "A103",
        rf"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:widely\s+|also\s+|generally\s+)?"
        rf"(?:{w.REPORT_VERB}\s+to(?=\s+(?!(?:the|a|an|this|that|his|her|their|its|me|us|them|date)\b)"
        rf"(?-i:[a-z]))|quoted\s+as\s+(?:saying|telling))\b",
        w.REPORTED_WORDS,
        40,
    ),
    Cue(
        "A103",
        r"(?<!\bthe\s)\b(?:media|press|news)\s+(?:outlets\s+|organi[sz]ations\s+)?(?:was|were|is|are|have|"
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
        r"\bit(?:\s+is|\s+was|\s+has\s+been|\s+had\s+been|['’]s)\s+(?:being\s+)?"
        r"(?:\w+ly\s+|also\s+|sometimes\s+|often\s+|still\s+|now\s+|long\s+)?"
        r"(?:said|reported|rumou?red|claimed|alleged|understood|suggested|believed|thought)"
        r"(?:\s+that\b|(?=\s*,)|(?<!understood)(?=\s*[.;!?])|"
        r"(?=\s+(?:he|she|they|it|the|a|an|this|there)\b|\s+(?-i:[A-Z][a-z]+\s+[a-z]+)))|"
        r"\bit(?:['’]s|\s+has|\s+had)\s+(?:(?:\w+ly|also|often|long|sometimes|oft)\s+)?been\s+"
        r"(?:(?:\w+ly|also|often|long|sometimes)\s+)?(?:said|reported|rumou?red|claimed|alleged|"
        r"suggested)\b(?!\s+(?:to|by|of|in|and|about)\b)",
        ("it",),
        0,
    ),
    Cue(
        "A103",
        r"\b(?:circulat(?:ed|ing)|social\s+media|online|internet|unconfirmed|persistent|"
        r"widespread)\s+rumou?rs\b|\brumou?red\b",
        (
            "rumo",
            "circulat",
            "social",
            "online",
            "internet",
            "unconfirmed",
            "persistent",
            "widespread",
        ),
        0,
    ),
    Cue(
        "A103",
        r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?!no\b)(?:[a-z-]+\s+)?"
        r"(?:(?:suggestions|indications|claims|reports|talk|speculations?|a\s+theory)\s+"
        r"(?:that|of|floating)|(?:speculations?|reports)\s+(?:about|over|among))\b",
        ("there",),
        0,
    ),
    Cue(
        "A102",
        r"\b(?:widely|largely|often)\s+considered\b|\b(?:is|are|was|were)\s+considered\s+one\s+of\b",
        ("considered",),
        40,
    ),
    Cue(
        "A101",
        rf"\b(?:learned|learnt|heard|understands?|told)\s+(?:\w+\s+){{0,2}}?from\s+"
        rf"(?:{w.SOURCE_WORDS}\s+)*(?:insiders|sources)\b",
        ("learn", "heard", "understand", "told"),
        0,
    ),
    Cue(
        "A102",
        r"\b(?:there\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z-]+\s+)?"
        r"|(?:amid|with)\s+(?:growing|mounting|widespread|rising)\s+)"
        r"(?:concerns?|fears|worries|doubts|hopes)\s+(?:that|about|over)\b",
        ("there", "amid", "with"),
        0,
    ),
    Cue(
        "A101",
        rf"\b(?:people|those|someone|associates|a\s+person)\s+close\s+to\s+"
        rf"(?:the\s+|his\s+|her\s+|their\s+)?[\w'’-]+,?\s+(?:[\w'’-]+\s+){{0,2}}?{w.AUX}"
        rf"(?:{w.SAY}|{w.OPINE})\b",
        ("close",),
        REACH,
    ),
)
ALL_CUES: tuple[Cue, ...] = (
    CUES + agentless.CUES + groups.CUES + chains.CUES + relations.CUES + crowds.CUES + trades.CUES
    + adherents.CUES + headlines.CUES + hearsay.CUES + informed.CUES + partitive.CUES + repute.CUES
    + reception.CUES + consensus.CUES + online.CUES + saying.CUES + individuals.CUES + clauses.CUES
    + kinds.CUES + unauthorised.CUES + described.CUES + shares.CUES + emerging.CUES + openers.CUES
    + causative.CUES + stirred.CUES
)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """Compile a cue's pattern the first time a text holds one of its keywords.

    Compiling every cue at import took ~56 ms of each cold `flagger check` (loaded 2-core machine);
    an article holds the keywords of only some cues. A later run rebuilds each from the program
    `recache` stored (all 57 took ~200 ms to compile).
    """
    return recache.compile(pattern, re.IGNORECASE)
