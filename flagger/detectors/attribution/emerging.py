"""Claims nobody owns coming to light: 'stories were surfacing that', 'allegations have emerged',
'claims began circulating', 'rumours spread online'.

A claim noun (reports, rumours, stories, allegations, claims, suggestions) that surfaces, emerges,
circulates or spreads, in any tense, has no one behind it (A103), like 'reports emerged'. Owned
claims are not read: one with a determiner ('the allegations surfaced', 'her claims spread',
taken up from a speaker), or one that comes from or appears in a named place ('allegations
emerged in a Senate filing', 'claims surfaced from the Interior Ministry'). Inside a quote the
words are the speaker's reading of events ('"more stories will emerge," she said').
"""

from __future__ import annotations

from flagger.detectors.attribution.cue import Cue

CLAIMS = r"(?:reports|rumou?rs|stories|allegations|claims|suggestions)"
"""Not 'accounts', which are a firm's books as often as witnesses' stories."""
UNOWNED = (
    r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bsuch\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\btheir\s)(?<!\bits\s)(?<!\bour\s)(?<!['’]s\s)(?<!\bno\s)"
)
"""No determiner, possessive or denial before the noun: 'the stories surfaced' takes up claims
the story has already credited; 'no reports emerged' reports none."""
AUX = (
    r"(?:(?:have|has|had|also|now|soon|later|quickly|first|since|then|begun|began|began\s+to|"
    r"started|started\s+to|continue[sd]?\s+to|keep|kept|(?:are|were|is|was|have\s+been|had\s+been)|"
    r"in\s+fact,?|,)\s+){0,3}"
)
SURFACE = r"(?:surfac|emerg|circulat|spread|swirl)(?:e[sd]?|ing|s)?"
"""What an unowned claim does as it comes to light: 'surfaced', 'were emerging', 'spreads'."""
NAMED_PLACE = r"(?!\s+(?:from|in|at|by)\s+(?:the\s+|a\s+|an\s+)?(?-i:[A-Z]))"
"""'emerged in a Senate report', 'surfaced from the Kremlin': where the claim shows itself names
whose it is; a platform ('circulated on Facebook') is only where it spread."""
ASIDE = r"(?:,\s+(?:in\s+fact|though|however|too|meanwhile|also),)?"
"""'stories, in fact, were surfacing'."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A103",
        rf"{UNOWNED}\b{CLAIMS}{ASIDE}\s+{AUX}{SURFACE}\b{NAMED_PLACE}",
        ("reports", "rumo", "stories", "allegations", "claims", "suggestions"),
        0,
        outside_quotes=True,
    ),
)
