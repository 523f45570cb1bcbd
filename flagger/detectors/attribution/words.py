"""The words of the attribution cues: sources, speech verbs, crowds, roles (regex fragments).

A cue is a source noun phrase (determiner or quantifier, premodifiers, head, postmodifier) and
a reporting verb, in one of a few positions: subject before the verb, the verb inverted before
the subject (", said one commander"), or after "according to".
"""

from __future__ import annotations

import re

from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy
from flagger.detectors.attribution import learned

SOURCE_WORDS = (
    r"(?:unnamed|anonymous|unidentified|official|informed|well-informed|well-placed|reliable|"
    r"knowledgeable|diplomatic|military|government|security|intelligence|industry|trade|market|"
    r"banking|local|senior|high-ranking|western|other|some|several|many|multiple|numerous|"
    r"various|two|three|unspecified|political|police|party|palace|kremlin|white\s+house|"
    r"european|u\.s\.|russian|ukrainian|chinese)"
)
COUNT_WORDS = r"(?:other|some|several|many|multiple|numerous|various|two|three|unspecified)"
COUNT_OF = (
    r"(?:one|two|three|some|several|many|most|all)\s+of\s+(?:the|these|those|his|her|their|our)\s+"
)
"""'one of the sources', 'two of those sources': sources counted out of the story's own."""
"""Source words that only count: 'funds from other sources' says nothing of who they are;
'quoted diplomatic sources' and 'from Kremlin sources' do."""
SAY = (
    r"(?:say|says|said|saying|told|tell|tells|claim(?:s|ed)?|report(?:s|ed)?|suggest(?:s|ed)?|"
    r"indicate[sd]?|confirm(?:s|ed)?|reveal(?:s|ed)?|believe[sd]?|think|thinks|thought|"
    r"expect(?:s|ed)?|insist(?:s|ed)?|add(?:s|ed)?|note[sd]?|warn(?:s|ed)?|allege[sd]?|"
    r"concur(?:s|red)?|(?:wrote|writes|posted|tweeted|commented|remarked|replied)"
    r"(?=\s*[:,.;\"“]|\s+(?:that|on|in|online)\b))"
)
"""Speech verbs; one that also takes a thing as object ('posted a video') only where words
follow it ('posted on Facebook that')."""
STANCE = (
    r"(?:contemplating|(?:un)?convinced|concerned|worried|divided\s+(?:over|on|about)|skeptical|sceptical|considering|"
    r"debating|discussing|questioning|wondering|speculating|cautious|wary|optimistic|"
    r"pessimistic|uncertain|unsure|confident|doubtful|upbeat|saying|claiming|arguing|warning|"
    r"suggesting|predicting|calling(?=\s+(?:for|on|it|him|her|them|this|that|the|an?)\b)|fearing|"
    r"hoping(?!\s+to\b)|telling|blaming|"
    r"quick\s+to\s+(?:critici[sz]e|condemn|point\s+out|dismiss|question|praise|blame))"
)
"""What a crowd 'is' when it holds a view: 'are divided', 'were warning', 'are calling for',
'were calling it a famine' (a demand or a label; not a bare 'are calling' on the phone)."""

FEELING = (
    r"(?:dismay|concerns?|doubts?|skepticism|scepticism|fears?|worry|worries|hopes?|optimism|"
    r"surprise|alarm|confidence|suspicion|outrage|anger|frustration|disappointment|regret)"
)
"""What a crowd expresses: 'expressed dismay', 'voiced concern'."""
CONCEDE = (
    r"(?:admit(?:s|ted)?|conclude[sd]?)"
    r"(?=\s+(?:(?:that|it|there|they|he|she|we|are|is|was|were)\b|(?-i:[A-Z]))|\s*[,.;:])"
)
"""'officials admitted there is', 'analysts concluded that': a view conceded or reached; not
'the hospital admitted patients', 'exporters concluded sales'."""
AGREE_END = r"(?=\s+(?:that|with)\b|\s*[.;!?]|\s+(?:is|are|was|were|will|would)\b)"
"""A crowd agrees with a view ('experts agree that', 'others agree.', 'a tax economists agree
would fail'), not to a plan ('officials agreed to meet', 'agreed on a price')."""
THAT_VERB = (
    r"(?!(?:and|but|than|such|now|also|all|both|only|even|not|the|for|with|from|into|over|about|"
    r"after|before|because|since|though|although|while|when|where|which|what|who|how|why|are|"
    r"was|were|has|have|had|been|being|say|says|said|told|tells)\b)(?-i:[a-z]{2,}(?:ed|es|ts|ds))"
    r"(?=\s+that\s)"
)
"""A verb in the past or the third person with a that-clause after a source is a claim told
('officials shared that', 'critics charged that'), whatever the verb; not a noun ('an executive
order that') nor a base form, which an audience takes ('told an analysts meeting that')."""
OPINE = (
    r"(?:say|says|said|believe[sd]?|think|thought|argue[sd]?|claim(?:s|ed)?|warn(?:s|ed)?|"
    r"note[sd]?|emphasi[sz]e[sd]?|stress(?:es|ed)?|suggest(?:s|ed)?|point(?:s|ed)?\s+(?:out|to)|"
    r"allege[sd]?|insist(?:s|ed)?|recommend(?:s|ed)?|see|sees|view|views|hope[sd]?|"
    rf"predict(?:s|ed)?|fear(?:s|ed)?|expect(?:s|ed)?|contend(?:s|ed)?|agree[sd]?{AGREE_END}|"
    r"speculate[sd]?|estimate[sd]?|doubt(?:s|ed)?|worry|worried|caution(?:s|ed)?|"
    r"voice[sd]?|liken(?:s|ed)?|concur(?:s|red)?|attribute[sd]?|complain(?:s|ed)?|feel|feels|"
    r"felt|question(?:s|ed)?|cast\s+doubt|disput(?:e|es|ed)|blame[sd]?|"
    rf"{THAT_VERB}|"
    r"raise[sd]?\s+(?:(?:serious|fresh|new)\s+)?(?:doubts|concerns|questions)|"
    r"made\s+the\s+(?:argument|case|claim|point)\s+that|"
    rf"{CONCEDE}|"
    rf"(?:express(?:es|ed)?|(?:are|were|is|was)\s+expressing)\s+(?:[a-z]+\s+)?{FEELING}|"
    r"(?:are|were|remain|is|was|(?:seem|seemed)(?:\s+to\s+be)?)\s+"
    r"(?:(?:more|less|\w+ly|also|now|already|still|a\s+bit|a\s+little|somewhat)\s+){0,2}"
    rf"{STANCE})"
)
AUX = (
    r"(?:(?:have|has|had|also|now|long|all|both|will|would|already|still|keep|keeps|kept|\w+ly)"
    r"\s+){0,3}"
)
"""Auxiliaries and adverbs between a source and its verb: 'have also long argued'."""
CROWD = (
    r"(?:experts?(?:\s+and\s+analysts)?|analysts?(?:\s+and\s+experts)?|commentators?|observers?|"
    r"critics?|pundits?|skeptics?|sceptics?|economists?|strategists?|specialists?|insiders?|"
    r"scientists|researchers|watchers|political\s+scientists|(?:military\s+)?bloggers|"
    r"forecasters|scholars|supporters|opponents|detractors|conservatives|liberals|fans|"
    r"progressives|activists|campaigners|market\s+participants|allies|loyalists)"
)
QUANTIFIER = (
    r"(?:(?:some|many|most|several|numerous|various|multiple|other|a\s+number\s+of|a\s+few|"
    r"leading|top|independent|western|foreign|international|local|political|military|financial|"
    r"market|industry|legal|health|security|an?|one)\s+)*"
)
FUNCTION = (
    r"(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|and|or|but|to|of|in|on|"
    r"at|for|with|by|as|from|when|who|which|what|where|he|she|they|we|i|you|it|is|was|are|"
    r"were|has|have|had|be|been|not|no|said|says|told|claims?|if|than|then|so|also|after|"
    r"before|while|because|since|though|although|about|over|into|under|between|against)"
)
PREMODIFIER = rf"(?!{FUNCTION}\s)(?-i:[a-z][\w-]*)"
"""A lower-case word that can describe a source ('senior', 'bank'), never a function word."""
MODAL = r"(?:should|must|can|could|may|might|will|would|shall|do|does|did)"
POSTMODIFIER = (
    r"(?:\s+(?:of|on|across|within|inside)\s+(?:the\s+)?(?-i:[a-z][\w-]*)"
    rf"(?:\s+(?!{MODAL}\b)(?-i:[a-z][\w-]*)){{0,2}}|\s+in\s+(?:the\s+)?(?-i:[A-Z][\w-]*)|\s+(?:polled|surveyed|contacted|interviewed|"
    r"questioned)\s+by\s+(?-i:[A-Z][\w&.-]*)|"
    rf"\s+in\s+(?:the|his|her|their|its|several|some|many|both|various|other)\s+{PREMODIFIER}"
    rf"(?:\s+(?!(?:{MODAL}|{FUNCTION})\b)(?-i:[a-z][\w-]*)){{0,2}})?"
)
"""'critics of the government', 'officials in California', 'officials in the affected states' (never
'in the hope'): a place or a kind, not a name (nor a modal: 'fans of the game should note' is
advice);
'economists polled by Reuters': the outlet that asked, not the source."""

OWN_RULES = lazy(rf"{CROWD}|sources?|people|persons?", re.IGNORECASE)
"""Heads with cues and tiers of their own: sources (A101), crowds and experts (A102)."""
LEARNED = tuple(
    noun
    for noun in learned.nouns()
    if not OWN_RULES.fullmatch(noun) and not OWN_RULES.fullmatch(learned.plural(noun))
)
"""Person and role nouns learned from news (training/build_source_nouns.py)."""
HAND_ROLES = (
    "official", "diplomat", "commander", "officer", "aide", "lawyer", "attorney", "witness",
    "resident", "employee", "executive", "banker", "trader", "dealer", "adviser", "advisor",
    "lawmaker", "legislator", "staffer", "investigator", "prosecutor", "doctor", "negotiator",
    "agent", "soldier", "exporter", "passenger", "shopper", "customer", "viewer", "meteorologist",
)  # fmt: skip
HAND_GROUPS = (
    "leaders", "agencies", "groups", "firms", "houses", "friends", "relatives", "neighbours",
    "neighbors", "colleagues", "allies", "locals",
)  # fmt: skip
"""Groups that speak only in the plural ('aid groups said'; 'a group said' is one body)."""
ROLE_HEAD = (
    rf"(?:{trie((*learned.forms(LEARNED + HAND_ROLES), *HAND_GROUPS))}|"
    r"(?:an?|one)\s+representative)"
)
"""People described by role only: with no name beside them they are anonymous sources. The
learned nouns join a hand list of what news mining misses; one trie keeps the many heads cheap
to try."""
KIN = r"(?:\s+of\s+(?:the|his|her|their)\s+[a-z]+)?"
"""'friends of the couple'."""
ROLE = rf"(?:{ROLE_HEAD}{KIN})"
ROLE_WORDS = learned.prefixes(
    (*learned.forms(LEARNED + HAND_ROLES), *HAND_GROUPS, "neighbo", "representative")
)
"""The keywords of the role cues: one per head, its shortest form ('broker' finds 'brokers')."""
ROLE_REACH = 56
"""How far before its head a role cue may start: 'said one senior European Union' is 31
characters; role heads are common words, so each character of reach is paid often."""
PARTY_ADJECTIVE = r"(?:Democratic|Republican|Labour|Conservative|Tory|Liberal|Green)"
"""Members named by their party ('Republican senators questioned') speak for its caucus."""
NATIONALITY = (
    rf"(?:U\.S\.|U\.K\.|US|UK|EU|UN|(?!{PARTY_ADJECTIVE}\b)[A-Z][a-z]+(?:an|ian|ese|ish|ch|i|ic))"
)
INDEFINITE = r"(?:an?|one|two|three|four|several|some|many|other|another|numerous|multiple|various)"
CAPITALISED = r"(?:(?:[A-Z]\.)+|[A-Z][\w&'’-]*)"
BODY_WORD = (
    rf"(?:{CAPITALISED}(?:\s+(?:of|and)\s+{CAPITALISED}){{0,2}}(?:\s+\((?:[A-Z]\.?){{2,6}}\))?)"
)
"""A word of the body a person serves, an 'of' or 'and' inside its name or its acronym after it:
'Bank of Japan', 'Agriculture Department (USDA)', 'Ministry of Trade and Industry (MITI)',
'Department of Health and Human Services'."""
OWNER = r"(?:(?:the|his|her|their|its)\s+|(?:[\w.]+\s+){0,2}?[\w.]+['’]s\s+)?"
"""Whose matter a source knows: 'familiar with the case', 'with Mr. Roe's case', 'with the
company's plans'."""
JOINED = (
    rf"(?:{NATIONALITY}|{SOURCE_WORDS}|company|bank|union|labou?r|health|state|federal|"
    rf"(?-i:{ROLE_HEAD})(?<=s))"
)
"""A first conjunct that shares the role: 'U.S. and Japanese officials', 'industry and security
officials', 'bankers and diplomats'; not any word before 'and' ('set a date and election
officials said')."""
ROLE_PHRASE = (
    rf"(?<!['’])(?:{INDEFINITE}\s+"
    rf"(?-i:(?:(?:{PREMODIFIER}|{BODY_WORD})\s+){{0,5}}?){ROLE}|"
    rf"(?:{JOINED}\s+(?:and|or)\s+)?"
    rf"(?-i:(?:(?:{PREMODIFIER}|{NATIONALITY})\s+){{0,2}}?){ROLE_HEAD}(?<=s){KIN}|"
    rf"(?:one|many|some|most|several)\s+of\s+(?:the|its|their|(?-i:[A-Z][\w-]*)['’]s)\s+"
    rf"(?-i:(?:{PREMODIFIER}\s+){{0,2}}?){ROLE_HEAD}(?<=s))"
)
"""A role description: an indefinite determiner and up to five describing words, capitalised
ones too ('a White House official', 'a senior Japanese Finance Ministry official': the person is
still unnamed); without a determiner a plural
head ('doctor notes' is no source) after lower-case words and nationalities ('senior officials',
but not 'Nordbank traders'); members of a group so described ('one of the residents', 'many of
Acme's drivers')."""
GOES_ON = r"(?:continued|explained|went\s+on)(?=\s*[,.;:!?]|\s*$)"
"""'“...,” the source continued.': the same speaker goes on; 'continued to' is no speech."""
VERB_END = r"\b(?!\s+(?:to(?!\s+(?-i:[A-Z]))|responsibility|credit|tanks?)\b)"
"""'officials alleged to be corrupt', 'groups claimed responsibility' report no claim; 'a
lawyer at the foundation think tank' has no verb; 'confirmed to CNN' names the audience."""
REPORTED_WORDS = (
    "said", "reported", "rumo", "understood", "thought", "believed", "alleged", "quoted",
    "forecast", "tipped", "assumed",
)  # fmt: skip
REPORT_VERB = (
    r"(?:said|reported|rumou?red|understood|thought|believed|alleged|forecast|tipped|assumed)"
)
"""'is said to', 'had been forecast to', 'is assumed to be': a claim or prediction with nobody
behind it. Not 'presumed', a legal or clinical status ('presumed to be innocent')."""
CROWD_WORDS = (
    "expert", "analyst", "commentator", "observer", "critic", "pundit", "skeptic", "sceptic",
    "economist", "strategist", "specialist", "insider", "scientist", "researcher", "watcher",
    "blogger", "forecaster", "scholar", "supporters", "opponents", "detractors", "conservatives",
    "liberals", "fans", "progressives", "activists", "campaigners", "participants", "allies",
    "loyalists",
)  # fmt: skip
ASIDE = r"(?:,\s+(?:though|however|too|meanwhile|in\s+turn|for\s+their\s+part),)?"
"""'Experts, though, are sceptical': an aside between the crowd and its verb."""
ALONGSIDE = r"(?:(?:,\s+(?-i:[a-z]+s)){0,3},?\s+and\s+(?-i:[a-z]+s))?"
"""'Scientists, doctors and nurses were quick to criticise': a crowd listed with others."""
DISPUTE = (
    r"(?:den(?:y|ies|ied)(?=\s+(?:that\b|(?:(?:the|a|any|these|those|such|recent|earlier|media|"
    r"press)\s+(?:[\w-]+\s+)?)?(?:reports?|claims?|allegations?|accusations?|suggestions?|"
    r"charges?|rumou?rs?|stor(?:y|ies))\b|(?:any\s+)?wrongdoing\b|(?:having|knowing|being)\b))|"
    r"condemn(?:s|ed)?|critici[sz](?:e|es|ed))"
)
"""A claim made by disputing another or a verdict: 'brokers denied reports that', 'residents
condemned the plan'. Not 'denied him entry' or 'denied the request', which are acts; not
'accused', whose accusers news mostly knows ('a dozen women have accused him of')."""
LABEL = (
    r"(?:called(?!\s+(?:for|on|off|in|up|out|back|it\s+quits)\b)|dubbed|branded|labell?ed)"
    r"(?=\s+(?:it|him|her|them|this|that|the|a|an|his|their)\b)"
)
"""'critics called the plan a giveaway': a crowd's verdict, not 'critics called for a vote'."""
PLACE_WORD = (
    r"(?!(?:who|whom|which|that|he|she|they|it|was|were|is|are|has|have|had|will|would|"
    r"said|says|told)\b)\w(?:[\w'’&-]|\.(?=\w))*"
)
"""A word of where a role sits: 'an official at the embassy in Oslo said'; never a clause
of its own."""
INVERTED = r"(?:(?<=[,\"”’]\s)|(?<=[,\"”’]))"
"""A speech verb before its source follows the quote or clause it reports: ', said one aide'."""
NOT_A_SUBJECT = (
    r"(?!\s+(?:are|were|is|was|have|has|had|will|would|could|should|may|might|can|do|does|did|"
    r"aren['’]t|weren['’]t|isn['’]t|wasn['’]t|haven['’]t|don['’]t|didn['’]t)\b)"
)
"""An inverted source ends the clause; 'saying many officials are ...' is a reported clause."""
INVERTED_SAY = (
    r"(?:sa(?:id|ys)|add(?:ed|s)|note[sd]|explain(?:ed|s)|stress(?:ed|es)|insist(?:ed|s)|"
    r"caution(?:ed|s)|report(?:ed|s))"
)
"""The verbs a role taken up again speaks by, either side of it, in the past or the present of
celebrity copy: ', noted the official', 'the aide stressed', '..., says the insider'."""
ANAPHOR = (
    r"(?:(?:official|source|insider|aide|staffer)s?|soldier|diplomat|officer|employee|"
    r"advis[eo]r|commander|negotiator)"
)
"""'the aide said', 'the aides reported': a role taken up again, still without a name (other
plural people are named groups more often: 'the researchers')."""
ANAPHOR_WORDS = (
    "official", "source", "insider", "aide", "staffer", "soldier", "diplomat", "officer",
    "employee", "adviser", "advisor", "commander", "negotiator",
)  # fmt: skip
"""The keywords of a role taken up again, one per head of `ANAPHOR`."""
