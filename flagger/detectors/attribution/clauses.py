"""Crowds and roles that hold a claim in a relative clause: 'residents who said they opposed the
plan', 'worrying colleagues who believe she has found a successor', 'growers who fear a
drought'.

The clause credits its claim to people the reader knows only by kind, as 'residents said' does
(A104; a crowd of 'critics who argue' is A102). A determiner before them ('the residents who
said') points back to people the story has introduced, which the guards of every role cue read.
"""

from __future__ import annotations

from flagger.detectors.attribution import trades
from flagger.detectors.attribution import words as w
from flagger.detectors.attribution.cue import REACH, Cue

NOT_ADVICE = "".join(rf"(?!(?<={verb})\s+against\b)" for verb in ("warn", "warns", "warned"))
WHO = (
    rf"\s+who\s+(?!{w.AUX}(?:tell|tells|told)\b){trades.VERB}{NOT_ADVICE}"
)
"""The clause's verb: a claim said or held, not a figure reported or added (`trades.VERB`), an
instruction ('parents who tell their kids to') nor advice ('officials who warned against
reopening')."""
UNCOUNTED = r"(?<!\d\s)" + "".join(rf"(?<!\d\s[a-z]{{{n}}}\s)" for n in range(2, 16))
"""No number before the crowd, nor before its one describing word: a count introduces people
the story goes on to present ('the views of 12 medical scientists who are concerned')."""

CUES: tuple[Cue, ...] = (
    Cue(
        "A104",
        rf"\b{UNCOUNTED}(?-i:(?:{w.ROLE_HEAD})(?<=s)|{trades.AGENT}(?<!ists)){WHO}",
        ("who",),
        REACH,
    ),
    Cue("A102", rf"\b{UNCOUNTED}(?-i:{w.CROWD}){WHO}", ("who",), REACH),
)
