"""A crowd a cause leaves holding a view: 'the logo has many people wondering whether',
'this one has some people convinced', 'the ban left some fans questioning the club', 'the
photos prompted some fans to criticise her'.

The holder of the view is a crowd counted by a quantifier and never named ('many people', 'some
scientists'): a claim credited to an unnamed crowd (A102), as 'many wonder' is. A count without
a quantifier ('has three people convinced') or a crowd the story has named ('has the board
worried') is no such crowd.
"""

from __future__ import annotations

from flagger.detectors.attribution.cue import Cue

LEAVES = r"(?:has|have|had|left|leaves|leaving|got|gets|getting|sent|sends)"
COUNTED = r"(?:many|some|most|several|plenty\s+of|lots\s+of|a\s+lot\s+of)"
PEOPLE = (
    r"(?:people|observers|fans|analysts|experts|critics|viewers|users|investors|commentators|"
    r"scientists|readers|others|voters|residents|followers)"
)
HOLDING = (
    r"(?:wondering|speculating|questioning|convinced|believing|asking|guessing|suspecting|"
    r"doubting|worried|concerned)"
)

PROMPTS = r"(?:prompt(?:s|ed|ing)?|l(?:ed|eads?|eading)|caus(?:es|ed|ing|e)|driv(?:es|ing|e)|drove)"
TO_HOLD = (
    r"(?:wonder|speculat|question|believe|claim|suspect|doubt|critici[sz]|complain|accuse|ask|"
    r"call\s+(?:for|on)|argue|fear|worry)"
)
"""The view a prompted crowd goes on to hold ('prompting some fans to criticise her'); an act
('led many residents to flee') is none."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A102",
        rf"\b{LEAVES}\s+{COUNTED}\s+(?:(?-i:[a-z][\w-]*)\s+)?{PEOPLE}\s+{HOLDING}\b",
        ("wondering", "speculating", "questioning", "convinced", "believing", "asking",
         "guessing", "suspecting", "doubting", "worried", "concerned"),
        60,
    ),
    Cue(
        "A102",
        rf"\b{PROMPTS}\s+{COUNTED}\s+(?:(?-i:[a-z][\w-]*)\s+)?{PEOPLE}\s+to\s+{TO_HOLD}",
        ("prompt", "led", "lead", "caus", "driv", "drove"),
        0,
    ),
)
