"""N101 weak back-references: when "the", "their" or "these" before a count still point back
at a whole counted before: the same tally given back larger, the same modified noun, or the same
event said of both ("the five officers charged" after "six officers were charged"), the
group named again more briefly ("the four stations" after "five US radio stations"), or picked
out by the same participle ("the 19 firms involved" after "18 investment firms involved in"),
or given back with two digits swapped ("the 67 stores" after "76 stores")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.classes import KIN, kind
from flagger.detectors.numbers.transposed import swapped
from flagger.detectors.numbers.values import COUNT, count_value

if TYPE_CHECKING:
    from flagger.detectors.numbers.counts import Count

POINTING = frozenset({"the", "these", "those", "their", "his", "her"})
"""Weak back-references that may still link: "the nine creditor banks" … "the eight creditor
banks" (the same modified noun), "the 26 banks" after "16 banks" (more than were counted, so
no subset of them), "their seven children" after "six children". A bare count ("") never links
by its noun alone."""
COMPARED = lazy(
    r"(?:\b(?:than|with|to|against|versus|vs\.?)|\b(?:up|down|rose|fell|increased|decreased|"
    r"dropped|climbed|grew|shrank|compared|change|rise|fall|drop|increase|decrease|cut|reduced|"
    r"raised|expanded)\b[^.;!?]{0,40}?\bfrom)\s+(?:the|their|his|her)\s+$",
    re.IGNORECASE,
)
"""A figure set against another ("down from the", "more than the") is not the same count;
"citizens from the 36 countries" is."""
OPEN_REACH = 6
"""How many sentences back a sentence-opening "The N X" points."""
OTHERS = lazy(
    r"\b(?:another|others?|(?:second|third|fourth|fifth|sixth)(?!\s+(?:fiscal\s+)?(?:quarter|"
    r"half|round|day|week|month|year|term|time)\b)|joined|join|joining|more|also|additional|"
    r"(?-i:new|New(?!\s+[A-Z]))|remaining|rest|latest|plus|later)\b",
    re.IGNORECASE,
)
"""Words between the counts that tell of members besides those first counted ("two of them"
names a part of them, not others). An ordinal of a period ("its second quarter") and "New" in
a name ("New York") tell of none."""
POSSESSIVE = frozenset({"their", "his", "her"})
DEFINITE_PAIR = POINTING | {"both"}
"""Definite counts of a known whole: "both films" … "these three films" too."""
SHORTENING = frozenset({"the", "these", "those"})
"""Determiners of a group named again more briefly ("the four stations")."""
FIGURE = lazy(rf"(?<![\w,.]){COUNT}(?![\w,.]\w)", re.IGNORECASE)
PICKED = lazy(r"\s+(?:from|by|with|who|whom|that|which|of|born|aged|under|over)\b")
"""Words after a family count that pick some of the family out."""
NEXT = lazy(r"\s*[\w'’-]+")
LABEL = lazy(r"\s+[A-Z0-9]\b")
"""A letter or digit naming one of several ("series A", "Class B")."""
PARTICIPLE = lazy(r"\s+([a-z]{3,}ed)\b")
"""A past participle right after a counted noun ("involved", "arrested")."""
POINTING_REACH = 10
"""A weak back-reference reaches this many sentences back, no further."""
TALLY = 10
"""A tally of ten or more given back larger with "the" is the tally itself; a smaller group
given back larger is read by `regrown` (nothing between may tell of a newcomer)."""

def pointing(count: Count, earlier: list[Count], text: str) -> bool:
    """Say whether a weak back-reference ("the", "these", "their") may link to the earlier
    counts of its noun: not restricted by a clause, not set against it ("down from the 115,540
    cars"), near, and naming the same thing."""
    if count.definite not in POINTING or not earlier:
        return False
    if COMPARED.search(text, max(0, count.match.start() - 70), count.match.start()):
        return False
    first = earlier[0]
    if count.sentence - earlier[-1].sentence > POINTING_REACH:
        return False
    if same_event_of(count, first):
        return True  # "the five members who quit" after "four members resigned": one group
    if count.restricted and not family(count, text) and not same_participle(count, first, text):
        return False
    if grown_unsaid(count, first, text):
        return True  # "Three women went missing." … "The four women were hitchhiking."
    return (count.value > first.value and first.value >= TALLY) or restates(
        count, first, text
    ) or mistyped(count, first)


def mistyped(count: Count, first: Count) -> bool:
    """Say whether a weak back-reference gives back the earlier count with two neighbouring
    digits swapped ("76 stores" … "the 67 stores"): a part of exactly that size would be
    chance, a mistyped restatement is not."""
    return count.value >= 10 and swapped(str(first.value), str(count.value))


def restates(count: Count, first: Count, text: str) -> bool:
    """Say whether a weak back-reference still names the whole counted before: the
    same modified noun, the group named more briefly, or a count below the floor of it."""
    return same_modified(count, first, text) or shortened(count, first, text) or below_floor(
        count, first, text
    )


def below_floor(count: Count, first: Count, text: str) -> bool:
    """Say whether an unrestricted "the N X" gives back fewer than a bare count with only a
    floor ("more than 20 protesters" … "the dozen protesters"; "he wrote over 30 books" …
    "his 12 books"): the floor was the group's whole size, so no part of it is told by "the"
    or a possessive alone, unless its value was told between."""
    return (
        count.definite in SHORTENING | POSSESSIVE and not first.definite and not count.restricted
        and first.high == float("inf") and count.high < first.low
        and not told_between(count, first, text)
    )


def grown_unsaid(count: Count, first: Count, text: str) -> bool:
    """Say whether a sentence-opening "The N X" gives back a bare count of X, larger, a few
    sentences on, with nothing between telling of others ("a fourth", "another", "joined")."""
    return (
        count.opens and not first.definite and count.value > first.value
        and count.sentence - first.sentence <= OPEN_REACH
        and OTHERS.search(text, first.match.end(), count.match.start()) is None
    )


def family(count: Count, text: str) -> bool:
    """Say whether a count is a family's members told with a possessive ("their four children
    in Ibiza"), not some of them picked out ("her two children from her first marriage")."""
    if count.definite not in POSSESSIVE or kind(count.noun) not in KIN:
        return False
    return PICKED.match(text, head_end(count)) is None


def head_end(count: Count) -> int:
    """Return where the counted noun of `count` ends in the text ("six other political groups":
    "other" is kept with the noun, its modifiers stand between)."""
    words, noun = count.match.group("words"), count.noun.removeprefix("other ")
    return count.match.start("words") + words.casefold().find(noun) + len(noun)


def same_participle(count: Count, first: Count, text: str) -> bool:
    """Say whether both counted nouns are picked out by the same participle after them ("18
    firms involved in the sale" … "the 19 firms involved were"): one group named again by what
    befell it."""
    one, two = PARTICIPLE.match(text, head_end(first)), PARTICIPLE.match(text, head_end(count))
    return one is not None and two is not None and one.group(1) == two.group(1)


def picked_apart(count: Count, first: Count, text: str) -> bool:
    """Say whether both counts pick their groups out with different words after the noun
    ("three pillars that are stoned" … "one of the five pillars of Islam"): two groups."""
    if not (count.restricted and first.restricted):
        return False
    one, two = NEXT.match(text, head_end(count)), NEXT.match(text, head_end(first))
    return one is None or two is None or one.group().casefold() != two.group().casefold()


def same_modified(count: Count, first: Count, text: str) -> bool:
    """Say whether a smaller later count still names the whole: the same modified noun ("the
    eight creditor banks" after "nine creditor banks"). A bare demonstrative does not: "these
    two projects" after "three projects" may be the two just described. Two definite counts
    of one bare noun ("the eight countries" … "the nine countries", "both films" … "these three
    films") both name the known whole, unless the later is a few of them ("the two men" of "the
    four men", named just before)."""
    if count.modifiers != first.modifiers:
        return False
    if count.definite in POSSESSIVE and kind(count.noun) in KIN and first.family:
        return family(count, text)  # "their five children" after "they have six": one family,
        # unless some are picked out ("their two children born in Paris")
    both = first.definite in DEFINITE_PAIR and count.definite in POINTING
    return bool(count.modifiers) or (both and (count.value > first.value or count.value >= TALLY))


def shortened(count: Count, first: Count, text: str) -> bool:
    """Say whether a definite count gives back a group named before by more words: its noun
    with some of their modifiers dropped ("five US radio stations" … "the four stations", "six
    industrial nations" … "the seven nations"), and its own value nowhere between, as a part
    would be told first ("two of them" … "the two stations"). A few of the group ("the two
    banks" of "ten creditor banks") or a wider one ("the 20 banks" after "five Florida banks")
    is another group: the two values must lie within a factor of two of each other."""
    if count.definite not in SHORTENING or not count.modifiers < first.modifiers:
        return False
    if not first.value < 2 * count.value < 4 * first.value:
        return False
    end = head_end(count)
    if not text[end - len(count.noun) : end].islower() or any(
        LABEL.match(text, head_end(c)) for c in (count, first)
    ):
        return False  # "the two Steelworkers locals", "the 386,662 series B preferreds"
    return not told_between(count, first, text)


def told_between(count: Count, first: Count, text: str) -> bool:
    """Say whether the later count's value is told between the two, as a part would be ("two of
    them" … "the two stations")."""
    return any(
        count_value(figure.group("count")) == count.value
        for figure in FIGURE.finditer(text, first.match.end(), count.match.start())
    )


def same_event_of(count: Count, first: Count) -> bool:
    """Say whether both counts carry the same event ("six officers were charged" … "all five
    officers charged"): the event picks out the group again rather than a part of it."""
    return bool(count.event) and count.event == first.event
