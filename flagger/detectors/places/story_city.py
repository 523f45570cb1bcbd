"""The one city a story names (a city of a territory, such as Hong Kong, counts for the country
that holds it), as the antecedent of a later bare "the Turkish capital" beyond
the two sentences `_anaphora` reads.

- A story about events in Istanbul that later says "in the Turkish capital" means Istanbul when
  it names no other Turkish city and never the capital itself (`story_city`).
- A story about events in Beirut that later says "in the Syrian capital", and never names Syria,
  the Syrians or any Syrian city anywhere else, means Beirut: the phrase names a country the story
  is not about (`story_capital`). The city must be named as a place (after "in", "at", "to", or
  as the dateline), not as its government ("Beijing will stay on a path of peace").
"""

from __future__ import annotations

import re

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer, fold, located, placed
from flagger.detectors.places.names import cities_in
from flagger.detectors.places.story import namesake_story

AT_PLACE = lazy(r"\b(?:in|at|near|outside|into|from|to)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a city named as a place where things happen ("clashes in Beirut"), not as its
government ("Beijing will stay on a path of peace")."""


def story_city(doc: Document, gaz: Gazetteer, codes: tuple[str, ...],
               phrase: Span) -> Span | None:
    """The latest mention of the only city of `codes` named before `phrase`, when it is not a
    capital, no capital of `codes` is named anywhere in the article, and "capital" is not said
    between them; None otherwise."""
    text = doc.text
    before = [c for c in cities_in(gaz, text[: phrase.start], 0)
              if placed(gaz.country_of(c.text) or "", codes)]
    if len({fold(c.text) for c in before}) != 1:
        return None
    city = before[-1]
    published = doc.article.published
    if any(gaz.is_capital(city.text, code, published) for code in codes):
        return None
    if "capital" in text[city.end : phrase.start] or namesake_story(gaz, city.text, text):
        return None
    if _names_capital(gaz, codes, text):
        return None
    return city


def story_capital(doc: Document, gaz: Gazetteer, codes: tuple[str, ...],
                  phrase: Span) -> Span | None:
    """The latest mention of the only city named before `phrase`, when it is the capital of
    another country, "capital" is not said between them, and the article names the country of
    `codes` nowhere but in the phrase, and none of its cities; None otherwise."""
    text = doc.text
    before = [c for c in cities_in(gaz, text[: phrase.start], 0) if gaz.country_of(c.text)]
    if len({fold(c.text) for c in before}) != 1:
        return None
    city = before[-1]
    home = gaz.country_of(city.text) or ""
    published = doc.article.published
    if placed(home, codes) or not gaz.is_capital(city.text, home, published):
        return None
    if not any(AT_PLACE.search(text, max(c.start - 12, 0), c.start) or not text[: c.start].strip()
               for c in before):
        return None  # named only as its government: "Beijing will stay on a path of peace"
    if "capital" in text[city.end : phrase.start] or namesake_story(gaz, city.text, text):
        return None
    elsewhere = [m for m in gaz.terms_in(text)
                 if not phrase.start <= m.start() < phrase.end
                 and any(located(code, codes) for code in gaz.terms[m.group()])]
    if elsewhere or _names_capital(gaz, codes, text) or any(
            placed(gaz.country_of(c.text) or "", codes) for c in cities_in(gaz, text, 0)):
        return None
    return city


def _names_capital(gaz: Gazetteer, codes: tuple[str, ...], text: str) -> bool:
    """Whether the article names a capital of `codes` anywhere."""
    named = {fold(c.text) for c in cities_in(gaz, text, 0)}
    return any(name == capital for code in codes for capital, _, _ in gaz.capitals.get(code, ())
               for name in named)
