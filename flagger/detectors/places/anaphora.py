"""F101 for a bare "the Turkish capital" that refers to a city named before it (the seed's
"Istanbul … the Turkish capital") or right after it, and the dateline city a story files from."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer, located, placed
from flagger.detectors.places.guards import moved
from flagger.detectors.places.names import cities_in
from flagger.detectors.places.rules import F101, capital_names, country_name
from flagger.detectors.places.story import namesake_story
from flagger.detectors.places.story_city import story_capital, story_city
from flagger.report.finding import Finding

LIST_BEFORE = lazy(r"(?:,|\band|\bor|&|\bbetween|\bamong)\s*$")
DATELINE = lazy(r"[ \t]*(?:,[^\n,]{1,30})?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[-–—]")
"""A city that opens the article before a dash is its dateline ("ROME —", "PARIS (AP) -")."""
AROUND = lazy(r"\s+(?:area|region|district|suburbs?|outskirts)\b")
"""After a city that names the land around it ("hospitals in the Moenchengladbach area")."""
ANTECEDENT_REACH = 2
"""A bare "the German capital" refers back at most two sentences."""


def dateline(text: str, city: Span) -> bool:
    """Whether `city` opens a line as its dateline ("ROME —", after the title or at the start):
    where the reporter files from, no antecedent, no apposition."""
    before = text[: city.start].rstrip(" \t")
    return (not before or before.endswith("\n")) and DATELINE.match(text, city.end) is not None


def anaphora(
    doc: Document, gaz: Gazetteer, codes: tuple[str, ...], phrase: Span
) -> Iterator[Finding]:
    """Flag a bare "the Turkish capital" whose antecedent city is not that capital."""
    text = doc.text
    sentence = doc.sentence_index(phrase.start)
    first = doc.sentences[max(sentence - ANTECEDENT_REACH, 0)].start if doc.sentences else 0
    window = text[first : phrase.start]
    published = doc.article.published
    cities = [c for c in cities_in(gaz, window, first) if gaz.country_of(c.text)]
    if not all(gaz.has_capital(code) for code in codes):
        return
    if not cities:
        if "capital" in window:
            return
        after = list(_cataphora(doc, gaz, codes, phrase))
        yield from after
        far = None if after else (story_city(doc, gaz, codes, phrase)
                                  or story_capital(doc, gaz, codes, phrase))
        if far is not None:
            yield _refers_back(doc, gaz, codes, phrase, far)
        return
    city = cities[-1]
    if dateline(text, city):
        far = story_city(doc, gaz, codes, phrase)  # "GENEVA (Reuters) - … in the Swiss capital"
        if far is not None:
            yield _refers_back(doc, gaz, codes, phrase, far)
        return
    if "capital" in text[city.start : phrase.start]:
        return  # another capital named between: which one is meant is unclear
    if namesake_story(gaz, city.text, text):
        return
    home = gaz.country_of(city.text) or ""
    if any(gaz.is_capital(city.text, code, published) for code in codes):
        return
    same_country = placed(home, codes)
    foreign_capital = gaz.is_capital(city.text, home, published)
    if not (same_country or foreign_capital):
        return
    if moved(gaz, text, city.end, phrase.start) or moved(gaz, text, max(city.start - 25, 0),
                                                          city.start):
        return
    own = doc.sentences[doc.sentence_index(city.start)].start if doc.sentences else 0
    rivals = [c for c in cities if c.start >= own]
    if any(gaz.country_of(c.text) and placed(gaz.country_of(c.text) or "", codes)
           and c is not city for c in rivals):
        return  # two cities of that country before it: which one is meant is unclear
    yield _refers_back(doc, gaz, codes, phrase, city)


def _refers_back(doc: Document, gaz: Gazetteer, codes: tuple[str, ...], phrase: Span,
                 city: Span) -> Finding:
    """The F101 warning for a bare "the Turkish capital" whose antecedent is `city`."""
    text = doc.text
    finding = F101.finding(
        doc, phrase.start, phrase.end,
        f"{text[phrase.start:phrase.end]!s} refers back to {city.text}, which is not the capital "
        f"of {country_name(gaz, codes[0])}{capital_names(gaz, codes[0], doc)}",
        related=(Span(city.start, city.end, city.text, "antecedent"),),
    )
    return dataclasses.replace(finding, severity="warning" if finding.severity == "error" else
                               finding.severity)


def _cataphora(
    doc: Document, gaz: Gazetteer, codes: tuple[str, ...], phrase: Span
) -> Iterator[Finding]:
    """Flag "the Turkish capital" named before its city: "… in the Turkish capital. The talks in
    Istanbul …", when the first city after it (this sentence or the next) lies in that country."""
    text = doc.text
    sentence = doc.sentence_index(phrase.start)
    last = doc.sentences[min(sentence + 1, len(doc.sentences) - 1)].end if doc.sentences else 0
    window = text[phrase.end : last]
    cities = [c for c in cities_in(gaz, window, phrase.end) if gaz.country_of(c.text)]
    if not cities or "capital" in window:
        return
    city = cities[0]
    home = gaz.country_of(city.text) or ""
    if namesake_story(gaz, city.text, text) or not located(home, codes) or any(
        gaz.is_capital(city.text, code, doc.article.published) for code in codes
    ):
        return
    if moved(gaz, text, phrase.end, city.start) or LIST_BEFORE.search(
        text[max(0, city.start - 12) : city.start]
    ) or AROUND.match(text, city.end):
        return
    finding = F101.finding(
        doc, phrase.start, phrase.end,
        f"{text[phrase.start:phrase.end]!s} is then called {city.text}, which is not the capital "
        f"of {country_name(gaz, codes[0])}{capital_names(gaz, codes[0], doc)}",
        related=(Span(city.start, city.end, city.text, "antecedent"),),
    )
    yield dataclasses.replace(finding, severity="warning")
