"""N101 family sizes: a family's children counted twice ("their three children" … "co-parenting
their four children", "they have two children together" … "they have three children
together") tell one fixed number, however far apart, unless the text between tells of a birth,
an adoption, a death or another family, or the two counts name different parents."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.classes import KIN, kind
from flagger.detectors.numbers.pointing import PICKED, head_end

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

PARENT = {"their": "they", "his": "he", "her": "she"}
"""The parent a possessive names; a count after "have" leaves its parent unsaid."""
CHANGED = lazy(
    r"\b(?:born|births?|adopt\w*|welcom\w*|expect\w*|pregnan\w*|bab(?:y|ies)|newborn|"
    r"third|fourth|fifth|sixth|step\w*|previous|marriages?|married|late|lost|died|"
    r"deaths?|killed|grand\w*)\b",
    re.IGNORECASE,
)
"""Words between two family counts that tell the family (or the family talked of) changed."""


def other_parents(first: Count, count: Count) -> bool:
    """Say whether two family counts name different parents ("her two children" … "his three
    children")."""
    one, two = PARENT.get(first.definite, ""), PARENT.get(count.definite, "")
    return bool(one and two and one != two)


def same_family(count: Count, earlier: list[Count], text: str) -> bool:
    """Say whether `count` and the first of `earlier` both count one family's children: both
    family counts of one kin class, neither picking some out ("their two children born in
    Paris"), of the same parent where both name one, with nothing between telling of a
    change."""
    if not count.family or not earlier or kind(count.noun) not in KIN:
        return False
    first = earlier[0]
    if not first.family or kind(first.noun) != kind(count.noun):
        return False
    if any(PICKED.match(text, head_end(c)) for c in (first, count)):
        return False
    if other_parents(first, count):
        return False
    return CHANGED.search(text, first.match.start(), count.match.start()) is None
