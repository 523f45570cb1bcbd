"""N101 groups given back larger and described anew: a definite count above the bare count of
its noun just before cannot be a part of that group, so when nothing between tells of members
besides those counted it is the group itself, told with a wrong value.

- A demonstrative ("these", "those") points at what was just said, wherever it stands: "two
  schemes" … "critics say these three schemes".
- A group so given back may be described by other words: "three clinics" … "The four
  privately run clinics", "11 miners" … "the 12 trapped miners". A larger "the N X" inside a
  sentence still needs the support of pointing.py (a sentence-opening subject, or a tally of
  ten or more), as a few people may be a group that grew.
The later value stays below twice the first: "two schools" … "these five schools" is rather a
wider group than the same one miscounted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flagger.detectors.numbers.pointing import OTHERS, POINTING_REACH, TALLY

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

DEMONSTRATIVE = frozenset({"these", "those"})
RENAMING = frozenset({"the", "these", "those"})
"""Determiners of a group given back whole."""


def demonstrated(count: Count, earlier: list[Count], text: str) -> bool:
    """Say whether "these/those N X" gives back, larger, the bare count of X just before."""
    return count.definite in DEMONSTRATIVE and bool(earlier) and grown(count, earlier[0], text)


def described_anew(count: Count, first: Count, text: str) -> bool:
    """Say whether a definite count may carry words the first count of its group lacks ("the
    four privately run clinics" after "three clinics"): the group given back larger, by a
    demonstrative, a sentence-opening "The", or as a tally of ten or more."""
    if count.definite not in RENAMING or not grown(count, first, text) or any(
        c.match.groupdict().get("unit") for c in (count, first)
    ):
        return False  # "the 15-member board" after "a 12-member jury": the body names them
    return count.definite in DEMONSTRATIVE or count.opens or first.value >= TALLY


def grown(count: Count, first: Count, text: str) -> bool:
    """Say whether an unrestricted `count` gives back the bare count `first` larger (below
    twice it), a few sentences on, nothing between telling of others ("a third", "joined")."""
    return (
        not first.definite and not count.restricted
        and first.value < count.value < 2 * first.value
        and 0 < count.sentence - first.sentence <= POINTING_REACH
        and OTHERS.search(text, first.match.end(), count.match.start()) is None
    )
