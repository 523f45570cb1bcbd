"""N101 groups named anew: a definite count whose noun the story has not counted before gives
back the group counted just before it under another name of the same sort.

"Four major steelmakers formed a cartel." … "The five companies will set quotas"; "two community
newspapers" … "the three publications"; "177 gold miners died" … "The 171 mineworkers". "The"
presupposes a group the reader knows; when its noun is new, the desk reads it as the group just
counted. Read only when
- the back-reference is "the", "these", "those" or "all" before the figure, nothing after its
  noun picks some out ("the four firms that sued");
- the group is the last one counted of the same sort of thing (people, companies,
  publications, countries, securities, with "members" of any of them), in one of the four
  sentences before; a subgroup noun ("men", "women", "children") is no new name;
- the larger value stays below twice the smaller ("the nine justices" after "500 employees"
  is a group the reader knows by itself), no bound reconciles them, and nothing
  between tells of others ("a fourth", "another", "joined") or of a change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.classes import PARTS
from flagger.detectors.numbers.updates import CHANGED, update_window

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

RENAMING = frozenset({"the", "these", "those", "all"})
"""Determiners of a group given back whole under a new name."""
REACH = 4
"""How many sentences back the group just counted may stand."""
ORGANISATIONS = frozenset(
    "companies firms groups corporations banks lenders insurers carriers airlines makers "
    "manufacturers producers steelmakers automakers carmakers units subsidiaries businesses "
    "concerns operators utilities brokers brokerages agencies institutions clearers "
    "retailers chains partners".split()
)
PUBLICATIONS = frozenset("newspapers titles papers publications magazines dailies".split())
NATIONS = frozenset("countries nations states economies governments".split())
SECURITIES = frozenset("stocks securities issues bonds".split())
PERSONS = frozenset(
    "people persons individuals victims dead detainees prisoners hostages suspects captives "
    "patients nominees candidates pundits critics experts applicants investors shareholders "
    "members delegates lawmakers legislators senators congressmen representatives officials "
    "executives directors officers workers employees staff strikers miners mineworkers "
    "sailors soldiers troops crew passengers residents students pupils survivors players "
    "athletes scientists researchers doctors nurses journalists reporters activists "
    "protesters demonstrators leaders ministers judges jurors plaintiffs defendants "
    "signatories donors buyers bidders".split()
)
SORTS = (PERSONS, ORGANISATIONS, PUBLICATIONS, NATIONS, SECURITIES)
MEMBERS = "members"
"""A name for the members of any sort of body."""
NATIONALS = lazy(r"[A-Z][a-z]+(?:ans|ons|ese|is)$")
""""Britons", "Americans", "Japanese": people named by their country."""
NEWCOMERS = lazy(
    r"\b(?:another|others?(?! than)|joined|joins?|joining|additional|more|plus|rest|remaining|"
    r"(?:second|third|fourth|fifth|sixth)(?!\s+(?:fiscal\s+)?(?:quarter|half|round|day|week|"
    r"month|year|term|time)\b))\b",
    re.IGNORECASE,
)
"""Words between the two that tell of members besides those counted ("a fifth firm joined")."""


def renamed(doc: Document, count: Count, before: list[Count]) -> Count | None:
    """Return the last count of the same sort in `before` that `count`, a count of a noun
    not counted before, gives back under another name with another value; or None."""
    text = doc.text
    if count.definite not in RENAMING or count.restricted or count.added or not before:
        return None
    if count.noun in PARTS:
        return None
    sorts = _sorts(count, text)
    last = next((c for c in reversed(before) if sorts & _sorts(c, text)), None)
    if last is None or not 0 < count.sentence - last.sentence <= REACH or last.added:
        return None
    low, high = sorted((last.value, count.value))
    if low == high or 2 * low < high + 1 or 2 * low == high:
        return None
    if not (last.high < count.low or count.high < last.low):
        return None  # "about 3,000 miners" … "the 3,200 strikers"
    if NEWCOMERS.search(text, last.match.end(), count.match.start()) or CHANGED.search(
        update_window(doc, last, count)
    ):
        return None  # "a fifth joined", "the toll rose to"
    return last


def _sorts(count: Count, text: str) -> set[int]:
    """Return the sorts (indexes of SORTS) the counted noun names."""
    noun = count.noun.removeprefix("other ")
    if noun == MEMBERS:
        return set(range(len(SORTS)))
    found = {i for i, sort in enumerate(SORTS) if noun in sort}
    words = count.match.group("words")
    at = words.casefold().find(noun)
    if at >= 0 and NATIONALS.match(words[at : at + len(noun)]):
        found.add(0)
    return found
