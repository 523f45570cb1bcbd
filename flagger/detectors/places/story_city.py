"""The one city of a country a story names, as the antecedent of a later bare "the Turkish
capital" beyond the two sentences `_anaphora` reads: a story about events in Istanbul that later
says "in the Turkish capital" means Istanbul when it names no other Turkish city and never the
capital itself.
"""

from __future__ import annotations

from flagger.annotations.document import Document
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer, fold, located
from flagger.detectors.places.names import cities_in
from flagger.detectors.places.story import namesake_story


def story_city(doc: Document, gaz: Gazetteer, codes: tuple[str, ...],
               phrase: Span) -> Span | None:
    """The latest mention of the only city of `codes` named before `phrase`, when it is not a
    capital, no capital of `codes` is named anywhere in the article, and "capital" is not said
    between them; None otherwise."""
    text = doc.text
    before = [c for c in cities_in(gaz, text[: phrase.start], 0)
              if located(gaz.country_of(c.text) or "", codes)]
    if len({fold(c.text) for c in before}) != 1:
        return None
    city = before[-1]
    published = doc.article.published
    if any(gaz.is_capital(city.text, code, published) for code in codes):
        return None
    if "capital" in text[city.end : phrase.start] or namesake_story(gaz, city.text, text):
        return None
    named = {fold(c.text) for c in cities_in(gaz, text, 0)}
    if any(name == capital for code in codes for capital, _, _ in gaz.capitals.get(code, ())
           for name in named):
        return None
    return city
