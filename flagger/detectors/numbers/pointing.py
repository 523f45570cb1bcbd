"""N101 weak back-references: when "the", "their" or "these" before a count still point back
at a whole counted before: the same tally given back larger, the same modified noun, or the same
event said of both ("the five officers charged" after "six officers were charged")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flagger.annotations.lazyre import lazy

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

POINTING = frozenset({"the", "these", "those", "their", "his", "her"})
"""Weak back-references that may still link: "the nine creditor banks" … "the eight creditor
banks" (the same modified noun), "the 26 banks" after "16 banks" (more than were counted, so
no subset of them), "their seven children" after "six children". A bare count ("") never links
by its noun alone."""
COMPARED = lazy(r"\b(?:from|than|with|to|against|versus|vs\.?)\s+(?:the|their|his|her)\s+$")
"""A figure set against another ("down from the", "more than the") is not the same count."""
POINTING_REACH = 10
TALLY = 10
"""A few people may become a bigger group as a story goes on ("two girls" … "the three girls"
once a third joins); a tally of ten or more given back larger with "the" is the tally itself."""
"""A weak back-reference reaches this many sentences back, no further."""

def pointing(count: Count, earlier: list[Count], text: str) -> bool:
    """Say whether a weak back-reference ("the", "these", "their") may link to the earlier
    counts of its noun: not restricted by a clause, not set against it ("down from the 115,540
    cars"), near, and naming the same thing."""
    if count.definite not in POINTING or not earlier:
        return False
    if COMPARED.search(text, max(0, count.match.start() - 24), count.match.start()):
        return False
    first = earlier[0]
    if count.sentence - earlier[-1].sentence > POINTING_REACH:
        return False
    if same_event_of(count, first):
        return True  # "the five members who quit" after "four members resigned": one group
    if count.restricted:
        return False
    return (count.value > first.value and first.value >= TALLY) or same_modified(count, first)


def same_modified(count: Count, first: Count) -> bool:
    """Say whether a smaller later count still names the whole: the same modified noun ("the
    eight creditor banks" after "nine creditor banks"). A bare demonstrative does not: "these
    two projects" after "three projects" may be the two just described. Two definite counts
    of one bare noun ("the eight countries" … "the nine countries") both name the known whole,
    unless the later is a few of them ("the two men" of "the four men", named just before)."""
    if count.modifiers != first.modifiers:
        return False
    both = first.definite in POINTING and count.definite in POINTING
    return bool(count.modifiers) or (both and (count.value > first.value or count.value >= TALLY))


def same_event_of(count: Count, first: Count) -> bool:
    """Say whether both counts carry the same event ("six officers were charged" … "all five
    officers charged"): the event picks out the group again rather than a part of it."""
    return bool(count.event) and count.event == first.event
