"""Cities a placement reaches past a word that is not part of the place: an airport named by
its city ("Frankfurt Airport, Austria") or a region between city and country ("Monterrey,
Nuevo Leon, Spain")."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer
from flagger.detectors.places.names import DAY_AFTER, city_left

FACILITY = lazy(r"[ \t]+(?:[Ii]nternational[ \t]+)?[Aa]irport$")
"""An airport named by its city: it lies in the city's country."""
REGION = lazy(r",[ \t]*([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2})$")
"""One to three capitalised words after a comma, before the comma of the country."""


def city_before(gaz: Gazetteer, text: str, at: int) -> Span | None:
    """Return the city ending at `at`, or the city that names an airport ending there."""
    city = city_left(gaz, text, at)
    if city is not None:
        return city
    facility = FACILITY.search(text, max(0, at - 40), at)
    return city_left(gaz, text, facility.start()) if facility else None


def region_before(gaz: Gazetteer, text: str, at: int) -> Span | None:
    """Return the city of "City, Region" ending at `at`, when the region is neither a known
    place nor a country, state or province term, nor a date ("Abingdon, Oxon")."""
    region = REGION.search(text, max(0, at - 40), at)
    if region is None:
        return None
    words = region.group(1)
    if gaz.is_place(words) or DAY_AFTER.match(words) or next(gaz.terms_in(words), None):
        return None
    return city_left(gaz, text, region.start())
