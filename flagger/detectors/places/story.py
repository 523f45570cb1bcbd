"""Which country a story is about: the one its text names most."""

from __future__ import annotations

from collections import Counter

from flagger.detectors.places.gazetteer import Gazetteer, TermMatch, fold


def story_country(gaz: Gazetteer, text: str) -> tuple[str, TermMatch] | None:
    """Return the country `text` names most (at least twice, more often than any other) and its
    first mention, or None. A term that may mean several countries (Korea) counts for none."""
    counts: Counter[str] = Counter()
    first: dict[str, TermMatch] = {}
    for match in gaz.terms_in(text):
        codes = gaz.terms[match.group()]
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
