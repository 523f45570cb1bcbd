"""Which country a story is about: the one its text names most."""

from __future__ import annotations

from collections import Counter

from flagger.annotations.lazyre import lazy
from flagger.detectors.places.gazetteer import Gazetteer, TermMatch, fold

FIRM_AFTER = lazy(
    r"\s+(?:[a-z]+\s+)?(?:company|companies|firm|firms|group|concern|bank|banks|airline|carrier|"
    r"subsidiary|unit|maker|makers|producer|producers|insurer|bidder|investors?|owners?)\b")
"""After a nationality that says whose firm it is ("Dutch metals company")."""


def story_country(gaz: Gazetteer, text: str) -> tuple[str, TermMatch] | None:
    """Return the country `text` names most (at least twice, more often than any other) and its
    first mention, or None. A term that may mean several countries (Korea) counts for none, nor
    does a nationality that only says whose firm or investor it is."""
    counts: Counter[str] = Counter()
    first: dict[str, TermMatch] = {}
    for match in gaz.terms_in(text):
        codes = gaz.terms[match.group()]
        if match.group() not in gaz.names and FIRM_AFTER.match(text, match.end()):
            continue  # "the Dutch company Billiton" says whose firm, not where the story is
        if len(codes) == 1:
            code = codes[0].split(":")[0]
            counts[code] += 1
            first.setdefault(code, match)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0], first[ranked[0][0]]


def namesake_story(gaz: Gazetteer, city: str, text: str) -> bool:
    """Say whether a smaller namesake of `city` lies in the country the story is about: St.
    Petersburg is the Russian city, unless the story is about the United States."""
    row = gaz.cities.get(fold(city), ())
    smaller = row[2].split() if len(row) > 2 else ()
    if not smaller:
        return False
    about = story_country(gaz, text)
    return about is not None and about[0] in smaller
