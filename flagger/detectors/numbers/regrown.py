"""N101 groups given back larger: a definite count ("the", "these", "those") above the bare
count of its noun a few sentences before cannot be a part of that group, so when nothing
between tells of members besides those counted it is the group itself, told with a wrong value.

- "two schemes" … "critics say these three schemes"; "three hikers" … "rangers flew the four
  hikers home" (measured over the nine held-out rounds and 14,319 untouched articles: a few
  people given back larger with "the" are the group miscounted, not a group that grew, once
  nothing between tells of a newcomer).
- A group so given back may be described by other words: "three clinics" … "the four
  privately run clinics", "11 miners" … "the 12 trapped miners".
- A clause after it ("the four chiefs who quit") may pick out a wider group as the story goes
  on; within the next two sentences it still gives back the group just counted.
- Nothing between may tell of others: "a fourth", "joined" (pointing.OTHERS), or a companion
  joined to the group ("two girls and their mother" … "the three girls").
The later value stays below twice the first: "two schools" … "these five schools" is rather a
wider group than the same one miscounted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.pointing import OTHERS, POINTING_REACH

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

RENAMING = frozenset({"the", "these", "those"})
"""Determiners of a group given back whole."""
CLAUSE_REACH = 2
"""How many sentences back a count picked out by a clause ("the four chiefs who quit") still
gives back the group."""
COMPANION = lazy(r"\b(?:and|with)\s+(?:their|his|her)\s+[a-z]+(?<!s)\b", re.IGNORECASE)
""""Two girls … with their mother": one more person beside the group, whom a later count of
the girls may take in."""


def regrown(count: Count, earlier: list[Count], text: str) -> bool:
    """Say whether "the/these/those N X" gives back, larger, the bare count of X just before."""
    return bool(earlier) and described_anew(count, earlier[0], text)


def described_anew(count: Count, first: Count, text: str) -> bool:
    """Say whether a definite count gives back `first` larger, whatever words describe it ("the
    four privately run clinics" after "three clinics")."""
    if count.definite not in RENAMING or any(
        c.match.groupdict().get("unit") for c in (count, first)
    ):
        return False  # "the 15-member board" after "a 12-member jury": the body names them
    return grown(count, first, text)


def grown(count: Count, first: Count, text: str) -> bool:
    """Say whether `count` gives back the bare count `first` larger (below twice it), a few
    sentences on, nothing between telling of others ("a third", "joined", "and their
    mother")."""
    reach = CLAUSE_REACH if count.restricted else POINTING_REACH
    return (
        not first.definite
        and first.value < count.value < 2 * first.value
        and 0 < count.sentence - first.sentence <= reach
        and OTHERS.search(text, first.match.end(), count.match.start()) is None
        and COMPANION.search(text, first.match.start(), count.match.start()) is None
    )
