"""Crowd voices passed around by pronoun: commenters, posters and onlookers quoted as 'one
wrote', 'another posted', 'a third added', 'others remarked', with nobody named.

Reaction round-ups quote social-media users and bystanders one after another; 'one' and
'another' stand for a person the reader cannot find. A single voice is described by its place in
the chain only, like a role (A104); 'others' and 'some' are a crowd (A102).
"""

from __future__ import annotations

from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import Cue

SINGLE = r"(?:one|another|a\s+(?:second|third|fourth|fifth))"
POST = (
    r"(?:wrote|writes|posted|posts|tweeted|tweets|commented|comments|remarked|replied|added|"
    r"asked|said|says|fumed|quipped|joked|chimed\s+in|responded|complained|assumed|suggested|"
    r"argued|claimed|insisted|declared|noted|pointed\s+out|speculated)"
)
"""What a voice in a reaction round-up does with its words."""
SPOKEN = (
    r"(?=\s*[,.;:!?\"“”]|\s+(?:that|on|in|if|to|online|back|under)\b|\s+(?-i:[a-z]+ing)\b|\s*$)"
)
"""The words end there or go on to where, whom or a participle ('one wrote on Twitter', 'another
posted adding'), never to a noun: 'one suggested reason' is no voice."""
WEIGHING_IN = (
    r"(?:weighing\s+in|adding|writing|posting|tweeting|commenting|stressing|noting|suggesting|"
    r"asking|claiming|arguing|joking|quipping)"
)
"""'with another weighing in': the next voice of a chain, in a participle clause."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"{w.INVERTED}{SINGLE}\s+(?:(?-i:[A-Z]?[a-z]+)\s+)?(?:\w+ly\s+)?{POST}\b{SPOKEN}",
        ("one", "another", "a second", "a third", "a fourth", "a fifth"),
        0,
    ),
    Cue(
        "A104",
        rf"\b(?:with|while|and)\s+(?:yet\s+)?(?:another|a\s+(?:second|third|fourth))\s+"
        rf"(?:(?-i:[a-z]+)\s+)?{WEIGHING_IN}\b",
        ("another", "a second", "a third", "a fourth"),
        16,
    ),
    Cue(
        "A102",
        r"\b(?:others|some|many|a\s+few(?:\s+others)?|many\s+others|several\s+others)\s+"
        r"(?:(?:have|had|also|simply|quickly|even)\s+){0,2}"
        r"(?:wrote|posted|tweeted|commented|remarked|replied|joked|quipped|chimed\s+in|mocked)\b",
        ("others", "some", "many", "a few"),
        0,
    ),
)
