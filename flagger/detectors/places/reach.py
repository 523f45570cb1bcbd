"""Cities a placement reaches past a word that is not part of the place: an airport named by
its city ("Frankfurt Airport, Austria"), a region between city and country ("Monterrey,
Nuevo Leon, Spain"), or an owner before the city ("Ford's Hermosillo, Mexico, plant")."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer
from flagger.detectors.places.names import DAY_AFTER, city_left

FACILITY = lazy(r"[ \t]+(?:[Ii]nternational[ \t]+)?[Aa]irport$")
"""An airport named by its city: it lies in the city's country."""
REGION = lazy(r",[ \t]*([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2})$")
"""One to three capitalised words after a comma, before the comma of the country."""
SITE_AFTER = lazy(
    r",?[ \t]+(?:[A-Z]\w*[ \t]+)?(?:plants?|factory|factories|facilit(?:y|ies)|mills?|homes?|"
    r"headquarters|offices?|casinos?|stores?|sites?|operations|refiner(?:y|ies)|mines?|works|"
    r"complex|campus|hotels?|warehouses?|branch|unit|division|subsidiary|studios?)\b"
)
"""After "Owner's City, Country": a site the owner has there ("Ford's Hermosillo, Mexico, plant";
"AMC's Toledo, Ohio Jeep plant")."""


def city_before(gaz: Gazetteer, text: str, at: int) -> Span | None:
    """Return the city ending at `at`, or the city that names an airport ending there."""
    city = city_left(gaz, text, at)
    if city is not None:
        return city
    facility = FACILITY.search(text, max(0, at - 40), at)
    return city_left(gaz, text, facility.start()) if facility else None


def region_before(gaz: Gazetteer, text: str, at: int) -> Span | None:
    """Return the city of "City, Region" ending at `at`, when the region is neither a known
    place nor a country term, nor a date ("Abingdon, Oxon"); a region of another country than
    the US, Canada and Australia, which the gazetteer names, is read past too ("Monterrey,
    Nuevo Leon, Spain")."""
    region = REGION.search(text, max(0, at - 40), at)
    if region is None:
        return None
    words = region.group(1)
    term = next(gaz.terms_in(words), None)
    if gaz.is_place(words) or DAY_AFTER.match(words) or (term is not None and not (
            term.group() == words and gaz.region(words))):
        return None
    return city_left(gaz, text, region.start())


def owned_before(gaz: Gazetteer, text: str, at: int, end: int) -> Span | None:
    """Return the city of "Owner's City, Country, noun" ending at `at` (the country ends at
    `end`): the place names where the owner's plant or home is. A title that only looks like a
    place ("St Andrew's University, Scotland") is followed by no such site."""
    if not SITE_AFTER.match(text, end):
        return None
    return city_left(gaz, text, at, owned=True)
