"""The F rules and the words their messages use for countries and capitals."""

from __future__ import annotations

from flagger.annotations.document import Document
from flagger.detectors.places.gazetteer import NOTICE, Gazetteer
from flagger.detectors.rule import Rule

F101 = Rule(
    "F101", "capital-conflict", "place", "error",
    "a city called the capital of a country it is not the capital of",
    "A wrong capital is a factual error any reader can catch. " + NOTICE,
    "the Canadian capital Toronto; Lyon, the capital of France; talks in Istanbul … in the "
    "Turkish capital",
    "Check which city is meant, and the country's capital at the time of the story.",
)
F102 = Rule(
    "F102", "place-country-conflict", "place", "error",
    "a city placed in a country it is not in",
    "A city put in the wrong country is a factual error any reader can catch. " + NOTICE,
    "Bruges, Netherlands; the Dutch city of Bruges; BRUGES, Netherlands (Reuters) -",
    "Check the city and the country it lies in.",
)
RULES = (F101, F102)


def country_name(gaz: Gazetteer, code: str | None) -> str:
    """Return the display name of a country code ("another country" when it is unknown)."""
    if code is None:
        return "another country"
    return gaz.display.get(code, code)


def capital_names(gaz: Gazetteer, code: str, doc: Document) -> str:
    """Return "; the capital is X" at publication ("was then X" for a capital the gazetteer
    dates, such as Bonn), or "" when the capital then is not known."""
    published = doc.article.published
    english = gaz.capital_names.get(code)
    if english and gaz.is_capital(english, code, published):
        return f"; the capital is {english}"
    day = published.isoformat() if published else None
    for name, start, until in gaz.capitals.get(code, ()):
        if day and (start or until) and (not start or start <= day) and (not until or day <= until):
            return f"; the capital was then {name.title()}"
    return ""
