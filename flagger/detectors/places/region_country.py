"""F102 for a region put in a country it is not part of: "a Minas Gerais, Argentina, mining
concern" (Minas Gerais is a state of Brazil). Only the regions of `regions.json` are judged,
each with every country that has a region of that name ("Punjab, Pakistan" and "Punjab, India"
are both right)."""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer
from flagger.detectors.places.rules import F102, country_name
from flagger.report.finding import Finding

REACH = 50
"""How far before the comma a region's name may start."""


def region_left(gaz: Gazetteer, text: str, at: int) -> Span | None:
    """Return the region whose name ends at `at` ("Minas Gerais" of "Minas Gerais, Argentina"),
    or None when the words there are no region of `regions.json`."""
    start = max(0, at - REACH)
    found = None
    for term in gaz.terms_in(text[start:at]):
        found = term
    if found is None or start + found.end() != at or not gaz.region(found.group()):
        return None
    return Span(start + found.start(), at, found.group(), "region")


def misplaced_region(doc: Document, gaz: Gazetteer, region: Span, codes: tuple[str, ...],
                     country: Span) -> Iterator[Finding]:
    """Flag `region` put in `country` (of `codes`) when no region so named lies there."""
    homes = gaz.terms[region.text]
    countries = {code.split(":")[0] for code in codes}
    if any(home.split(":")[0] in countries for home in homes):
        return
    where = " and ".join(sorted({country_name(gaz, home.split(":")[0]) for home in homes}))
    yield F102.finding(
        doc, country.start, country.end,
        f"{region.text} is placed in {country_name(gaz, codes[0])}, but it is a region of {where}",
        related=(region,),
        evidence=(f"{region.text}: {where}",),
    )
