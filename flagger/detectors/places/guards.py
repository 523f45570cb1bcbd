"""Guards: readings in which a city and a country side by side are no wrong placement (F102),
and moves that take a story from a city to another place before "the capital" (F101)."""

from __future__ import annotations

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer, fold, load_regions

AGENT_BEFORE = lazy(r"\bby\s+$")
"""Before a capital named as the agent ("claimed by Beijing"): its government, not a place."""
MOVES = lazy(
    r"\b(?:(?:from|to)(?=\s+(?:[A-Z]|the\s+(?!\d)))|left|leaving|leave|departed|flew|flying|travel\w*|headed|heading|returned|"
    r"drove|moved|visit\w*|before|then|after|outside|near|between)\b"
)
"""Words that take the story from one place to another between a city and "the capital"."""
COUNTRY_MOVE = frozenset(("from", "to"))


def government(gaz: Gazetteer, text: str, city: Span, doc: Document) -> bool:
    """Say whether `city` is the capital of its own country named as an agent ("viewed as a
    province by Beijing, Taiwan ..."): the government, not a place the country holds."""
    home = gaz.country_of(city.text)
    if home is None or not AGENT_BEFORE.search(text[max(0, city.start - 8) : city.start]):
        return False
    return gaz.is_capital(city.text, home.split(":")[0], doc.article.published)


def namesake_in(gaz: Gazetteer, city: str, codes: tuple[str, ...]) -> bool:
    """Say whether a smaller city, or a state or province, of the same name lies in one of
    `codes`: a place of the named country, of any kind, makes the pair right. A region of the
    city's own country named after it ("Greater Manchester") is the city's own region: it does
    not put the city in another nation of that country ("Manchester, Scotland"). A city written
    in two words may be one of that country written in one ("Vera Cruz, Mexico")."""
    joined = city.replace(" ", "").replace("-", "")
    if joined != city and any(gaz.country_of(joined) == code.split(":")[0] for code in codes):
        return True  # "Vera Cruz, Mexico": Veracruz written in two words
    row = gaz.cities.get(fold(city), ())
    regions = load_regions().get(fold(city), ())
    smaller = row[2].split() if len(row) > 2 else []
    if len(row) > 3 and any(":" in code for code in codes):
        smaller += row[3].split()  # a state's small namesakes: "Trenton, Nova Scotia"
    home = row[0] if row else ""
    for code in codes:
        country = code.split(":")[0]
        if country in smaller:
            return True
        if country in regions and not (":" in code and country == home):
            return True
    return False


def moved(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """Say whether a move word lies in [start, end): "to" and "from" move only with a place ("to
    Paris", "from the capital"), not "to launch", "far from flaunting", or a country other than
    the one the capital phrase names ("arrived in Shanghai from South Korea for a stop in the
    Chinese capital")."""
    for match in MOVES.finditer(text, start):
        if match.start() >= end:
            return False
        if match.group() in COUNTRY_MOVE:
            term = next(gaz.terms_in(text[match.end() : match.end() + 40]), None)
            if term and term.start() == 1 and match.end() + term.end() <= end:
                continue
        return True
    return False


NEIGHBOURS = {"US": frozenset({"CA", "MX"}), "CA": frozenset({"US"}), "AU": frozenset({"NZ"})}
"""The countries whose states and provinces `gazetteer.json` names, and for each the countries
whose cities a writer may misplace in it: a city of another country is more often a small
namesake our table lacks ("Vigo, Indiana", "Boca Chica, Texas"), towns there being named after
cities abroad. The regions of other countries (`regions.json`) are judged for any city."""


def far_namesake(home: str, codes: tuple[str, ...]) -> bool:
    """Say whether `codes` name a state or province and the city's country `home` is not one
    whose cities are misplaced there ("Detroit, Ontario" is judged, "Calais, Vermont" is not)."""
    countries = {code.split(":")[0] for code in codes if ":" in code} & NEIGHBOURS.keys()
    return bool(countries) and not any(home.split(":")[0] in NEIGHBOURS[c] for c in countries)
