"""F101 for a city named with a bare "the capital": "the capital Oran", "Touba, the capital"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer, fold, located
from flagger.detectors.places.names import city_left, city_right
from flagger.detectors.places.rules import F101, capital_names, country_name
from flagger.detectors.places.story import namesake_story, story_country
from flagger.report.finding import Finding

BARE_CAPITAL = lazy(
    r"\b(?:[Tt]he|federal|national|(?:the|its|this) (?:country|nation)['’]s)\s+capital"
    r"(?:\s+city)?(?:,\s*|\s+of\s+|\s+)(?=[A-Z])"
)
CITY_THE_CAPITAL = lazy(r",\s*(?:the\s+)?capital(?:\s+city)?\b(?!\s+(?:city\s+)?of\b)")
FEDERAL = frozenset("US CA AU IN BR DE MX NG RU CN AR MY AT CH PK ET VE".split())
"""Countries whose states have capitals: "Madison, the capital" means Wisconsin's."""


def bare_capitals(doc: Document, gaz: Gazetteer) -> Iterator[Finding]:
    """Flag "the capital Oran" / "Touba, the capital" when the city is no capital of its country."""
    text = doc.text
    if "capital" not in text:
        return  # both phrases name it
    published = doc.article.published
    spans: list[tuple[Span, Span, bool]] = []
    for match in BARE_CAPITAL.finditer(text):
        city = city_right(gaz, text, match.end())
        phrase = Span(match.start(), match.end(), match.group().rstrip(", "), "capital claim")
        if city:
            national = re.search(r"federal|national|country|nation", match.group()) is not None
            spans.append((city, phrase, national))
    for match in CITY_THE_CAPITAL.finditer(text):
        city = city_left(gaz, text, match.start())
        phrase = Span(match.start(), match.end(), match.group(), "capital claim")
        if city:
            spans.append((city, phrase, False))
    for city, phrase, national in spans:
        home = gaz.country_of(city.text)
        if home is None or ":" in home or not gaz.has_capital(home):
            continue
        if namesake_story(gaz, city.text, text):
            continue
        if gaz.is_capital(city.text, home, published):
            yield from _foreign(doc, gaz, city, home, phrase, national)
            continue
        if home in FEDERAL and not national:
            continue
        name = country_name(gaz, home)
        mention = next((m for m in gaz.terms_in(text) if home in gaz.terms[m.group()]), None)
        claim = Span(phrase.start, phrase.start + len(phrase.text), phrase.text, phrase.role)
        country = (Span(mention.start(), mention.end(), mention.group(), "country"),) if (
            mention) else ()
        yield F101.finding(
            doc, city.start, city.end,
            f"{city.text} is called the capital, but it is a city of {name}, and not its "
            f"capital{capital_names(gaz, home, doc)}",
            related=(*country, claim),
        )


def _foreign(
    doc: Document, gaz: Gazetteer, city: Span, home: str, phrase: Span, national: bool
) -> Iterator[Finding]:
    """Flag "the capital, Dakar" in a story about the Gambia: a bare "the capital" means the
    capital of the country the story is about, and this city is another country's capital.
    The story is about the country its text names most (at least twice, more than any other);
    neither the city nor its country may be named before the phrase, nor may the story's country
    have states with capitals of their own unless the capital is called national."""
    text = doc.text
    story = story_country(gaz, text)
    if story is None:
        return
    about, mention = story
    if about == home or not gaz.has_capital(about) or (about in FEDERAL and not national):
        return
    if any(located(home, gaz.terms[t.group()]) for t in gaz.terms_in(text[: phrase.start])):
        return
    if fold(city.text) in fold(text[: min(city.start, phrase.start)]):
        return
    yield F101.finding(
        doc, city.start, city.end,
        f"{city.text} is called the capital in a story about {country_name(gaz, about)}, but it "
        f"is the capital of {country_name(gaz, home)}{capital_names(gaz, about, doc)}",
        related=(Span(mention.start(), mention.end(), mention.group(), "country"),
                 Span(phrase.start, phrase.start + len(phrase.text), phrase.text, phrase.role)),
    )
