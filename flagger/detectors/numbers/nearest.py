"""N101 nearest antecedent: a definite count read back to the last mention of its noun.

A story may count one noun several times ("4,800 sailors ashore", "2,900 sailors returned",
"five sailors who had recovered tested positive again"); a definite back-reference a sentence
or two on ("The six sailors had previously tested positive") names the group just counted, as a
desk reads it, not every group of that noun in the story. Left alone: a back-reference whose
value the story gave that noun before (it may point at that group), one in the sentence of the
last mention ("two of the five sailors"), and one whose value is the sum or the difference of
two values counted before (a whole or a rest: "ten sailors … two sailors … the eight sailors").
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

NEAR_REACH = 2
"""How many sentences back the last mention of the noun may stand."""


def antecedent(count: Count, earlier: list[Count]) -> list[Count]:
    """Return the last earlier count of the noun as the one `count` gives back, when the noun
    was counted with several values, or nothing."""
    values = {c.value for c in earlier}
    if len(values) < 2 or count.value in values or not count.definite:
        return []
    last = earlier[-1]
    if not 0 < count.sentence - last.sentence <= NEAR_REACH:
        return []
    if any(count.value in (a + b, abs(a - b)) for a, b in combinations(values, 2)):
        return []  # "ten sailors … two sailors … the eight sailors": the rest of them
    return [last]
