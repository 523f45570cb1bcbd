"""N102 whole totals: when listed parts must make up all of their total, not just some of it.

"Arrivals totalled 274,000 tonnes, of which 71,000 are grain and 213,000 derivatives"; "a
total of 68 sites (41 in America and 27 in Europe)"; "sales totalled 6.9 mln tonnes -- 1.2 mln
of wheat and 5.7 mln of corn". The total is called one ("total", "totalled", "a total of"),
its parts follow a dash, colon, parenthesis or "of which", the last joined by "and", and
nothing among them leaves room for more ("including", "others", "among", "about"). Parts
that fall short of such a total, beyond the rounding of the written digits, contradict it.
"""

from __future__ import annotations

import re

from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.values import Figure

NAMED = lazy(r"\btotal(?:l?ed|l?ing|s)?(?:\s+of)?\s+(?:[$£€#]\s?)?$", re.IGNORECASE)
"""The word that calls a figure the whole: "a total of", "totalled", "total"."""
SPLIT = lazy(r"\s*(?:[—–:(]|--?|,\s+of\s+(?:which|whom)\b)")
"""The cues that open a split of the whole (not "including", which may list some parts)."""
OPEN = lazy(
    r"\b(?:includ\w*|others?|other|rest|remaining|among|such as|some|about|around|roughly|"
    r"nearly|almost|approximately|more than|less than|over|under|up to|at least|"
    r"mainly|mostly|largely|chiefly|main|major|biggest|largest|etc)\b",
    re.IGNORECASE,
)
"""Words that leave the split open: some parts only, or parts read loosely."""
AND_LAST = lazy(r"\band\s+(?:the\s+)?$")
"""The "and" that joins the last part: the list is closed."""
CLAUSE_END = lazy(r"[.;)\n]|,\s")
REACH = 24


def whole(text: str, total: Figure, cue: re.Match[str], parts: list[Figure]) -> bool:
    """Say whether `parts` must add up to all of `total`, not just to some of it."""
    if not named(text, total) or not SPLIT.match(text, cue.start()) or len(parts) < 2:
        return False
    if not AND_LAST.search(text[parts[-2].end : parts[-1].start]):
        return False
    span = text[max(0, total.start - REACH) : _clause_end(text, parts[-1].end)]
    return OPEN.search(span) is None


def named(text: str, total: Figure) -> bool:
    """Say whether the words before `total` call it a total ("a total of", "totalled")."""
    return NAMED.search(text, max(0, total.start - REACH), total.start) is not None


def _clause_end(text: str, start: int) -> int:
    """Return where the clause holding the last part ends."""
    found = CLAUSE_END.search(text, start)
    return found.start() if found else len(text)
