"""People known only by what they are to the story: 'farmers say', 'many voters said', 'retailers
complained', 'a grower told Reuters'.

Producers, buyers, voters, parents, victims: a group the story speaks for without naming one of
them, like a role (A104). Only speech and stated views count; what such a group feels or
thinks ('consumers feel a need for control') describes it and credits no claim.
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

KINDS = (
    "farmer", "voter", "consumer", "parent", "teacher", "patient", "victim", "producer",
    "grower", "manufacturer", "retailer", "lender", "landlord", "tenant", "shipper",
    "shareholder", "creditor", "demonstrator",
)  # fmt: skip
KIND = rf"(?:{'|'.join(KINDS)})"
SPEAK = (
    r"(?:say|says|said|told|tells|claim(?:s|ed)?|argue[sd]?|insist(?:s|ed)?|warn(?:s|ed)?|"
    r"complain(?:s|ed)?|contend(?:s|ed)?|fear(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?|"
    r"(?:are|were)\s+(?:(?:now|still|also|already|\w+ly)\s+)?"
    r"(?:saying|claiming|arguing|insisting|warning|complaining))"
)
"""What such a group says or holds about what comes, now or as it goes on ('victims are now
saying'); not 'feel', 'think' or 'see'."""
DESCRIBED = rf"(?-i:(?:(?:{w.PREMODIFIER}|{w.NATIONALITY})\s+){{0,2}}?)"
"""Up to two describing words: 'U.S. meat producers', 'oil palm growers'. One of the kind is
counted with an article ('a leading grower told'); 'the packaging producer said' is a company
the story has named."""
NOT_AN_OBJECT = r"(?<!\bof\s)(?<!\bfor\s)(?<!\bbetween\s)(?<!\bamong\s)(?<!\band\s)"
"""'the unmasking of U.S. citizens have said', 'an accord between producers and consumers':
the group is what the clause is about, not its speaker."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"{NOT_AN_OBJECT}\b(?:{w.QUANTIFIER}{DESCRIBED}{KIND}s|(?:an?|one|another)\s+"
        rf"{DESCRIBED}{KIND})\s+{w.AUX}{SPEAK}{w.VERB_END}",
        KINDS,
        48,
    ),
)
