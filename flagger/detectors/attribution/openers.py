"""A trade or crowd that opens its sentence, capitalised, and speaks in the plural:
'Correspondents say the ruling matters', 'Defenders remain optimistic that the judges will agree',
'Growers have long argued that'.

`trades` reads a noun of agency ('-ers', '-ors', '-ants', '-ents') only in lower case, since a
capitalised one is as often a name ('Reuters reported', 'Sanders said'). At the start of a
sentence the capital says nothing, and the verb tells the two apart: a name takes the singular
('Sanders says', 'Reuters has reported'), a crowd the plural ('Correspondents say',
'Defenders have argued', 'Lenders are worried'). So the head is read here only before a verb
that agrees with a plural and nothing else ('say', 'have', 'are', 'were', 'remain'); a past
'said' fits both and is left to the names. The offices, things and crowds `trades` leaves out
stay out ('Regulators say', 'Numbers are', 'Critics say' has a cue of its own).
"""

from __future__ import annotations

from flagger.detectors.attribution import trades
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

SENTENCE_START = r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)|^)"
"""Where a sentence opens: after its predecessor's full stop, or a new line."""
PLURAL = (
    r"(?=(?:(?:also|now|still|all|long|\w+ly)\s+){0,2}"
    r"(?:say|have|are|were|remain|fear|warn|argue|claim|insist|complain|believe|think|expect|"
    r"predict|contend|agree|suggest|doubt|worry|question|dispute|blame|deny|condemn|"
    r"criticise|criticize)\b)"
)
"""A verb or auxiliary only a plural subject takes ('say', not 'says' nor 'said')."""
NOT_A_MOOD = (
    r"(?!(?:(?:also|now|still|all|\w+ly)\s+){0,2}(?:are|were|remain)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+\b(?!\s+that\b)(?=\s*(?:about|over|by|for|at|as|of|[,.;:!?]|$)))"
)
"""A state held with no claim told is a mood, not a source ('Creators are worried about the
delay'); a view stated as a that-clause is one ('Lenders remain confident that')."""
HEAD = rf"(?-i:(?=[A-Z][a-z-]+(?:er|or|ant|ent)s\b)){trades.AGENT}(?<!ists)"
"""A capitalised noun of agency, read as `trades.AGENT` reads its lower-case form."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"{SENTENCE_START}{HEAD}{w.ASIDE}\s+{PLURAL}{NOT_A_MOOD}{trades.VERB}",
        trades.VERB_WORDS,
        trades.BACK,
        anchor=rf"(?<=[a-z])(?:ers|ors|ants|ents)\b(?={w.ASIDE}\s+{PLURAL})",
    ),
)
