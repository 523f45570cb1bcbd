"""The words of the attribution cues: sources, speech verbs, crowds, roles (regex fragments)."""

from __future__ import annotations

SOURCE_WORDS = (
    r"(?:unnamed|anonymous|unidentified|official|informed|well-informed|reliable|knowledgeable|"
    r"diplomatic|military|government|security|intelligence|industry|trade|market|banking|local|"
    r"senior|high-ranking|western|other|some|several|many|two|three|unspecified|political|"
    r"police|party|palace|kremlin|white\s+house|european|u\.s\.|russian|ukrainian|chinese)"
)
SAY = (
    r"(?:say|says|said|saying|told|tell|tells|claim(?:s|ed)?|report(?:s|ed)?|suggest(?:s|ed)?|"
    r"indicate[sd]?|confirm(?:s|ed)?|reveal(?:s|ed)?|believe[sd]?|think|thinks|thought|"
    r"expect(?:s|ed)?|insist(?:s|ed)?|add(?:s|ed)?|note[sd]?|warn(?:s|ed)?)"
)
OPINE = (
    r"(?:say|says|said|believe[sd]?|think|thought|argue[sd]?|claim(?:s|ed)?|warn(?:s|ed)?|"
    r"note[sd]?|emphasi[sz]e[sd]?|stress(?:es|ed)?|suggest(?:s|ed)?|point(?:s|ed)?\s+(?:out|to)|"
    r"allege[sd]?|insist(?:s|ed)?|recommend(?:s|ed)?|see|sees|view|views|hope[sd]?|"
    r"predict(?:s|ed)?|fear(?:s|ed)?|expect(?:s|ed)?|contend(?:s|ed)?|agree[sd]?|"
    r"speculate[sd]?|estimate[sd]?|doubt(?:s|ed)?|worry|worried|caution(?:s|ed)?|"
    r"(?:are|were|remain)\s+(?:contemplating|convinced|concerned|worried|divided|skeptical|"
    r"sceptical|considering|debating|discussing|questioning|wondering|speculating|cautious|wary))"
)
CROWD = (
    r"(?:experts?(?:\s+and\s+analysts)?|analysts?(?:\s+and\s+experts)?|commentators?|observers?|"
    r"critics?|pundits?|skeptics?|sceptics?|economists?|strategists?|specialists?|insiders?|"
    r"scientists|researchers|watchers|political\s+scientists|(?:military\s+)?bloggers|"
    r"forecasters|scholars)"
)
QUANTIFIER = (
    r"(?:(?:some|many|most|several|numerous|various|other|a\s+number\s+of|a\s+few|leading|top|"
    r"independent|western|foreign|international|local|political|military|financial|market|"
    r"industry|legal|health|security|an?|one)\s+)*"
)

ROLE = (
    r"(?:officials?|diplomats?|commanders?|officers?|aides?|lawyers?|attorneys?|witness(?:es)?|"
    r"residents?|employees?|executives?|bankers?|traders?|dealers?|advis[eo]rs?|lawmakers?|"
    r"legislators?|staffers?|investigators?|prosecutors?|doctors?|negotiators?|agents?|"
    r"soldiers?|exporters?|(?:friends|relatives|neighbou?rs|colleagues|allies)"
    r"(?:\s+of\s+(?:the|his|her|their)\s+[a-z]+)?|(?:an?|one)\s+representative)"
)
"""People described by role only: with no name beside them they are anonymous sources."""
ROLE_WORDS = (
    "official", "diplomat", "commander", "officer", "aide", "lawyer", "attorney", "witness",
    "resident", "employee", "executive", "banker", "trader", "dealer", "adviser", "advisor",
    "lawmaker", "legislator", "staffer", "investigator", "prosecutor", "doctor", "negotiator",
    "agent", "soldier", "exporter", "friends", "relatives", "neighbo", "colleagues", "allies",
    "representative",
)  # fmt: skip
NATIONALITY = r"(?:U\.S\.|U\.K\.|EU|[A-Z][a-z]+(?:an|ian|ese|ish|ch|i|ic))"
DESCRIBED = (
    r"(?<!['’])(?:(?:an?|one|two|three|four|several|some|many|other|another)\s+)?"
    rf"(?-i:(?:(?:[a-z][\w-]*|{NATIONALITY})\s+){{0,3}}?)"
)
"""An indefinite role description: a number or article, then up to three lower-case words."""
REPORTED_WORDS = (
    "said", "reported", "rumo", "understood", "thought", "believed", "known", "alleged", "quoted",
)  # fmt: skip
REPORT_VERB = r"(?:said|reported|rumou?red|understood|thought|believed|known|alleged)"
CROWD_WORDS = (
    "expert", "analyst", "commentator", "observer", "critic", "pundit", "skeptic", "sceptic",
    "economist", "strategist", "specialist", "insider", "scientist", "researcher", "watcher",
    "blogger", "forecaster", "scholar",
)  # fmt: skip
