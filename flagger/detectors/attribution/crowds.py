"""Crowds described by what they hold or do, not by a profession: 'those who oppose the plan
say', 'there are those who argue', 'there are experts who have raised concerns', 'some fans
feel', 'many voters complain', 'many are hoping', 'as insiders know', 'Clinton supporters have
defended'.

Nobody in such a crowd can be named or weighed; it is the vague authority of 'critics say'
(A102) reached by a relative clause, by any counted plural noun, by what the crowd knows, or
by whom it follows.
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

VOICE = (
    r"(?:complain(?:ed)?|defend(?:ed)?|denounced?|condemn(?:ed)?|critici[sz]ed?|"
    r"noted|note(?=\s+that\b)|point(?:ed)?\s+out|mention(?:ed)?(?=\s+(?:that|how|the|his|her|"
    r"their|its)\b)|call(?:ed)?\s+(?:on|for))"
)
"""What a crowd voices about a person or act: 'some noted', 'others called for his
resignation', 'many complained', 'some defended the plan'. A crowd is plural, so no '-s' form:
after 'some' or 'many' that is a noun ('some notes', 'many calls for reform'). 'Mentioned'
takes what was said ('mentioned the fire'); 'other names mentioned in' is a passive."""
PROGRESSIVE = (
    r"(?:(?:is|are|was|were|(?:have|has|had)\s+been)\s+(?:(?:just|still|now|already|also|"
    r"increasingly|\w+ly)\s+)?(?:(?:hoping|expecting)(?!\s+to\b)|saying|assuming|believing|"
    r"speculating|wondering|questioning|suspecting|predicting|arguing|claiming|complaining|"
    r"warning|worrying|insisting|calling\s+(?:on|for)|demanding|urging)|"
    r"interpret(?:s|ed)?(?=\s+(?:it|this|that|them|the|his|her|their|its)\b))"
)
"""A view held right now or read into something: 'many are hoping', 'everyone is just assuming',
'some have interpreted it as'; the crowd is the speaker, as in 'many believe'. Hoping or
expecting 'to' do something is a plan ('some are hoping to win'), not a view."""
URGE = r"(?:urge[sd]?|credit(?:ed)?(?=\s+(?:[\w'’-]+\s+){1,10}?(?:with|for)\b))"
"""What a counted crowd presses or credits: 'many politicians have urged regulation', 'some
analysts credit the ads with the win'; after a bare 'some' these are nouns ('deserves some
credit for')."""
KNOW = r"(?:know|knows)(?=\s+that\b(?!\s*[,.;:!?]))"
"""'Everyone knows that ...': a claim passed off as what a crowd knows now; what it knew then
is the story's background ('before the public knew that'), and 'everyone knows that.' takes
up a claim already made."""
MINDED = (
    r"(?:are|were|remain(?:s|ed)?|seem(?:ed)?(?:\s+to\s+be)?|(?:have|had)\s+been)\s+"
    r"(?:(?:more|less|also|still|now|already|increasingly|deeply|highly)\s+)?"
    r"(?:(?:un)?convinced|skeptical|sceptical|doubtful|unsure|suspicious|wary|worried|"
    r"pessimistic|optimistic|confident(?=\s+that\b))"
)
"""A crowd's state of mind given as fact: 'some fans were skeptical', 'many residents are
worried'; a view, like 'many believe', not a mood ('angry') or a plan ('ready')."""
JUDGE = (
    r"(?:consider(?:s|ed)?|find|finds|found)\s+(?:it|this|that|him|her|them|"
    r"(?:the|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+to\s+be\b"
)
"""A crowd's verdict on a thing: 'many viewers considered the show to be too gory', 'some
hikers find the billboard to be offensive'; not 'found the bodies' nor 'consider a bid'."""
SPECULATE = r"speculate[sd]?(?!\s+(?:in|on)\b)"
"""A crowd guessing ('many have speculated that'), not trading ('speculated in land')."""
FOUND = r"(?<=ave\s)(?:found|noticed|discovered)(?=\s+that\b)"
"""'many have found that ...': what a crowd has come to see, passed on as its finding."""
HOLD = (
    rf"(?:{PROGRESSIVE}|{MINDED}|{KNOW}|{FOUND}|{SPECULATE}|say|says|said|believe[sd]?|"
    r"(?:think|thinks|thought)(?!\s+(?:of|about)\b)|argue[sd]?|"
    r"claim(?:s|ed)?|insist(?:s|ed)?|contend(?:s|ed)?|allege[sd]?|fear(?:s|ed)?|"
    r"(?:feel|feels|felt)(?=\s+(?:that|like|as\s+if|as\s+though|strongly|it|this|they|he|she|"
    r"we|the|their|his|her)\b)|"
    rf"worry|worries|worried|attribute[sd]?|agree[sd]?{w.AGREE_END}|"
    rf"{VOICE}|{URGE}|warn(?:s|ed)?|hope[sd]?|doubt(?:s|ed)?|"
    r"suspect(?:s|ed)?|hold(?=\s+that)|held(?=\s+that)|maintain(?:s|ed)?(?=\s+that)|"
    rf"{w.CONCEDE}|accuse[sd]?|(?:raise[sd]?|voice[sd]?|express(?:es|ed)?|(?:are|were)\s+"
    r"expressing)\s+(?:\w+\s+)?"
    rf"{w.FEELING}|raise[sd]?\s+questions|{JUDGE}|announce[sd]?(?=\s+that\b)|"
    r"(?<=ave\s)come\s+forward(?:\s+to\s+(?-i:[a-z]+))?)"
)
"""What a person does with a view ('complain', 'have raised concerns', 'defended the cull',
'attributed the loss to', 'announced that', 'have come forward'); no verb a thing can do
('suggest', 'show', 'point to'): 'other factors suggest' has no speaker. A crowd agrees that
something is so (`words.AGREE_END`: 'not all of them agree.'), not to a plan ('agreed to').
'Think of' is no claim, and one 'feels' a view ('feel that', 'feel like'), not a mood
('feel tired')."""
HOLDING = rf"(?<!\bto\s){w.AUX}{HOLD}{w.VERB_END}"
NOT_AUX = (
    r"(?!(?:do|does|did|don['’]t|doesn['’]t|didn['’]t|not|never|also|who|and|or|are|were|is|"
    r"was)\b)"
)
"""The last word of 'those who ...' is never an auxiliary: in 'those who don't believe' the
clause's own verb is no speech."""
STANCE_CLAUSE = (
    rf"(?:who\s+(?:{NOT_AUX}[\w'’-]+\s+){{1,6}}?|(?:advocating|favou?ring|opposing|backing|supporting|"
    r"urging|pushing\s+for|calling\s+for|for|against|opposed\s+to|in\s+favou?r\s+of)\s+"
    r"(?:[\w'’-]+\s+){1,6}?|(?:on|in|within|among|inside)\s+the\s+(?:(?!who\b|that\b)[\w'’-]+\s+){1,3}?"
    r"(?:that\s+)?)"
)
"""'those who know him', 'those for lifting the curfew', 'those on the left (that) condemn': the
crowd is its stance or its side ('those who argue that ...' with no verb after is mostly a
description: 'a shock to those who thought')."""
MANY = (
    r"(?:a\s+(?:number|lot|couple|handful)\s+of|plenty\s+of|many|some|several|numerous|"
    r"countless|(?:a\s+)?few)"
)
HEARSAY = r"(?:reports|rumou?rs|accounts|estimates|studies|surveys|polls|claims)\b"
"""Nouns of hearsay and findings have cues of their own (A103, studies)."""
PLURAL = rf"(?!{w.FUNCTION}\s|{HEARSAY})(?-i:[a-z][a-z-]+[^su\W]s)"
"""A plural noun ('fans', 'voters'); not 'this', '-ss', or an '-ous' adjective."""
COUNTED = (
    r"(?:some|many|most|several|numerous|countless|(?<!\band\s)(?<!\bor\s)other|a\s+few|a\s+number\s+of|"
    r"a\s+lot\s+of)"
)
"""'other' not after 'and': 'a maker of toys and other products said' is the maker. A role
head counted ('most brokers said') keeps the role tier (A104) of its own cue."""

ADVERSARY = r"(?:critics|opponents|detractors|sceptics|skeptics)"
"""A person's adversaries speak as a crowd: naming whose they are ('his critics') names none
of them."""
ABROAD = r"(?:\s+(?:back\s+home|at\s+home|abroad|overseas))?"
FOLLOWERS = rf"(?:{ADVERSARY}|supporters|allies|loyalists|backers|fans|insiders)"
"""The crowd around or inside a person or party: 'Trump supporters', 'the senator's allies', 'GOP
insiders'. Naming whom they follow, oppose or whose secrets they know names none of them, unlike
'Goldman Sachs analysts', who speak for the firm."""
WHOSE = (
    r"(?-i:(?!(?:The|A|An|But|And|Some|Many|Most|Other|Several|Her|His|Their|Its|Our|Your|Its|"
    rf"Top|Leading|Senior|Both|All|These|Those|Such)\s){w.CAPITALISED})"
)
"""A name or party before the crowd ('Clinton supporters', 'GOP critics'); not an opening
function word ('Some critics' and 'His critics' have cues of their own)."""
"""'his critics back home said': where the crowd is, not who."""
NOT_A_MEASURE = r"(?<!\bsuch\s)(?<!\blong\s)(?<!\bsoon\s)(?<!\bwell\s)(?<!\bfar\s)(?<!\bmuch\s)"
"""'As most voters know, ...' credits a claim to what a crowd knows; 'such as', 'as long as'
and 'as far as' open no such aside."""

UNLESS = r"(?<!\bif\s)(?<!\bwhether\s)(?<!\bunless\s)"
"""'if those who oppose it are worried', 'if some fans think': a case the speaker supposes,
not a view reported."""

NOT_AN_OBJECT = r"(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bacross\s)(?<!\bto\s)"
"""A counted noun after a preposition is no speaker: in 'damage in some areas, officials and
seismologists said' the speakers come after the list's comma."""
LISTED = (
    rf"{UNLESS}{NOT_AN_OBJECT}\b(?:some|many|most|several|numerous|countless)\s+(?:(?-i:[a-z][\w-]*)\s+)?"
    rf"{PLURAL}(?:,\s+(?:(?-i:[a-z][\w-]*)\s+)?{PLURAL})*,?\s+(?:and|or)\s+"
    rf"(?:others|(?:(?-i:[a-z][\w-]*)\s+)?{PLURAL})\s+{HOLDING}"
)
"""'many politicians, advocates and others have urged': a counted crowd of several kinds, none
named."""
CROWD_AGENT = (
    r"\b(?:reported|claimed|alleged|believed|noted|suggested|predicted|speculated|shared|echoed|"
    r"disputed|questioned|"
    r"(?:considered|regarded|thought)(?=\s+by\s+(?:[\w-]+\s+){1,4}?to\s+(?:be|have)\b))\s+by\s+"
    r"(?:(?:many|some|several|most|a\s+few|a\s+number\s+of|a\s+lot\s+of)\b"
    r"(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|\w+ty|"
    r"margin|measures?|standards?|accounts?|means|way|degree|extent|distance|time|months|years|"
    r"weeks|days)\b))|others\b|(?:(?:many|some|several|most|other)\s+)?"
    rf"{w.CROWD}\b(?!\s+(?:at|from|of)\s+(?-i:[A-Z])))"
)
"""'reported by many who caught it', 'a view shared by some observers', 'believed by analysts
to be': a passive whose agent is a crowd nobody names; 'by some margin' and 'by some 20 people'
count nothing of the kind, and 'analysts at Citi' are named by their firm. What a crowd
considers is a view only with 'to be' ('considered by most to be'); 'a bill considered by
several committees' is their agenda. Verdicts ('praised by critics') and views 'as' something
('described by witnesses as') are `reception`'s."""

WITH_CROWD = (
    rf"\bwith\s+(?:(?:many|some|most|others)(?:\s+(?:people|observers|others|of\s+them))?|"
    rf"{w.QUANTIFIER}{w.CROWD})\s+(?:(?:even|also|already)\s+)?(?:suggesting|arguing|claiming|"
    r"saying|speculating|predicting|warning|insisting|believing|fearing|questioning)\b"
    r"(?!\s+of\b)"
)
"""'with some suggesting it was luck': a crowd's view in a 'with' clause, nobody named; not
the noun in 'with some questioning of the staff'."""

HEARD_CROWD = (
    r"(?<!\bcourt\s)(?<!\bjury\s)(?<!\binquiry\s)(?<!\btribunal\s)"
    r"\b(?:heard|hear|hears|hearing)\s+(?:(?:some|many|other|several|a\s+few|a\s+lot\s+of|"
    r"lots\s+of)\s+)?(?:(?-i:[a-z][\w-]*)\s+)?"
    rf"(?:people|folks|members|others|colleagues|{w.CROWD})"
    r"(?:\s+(?:from|of|in|on|at|across)(?:\s+[\w'’-]+){1,3}?)?\s+(?:say|saying|suggest|"
    r"claim|claiming|argue|arguing|complain|complaining|speculate|speculating|predict|warn|"
    r"talk\s+about)\b"
)
"""'I have heard members from both parties suggest': hearsay from a crowd nobody names; what
a court or inquiry hears is testimony on the record."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"{UNLESS}\bthose\s+{STANCE_CLAUSE}{HOLDING}|(?<=[,\"”]\s)(?:say|said)\s+those\s+who\b",
        ("those",),
        24,
    ),
    Cue(
        "A102",
        rf"\bthere\s+(?:are|were|have\s+been)\s+(?:still\s+|also\s+|now\s+)?(?:{MANY}\s+)?"
        rf"(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?:those|people|others|{w.CROWD}|{PLURAL})\s+who\s+"
        rf"{HOLDING}",
        ("there",),
        0,
    ),
    Cue(
        "A102",
        rf"{UNLESS}\b{COUNTED}\s+(?:(?-i:[A-Za-z][\w-]*)\s+)?(?!{w.ROLE_HEAD}\s){PLURAL}\s+{HOLDING}",
        ("some", "many", "most", "several", "numerous", "countless", "other", "a few", "a lot",
         "a number"),
        0,
    ),
    Cue(
        "A104",
        rf"{UNLESS}\b{COUNTED}\s+(?:(?-i:[a-z][\w-]*)\s+)?{w.ROLE_HEAD}(?:(?<=s)|(?<=men))\s+"
        rf"(?!(?:[\w'’]+\s+){{0,3}}?accus)(?!{w.AUX}(?:{w.SAY}|{w.OPINE}|{w.DISPUTE}){w.VERB_END})"
        rf"{HOLDING}",
        w.ROLE_WORDS,
        w.ROLE_REACH,
    ),
    Cue(
        "A102",
        rf"\b(?:his|her|their|its)\s+(?:own\s+|many\s+|\w+est\s+)?{ADVERSARY}{ABROAD}\s+{w.AUX}"
        rf"(?:{w.OPINE}|{w.LABEL}){w.VERB_END}",
        ("critics", "opponents", "detractors", "sceptics", "skeptics"),
        w.ROLE_REACH,
    ),
    Cue(
        "A102",
        rf"\b{WHOSE}(?:['’]s)?\s+(?:(?-i:[a-z]+)\s+)?{FOLLOWERS}{ABROAD}\s+{HOLDING}",
        ("critics", "opponents", "detractors", "sceptics", "skeptics", "supporters", "allies",
         "loyalists", "backers", "fans", "insiders"),
        w.ROLE_REACH,
        agentless=True,
    ),
    Cue(
        "A102",
        rf"{NOT_A_MEASURE}\bas\s+(?:(?:many|most|some|all|any)\s+)?(?:(?-i:[A-Za-z][\w-]*)\s+)?"
        rf"(?:{w.CROWD}|{PLURAL}|people|everyone|anyone|(?-i:[A-Z][a-z]+ans))\s+"
        r"(?:(?:already|well|now|surely)\s+)?(?:know|knows|will\s+know|(?:have|has)\s+"
        r"(?:long\s+)?(?:known|noted|learned|learnt))"
        r"(?=\s*[,.;:—–]|\s+(?:that|well|all\s+too\s+well)\b)",
        ("as",),
        0,
    ),
    Cue(
        "A102",
        WITH_CROWD,
        ("suggesting", "arguing", "claiming", "saying", "speculating", "predicting", "warning",
         "insisting", "believing", "fearing", "questioning"),
        REACH,
    ),
    Cue("A102", HEARD_CROWD, ("heard", "hear", "hears", "hearing"), 0),
    Cue("A102", LISTED, ("some", "many", "most", "several", "numerous", "countless"), 0),
    Cue(
        "A102",
        CROWD_AGENT,
        ("reported", "claimed", "alleged", "believed", "noted", "suggested", "predicted",
         "speculated", "shared", "echoed", "disputed", "questioned", "considered", "regarded",
         "thought"),
        0,
    ),
)
