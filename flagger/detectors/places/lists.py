"""F102 lists: when a city and a country side by side are items of a list, not a placement."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer, placed
from flagger.detectors.places.names import DAY_AFTER, city_left

LIST_AFTER = lazy(
    r"^\s*(?:,\s*(?:and|or)\b|,|and\b|or\b|&)\s*(?:the\s+)?([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)*)"
)
PAIRED = lazy(r",\s*(?:the\s+)?([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)*)")
"""The next item of a list is itself a city with its country."""
LIST_BEFORE = lazy(r"(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or|&)\s+|\b(?:between|among)\s+)$")
"""What joins a city to the item before it in a list."""
PAIR_BEFORE = lazy(r",\s*(?:the\s+)?$")
CHAINED = lazy(r",\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*\s*$")
"""A capitalised item after a comma: "Florida, Massachusetts" before ", Paris, Australia"."""


def listed_after(gaz: Gazetteer, after: str) -> bool:
    """Say whether a country term is followed by another place, as in a list."""
    match = LIST_AFTER.match(after)
    if not match:
        return False
    words = match.group(1).split(". ")[0]  # "the Netherlands. By sampling"
    if DAY_AFTER.match(words.split(" ")[0]):
        return False  # "London, Ireland, March 17": a date, not the town of March
    head, last = words.split(" ")[0], words.split(" ")[-1]  # "East Germany": a country still
    candidates = {words, words.rstrip("."), words.rstrip(".") + ".", head, last,
                  last.rstrip(".")}  # "the U.S.", "the U.S.." at a sentence end
    paired = PAIRED.match(after, match.end())
    if paired and _pair(gaz, words, paired.group(1)):
        return False  # "Dar es Salaam, Kenya, and Nairobi, Kenya": a list of city-country pairs
    return any(w in gaz.terms or gaz.is_place(w) for w in candidates)


def listed_before(gaz: Gazetteer, text: str, city: Span, codes: tuple[str, ...]) -> bool:
    """Say whether the country after `city` may close a list of places before it: "Paris, Lyon
    and Marseille, France" (the cities before lie in that country) or "France, Spain and Lyon,
    Italy". It does not when the item before is no place ("this year, Cologne, Austria"), is
    a city with its own country ("Busan, South Korea and Kaohsiung, Japan"), or is a city of
    another country ("Seoul, Beijing and Danang, Thailand": the country is Danang's alone)."""
    joint = LIST_BEFORE.search(text, max(0, city.start - 12), city.start)
    if not joint:
        return False
    if joint.group().strip() in ("between", "among"):
        return True
    end = joint.start()
    term = next((t for t in gaz.terms_in(text[max(0, end - 40) : end]) if t.end() == min(40, end)),
                None)
    if term is not None:
        at = end - len(term.group())
        pair = PAIR_BEFORE.search(text, max(0, at - 6), at)
        return not (pair and city_left(gaz, text, pair.start()))
    previous = city_left(gaz, text, end)
    if previous is None:
        return CHAINED.search(text, max(0, end - 60), end) is not None
    home = gaz.country_of(previous.text)
    return home is None or placed(home, codes)


def _pair(gaz: Gazetteer, city: str, country: str) -> bool:
    """Say whether `city, country` is a city (no country of that name) with its own country."""
    home = gaz.country_of(city)
    if city in gaz.terms or country not in gaz.names or home is None:
        return False
    return placed(home, gaz.terms[country])
