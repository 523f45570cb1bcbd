"""Reports, rumours and outlets nobody names: 'shares fell on reports that', 'the minister
responded to reports that', 'banned imports after reports of an outbreak', 'rumours abound that',
'local media reported', 'several outlets said', 'newspapers noted', 'multiple outlets are
reporting', 'published reports said'.

Bare plural 'reports that' after a preposition carries a claim nobody is credited with (A103),
like 'amid reports'; with a determiner ('the reports that he filed') or as the object of a
verb ('denied reports that', which has a speaker) it does not.
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

REACTED = r"(?:to|on|of|about|after|following|despite|over|by|with)"
"""Prepositions of what a clause reacts to: 'responded to', 'fell on', 'news of'."""
KIND = r"(?:(?:recent|earlier|new|fresh|unconfirmed|media|press|news|local|persistent)\s+)*"
WHICH_MEDIA = (
    r"(?:(?:local|state|state-run|state-owned|foreign|western|international|national|regional|"
    r"opposition|some|several|many|various|other|multiple|unnamed|unspecified)|"
    rf"(?-i:{w.NATIONALITY}))"
)
"""Outlets described by where or how many they are, which names none of them ('local media',
'Russian media', 'several outlets'); 'the media' is the press the story is about."""
OUTLETS = r"(?:media(?:\s+outlets)?|news\s+outlets|outlets|newspapers|press|broadcasters)"
"""Outlets in the plural; one broadcaster ('state television') is an identifiable body."""
MEDIA_SAY = (
    r"(?:report(?:s|ed)?|say|says|said|claim(?:s|ed)?|suggest(?:s|ed)?|speculate[sd]?|"
    r"allege[sd]?|noted|wrote|warn(?:s|ed)?|(?:is|are|was|were|have\s+been)\s+(?:also\s+)?(?:reporting|"
    r"saying|claiming|speculating|suggesting))"
)
WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)"
)
"""'Russian media wrote Friday': a day or month after the verb is when, not whom it named."""
THE_MEDIA_CLAIM = (
    r"(?:said|says|claim(?:s|ed)?|speculated?|speculates|allege[sd]?|expects?|expected|"
    r"accuse[sd]?|insist(?:s|ed)?|(?:is|are|was|were|(?:has|have)\s+been)\s+"
    r"(?:\w+ly\s+)?(?:claiming|speculating|saying|accusing|insisting|suggesting))"
)
"""What 'the media' claims or expects as a crowd: 'the media expects', 'the mainstream media
claimed'. What it reports ('the media reported that the mill will close') is the press the
story is about, and its coverage ('reported on the trial') is no claim."""
AN_OUTLET = (
    r"\b(?:an?|one|another)\s+(?:(?:local|state|state-run|state-owned|foreign|regional|national|"
    rf"opposition|daily|weekly|leading|popular|major|pro-\w+|(?-i:{w.NATIONALITY}))\s+){{1,3}}"
    r"(?:newspaper|paper|daily|tabloid|weekly|magazine|broadcaster|television|TV|radio|"
    r"news\s+(?:agency|site|website|outlet)|website|outlet)"
)
"""One outlet known only by where or what it is ('an Israeli daily', 'a local newspaper', 'a
pro-government tabloid'): as unnamed as 'local media'; 'a newspaper' alone is no such outlet."""
PAPER_SAYS = (
    r"(?:reports|reported|said|says|claim(?:s|ed)?|wrote|writes|quoted|cited|alleged|"
    r"(?:is|was)\s+reporting)"
)
"""What the outlet did; 'an Italian newspaper report that' is a report a speaker denies."""
UNLED = r"(?<![\w'’-]\s)(?<![\w'’-])"
"""Nothing before the noun but the start of a clause: 'Reports said ...', '..., media
reported'; not 'the media reported' (the press the story is about) nor 'company reports said'."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A103",
        rf"{UNLED}\b(?:reports|media)\s+{w.AUX}{MEDIA_SAY}\b(?!\s+(?!{WHEN}\b)(?-i:[A-Z]))",
        ("reports", "media"),
        0,
    ),
    Cue(
        "A103",
        rf"\b{REACTED}\s+{KIND}speculation\s+(?:that|about|over)\b|"
        r"\bspeculation\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
        r"(?:growing|mounting|rife|swirling|rising)|(?:has|had)\s+(?:grown|mounted))\s+"
        r"(?:that|about|over)\b",
        ("speculation",),
        40,
    ),
    Cue(
        "A103",
        rf"{AN_OUTLET}\s+{w.AUX}{PAPER_SAYS}\b|"
        rf"\b(?:an?|one)\s+(?:[a-z-]+\s+)?report\s+(?:in|by|on)\s+{AN_OUTLET}\b",
        ("newspaper", "paper", "daily", "tabloid", "weekly", "magazine", "broadcaster",
         "television", "tv", "radio", "news", "website", "outlet"),
        48,
    ),
    Cue(
        "A103",
        rf"\b{REACTED}\s+{KIND}reports\s+(?:that|of)\b",
        ("reports",),
        40,
    ),
    Cue(
        "A103",
        r"\b(?:rumou?rs|reports|speculation)\s+(?:abound|abounds|persist|persisted|persists|"
        r"(?:are|were|is|was)\s+rife)\b",
        ("rumo", "reports", "speculation"),
        0,
    ),
    Cue(
        "A103",
        rf"\b(?:{WHICH_MEDIA}\s+){{1,2}}{OUTLETS}{w.ASIDE}\s+{w.AUX}{MEDIA_SAY}\b"
        rf"(?!\s+(?!{WHEN}\b)(?-i:[A-Z]))",
        ("media", "news", "outlets", "newspapers", "press", "broadcasters"),
        40,
    ),
    Cue(
        "A103",
        r"(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)(?<!['’]s\s)"
        r"\b(?:newspapers|tabloids)\s+"
        rf"{w.AUX}{MEDIA_SAY}\b(?!\s+(?-i:[A-Z]))",
        ("newspapers", "tabloids"),
        24,
    ),
    Cue(
        "A103",
        r"\b(?:(?:recent|earlier|new|fresh|initial|unconfirmed|local|published|several|multiple|"
        r"various|some|other)\s+){1,2}(?:(?:media|press|news)\s+)?reports\s+"
        rf"{w.AUX}"
        rf"(?:said|say|suggested|claimed|indicated|showed|noted|stated)\b",
        ("reports",),
        40,
    ),
    Cue(
        "A103",
        rf"\bthe\s+(?:(?-i:[a-z][\w-]*)\s+)?media\s+{w.AUX}{THE_MEDIA_CLAIM}\b",
        ("media",),
        24,
    ),
)
