"""People named only by what they do, in the bare plural, speaking as a crowd: 'Oil refiners say
the rule costs them millions', 'crop prices will fall, growers warned', 'what environmentalists
call a crisis', 'or, as sceptics call it, luck'.

The head is read by its form, a noun of agency ('-ers', '-ors', '-ists', '-ants', '-ents'), not
from a list, so a trade or a crowd nobody has listed is read too: a sector speaking through
unnamed members is the role-described source of 'dealers said' (A104). It stays quiet where the
plural names a body the story can identify: office holders ('regulators', 'prosecutors',
'organisers', 'lawmakers'), the press, a poll's respondents, a party ('Republicans'), and a
plural after a name ('Boeing engineers said'), a determiner ('the refiners') or a count ('most
producers', which the crowd cues read).
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

OFFICE = (
    r"(?:regulators|prosecutors|investigators|organi[sz]ers|legislators|lawmakers|senators|"
    r"congressmen|council(?:l)?ors|commissioners|governors|governments|ministers|officers|"
    r"inspectors|auditors|administrators|directors|managers|owners|members|leaders|players|"
    r"coaches|authors|writers|editors|reporters|journalists|broadcasters|presenters|producers|"
    r"filmmakers|designers|developers|engineers|speakers|respondents|participants|jurors|"
    r"defendants|plaintiffs|petitioners|applicants|partners)"
)
"""Office holders and bodies the story can identify: the regulator, a government, the
organisers of its event, a team's players, a film's producers, a poll's respondents, the press."""
NOT_A_CROWD = (
    r"(?:others|brothers|sisters|mothers|fathers|daughters|letters|posters|numbers|orders|"
    r"chapters|cent(?:er|re)s|computers|servers|layers|filters|matters|markers|banners|towers|"
    r"containers|meters|parameters|powers|borders|chambers|waters|quarters|headquarters|offers|"
    r"figures|factors|sectors|actors|errors|tractors|monitors|motors|rumou?rs|honou?rs|"
    r"favou?rs|colou?rs|mirrors|indicators|events|students)"
)
"""Kin, things that end like a noun of agency ('letters', 'sectors'), and a school's pupils."""
AGENT = (
    rf"(?!(?:{OFFICE}|{NOT_A_CROWD}|{w.CROWD}|{w.ROLE_HEAD})\b)"
    r"[a-z][a-z-]*(?:er|or|ist|ant|ent)s\b(?<!ments)(?<!papers)"
)
"""A plural noun of agency ('refiners', 'growers', 'environmentalists', 'insurgents'), never a
thing that ends the same way ('documents', 'newspapers'), an office (`OFFICE`), nor a head the
crowd and role cues read with their own tiers (`words.CROWD`, `words.ROLE_HEAD`)."""
OPENS = (
    r"(?:(?<![\w'’,;:-]\s)(?<![\w'’,;:-])|(?<=[,;:]\s)|"
    r"(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s)|(?<=\bthough\s)|(?<=\balthough\s)|"
    r"(?<=\bbecause\s)|(?<=\bsince\s)|(?<=\bthat\s)|(?<=\bwhere\s))"
)
"""The plural opens its clause: a sentence, a clause after a comma or a conjunction ('but
growers say'); after any other word it is an object or a compound ('told refiners', 'tax
lawyers')."""
DESCRIBED = rf"(?-i:(?:(?!(?i:{w.SAY})\s)(?:{w.PREMODIFIER}|{w.NATIONALITY})\s+){{0,2}}?)"
"""Up to two lower-case or national words that describe the trade ('oil refiners', 'small
pig farmers', 'Brazilian growers'), never a name ('Exxon refiners') nor a speech verb ('but added
French millers were worried' is the speaker's report)."""
FIRST = (
    r"(?-i:(?<![\w'’,;:-]\s)(?<![\w'’,;:-])"
    rf"(?!(?i:{w.FUNCTION}|{w.INDEFINITE}|most|all|both|few|such)\s)[A-Z][a-z-]+\s+)?"
)
"""The capitalised first word of a sentence describes as a lower-case one would ('Oil refiners
say'); a count ('Most voters') is read by the crowd cues."""
HEAD = rf"(?-i:{AGENT})(?<!ists)"
"""A lower-case head: a capitalised plural of agency is as often a name ('Reuters reported',
'Sanders said') as a trade opening its sentence. The '-ist' crowds have a cue of their own
(`adherents`)."""
NOT_THINKING_OF = "".join(
    rf"(?!(?<=\b{verb})\s+(?:of|about)\b)" for verb in ("think", "thinks", "thought")
)
"""'think of the mayor as honest' describes a regard, not a claim."""
VERB = (
    rf"{w.AUX}(?!report)(?:{w.SAY}|{w.OPINE}|{w.DISPUTE})"
    rf"(?<!\bnoted)(?<!\bnotes)(?<!\badded)(?<!\badds){w.VERB_END}{NOT_THINKING_OF}"
)
"""What the trade does with a claim: say, warn, fear, argue ('growers have long argued');
noting, adding and reporting give a figure or a symptom as often as a claim ('exporters added 5
percent', 'patients report a cough')."""
VERB_WORDS = (
    "say", "said", "told", "tell", "claim", "report", "suggest", "indicat", "confirm", "reveal",
    "believ", "think", "thought", "expect", "insist", "add", "note", "warn", "alleg", "argu",
    "fear", "predict", "contend", "doubt", "worr", "complain", "feel", "felt", "question",
    "blame", "raise", "admit", "conclud", "express", "den", "condemn", "critic", "that", "are",
    "were", "remain",
)  # fmt: skip
"""A word of each verb `VERB` allows (or of its that-clause or stance): without one in the text
the cue is not tried."""
BACK = 64
"""How far before its suffix the trade may start: 'Small independent oil refin'."""
CALL = r"(?:call|calls|called|describe|describes|described|term|terms|termed|dub|dubs|dubbed)"
LABELLED = (
    rf"\b(?:what|as)\s+(?:{w.QUANTIFIER})?{DESCRIBED}(?-i:{AGENT}|{w.CROWD}|"
    rf"(?!(?:we|they|he|she|it|you|i)\b)(?:many|some|others|people))\s+{w.AUX}{CALL}\b"
    r"(?!\s+(?:for|on|off|in|up|out|back)\b)(?:\s+it\b)?"
)
"""A crowd's name for a thing: 'what environmentalists call a crisis', 'or, as climate
sceptics call it, bad luck', 'what some call a cover-up'; not 'what we call' (the speaker) nor
'what the minister called' (a named person)."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"{OPENS}{FIRST}{DESCRIBED}{HEAD}{w.ASIDE}\s+{VERB}",
        VERB_WORDS,
        BACK,
        anchor=rf"(?<=[a-z])(?:ers|ors|ants|ents)\b(?={w.ASIDE}\s+{VERB})",
    ),
    Cue(
        "A102",
        LABELLED,
        ("call", "describ", "term", "dub"),
        REACH,
    ),
)
