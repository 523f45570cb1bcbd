"""N101 named lists: "the four countries" just after a list naming three ("Hungary, Poland and
the Czech Republic issued a statement saying the four countries' entry …") counts the listed
countries again with another value."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import COUNT, count_value
from flagger.detectors.places.gazetteer import Gazetteer, TermMatch, load
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

BACK_REFERENCE = lazy(rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Aa]ll of the)\s+{COUNT}\s+$")
""""the four" before "countries" or "nations", found with str.find (faster than one scan)."""
NOUNS = (" countries", " nations")
JOINS = lazy(r"(?:,\s*|,?\s+and\s+|,?\s+&\s+)(?:the\s+)?")
"""What stands between two names of one list: "Hungary, Poland and the Czech Republic"."""
LONGEST = 12
SURE = 3
"""A list of two ("Canada and Mexico") may leave out the writer's own country, counted in "the
three countries"; from three names on, a larger count is a contradiction."""
PART = lazy(r"\b(?:among|of|from|with|including|like|than|other|in|to|between)\b")
"""Words between the list and the count that make the list a part of the counted countries or
set it against them."""
"""Lists longer than this are not counted (a table of countries is no back-reference)."""


def named(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings for "the N countries" after a list of another number of them."""
    text = doc.text
    gaz: Gazetteer | None = None
    for match in _back_references(text):
        value = count_value(match.group("count"))
        if value is None or not 2 <= value <= LONGEST:
            continue
        gaz = gaz or load()
        sentence = doc.sentence_index(match.start())
        start = doc.sentences[max(0, sentence - 1)].start
        window = text[start : match.start()]
        listed = _last_list(gaz, window)
        if listed is None or len(listed) == value or (len(listed) < SURE and value > len(listed)):
            continue
        if PART.search(window, listed[-1].finish) or _others(gaz, window, listed):
            continue  # "Sweden and the US are among the 10 countries"; a country besides them
        begin, end = start + listed[0].begin, start + listed[-1].finish
        yield rule.finding(
            doc, match.start("count"), match.end("count"),
            f"{match.group('count')} countries here, but the list just before names "
            f"{len(listed)} ({', '.join(t.term for t in listed)})",
            related=(Span(begin, end, text[begin:end], "listed names"),),
            evidence=(f"{match.group().strip()} = {value}", f"listed = {len(listed)}"),
        )


def _back_references(text: str) -> Iterator[re.Match[str]]:
    """Yield "the four" (and the like) standing before "countries" or "nations"."""
    for noun in NOUNS:
        at = text.find(noun)
        while at != -1:
            match = BACK_REFERENCE.search(text, max(0, at - 30), at + 1)
            if match is not None:
                yield match
            at = text.find(noun, at + len(noun))


def _others(gaz: Gazetteer, window: str, listed: list[TermMatch]) -> bool:
    """Say whether `window` names a country the list does not."""
    codes = {gaz.terms[t.term] for t in listed}
    return any(gaz.terms[t.term] not in codes for t in gaz.terms_in(window))


def _last_list(gaz: Gazetteer, window: str) -> list[TermMatch] | None:
    """Return the last list of two or more country names in `window` that ends with "and",
    each a different country, or None."""
    runs: list[list[TermMatch]] = []
    for term in gaz.terms_in(window):
        if term.term not in gaz.names:
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and JOINS.fullmatch(window, last.finish, term.begin):
            runs[-1].append(term)
        else:
            runs.append([term])
    for run in reversed(runs):
        codes = {gaz.terms[t.term] for t in run}
        joined = window[run[-2].finish : run[-1].begin] if len(run) > 1 else ""
        if len(run) >= 2 and len(codes) == len(run) and re.search(r"\band\b|&", joined):
            return run if len(run) <= LONGEST else None
    return None
