"""N101 scenes: whether two sentences can tell of one event (no other place, day or "another"),
and the time words that do not set two counts apart: the day a span of time ends ("laid off
until May 11") is not the day of another event."""

from __future__ import annotations

import re

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.values import MONTH_WORD

ENDS = lazy(r"\b(?:until|till|through)\s+[A-Z][a-z]+\.? \d{1,2}\b")
"""A span's last day: "until May 11", "through Dec. 3"."""


SIGNED = lazy(r"\(@\w+\)\s*[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d")
"""The signature of an embedded post ("— Ann Lee (@annlee) June 4, 2017"): the day it was
posted, run into the sentence after it, not the day of an event."""


def without_ends(sentence: str) -> str:
    """Return `sentence` without the days its spans of time end on and without the days of
    embedded posts."""
    return SIGNED.sub("", ENDS.sub("", sentence))

ELSEWHERE = lazy(
    r"\b(?:another|separate|separately|earlier|also|second|similar|elsewhere|previous|"
    r"(?<!week )(?<!weeks )(?<!days )(?<!months )(?<!years )since|total|abroad|overseas|"
    r"so far|today|yesterday|tonight|overnight|across|nationwide|worldwide|overall|statewide|"
    r"altogether|(?:this|last|past) (?:week|weekend|month|year)|attacks|incidents|accidents|"
    r"disasters|bombings|clashes|blasts)\b",
    re.IGNORECASE,
)
YEAR = lazy(r"\b(?:19|20)\d\d\b")
DAY = lazy(rf"\b{MONTH_WORD} \d{{1,2}}\b")
WEEKDAY = lazy(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
PLACE = lazy(r"\b(?i:in|at|near|outside)\s+((?:[A-Z][\w'’-]+\s?){1,3})")


def same_scene(doc: Document, first: int, later: int, spots: tuple[int, int] = (-1, -1)) -> bool:
    """Say whether two sentences can tell of one event: no other place or day, no "another".
    With `spots` (where the two counts stand), "another" and the like are looked for only in
    the clauses between semicolons that hold them ("three died in the prison; another 524
    caught it" tells of one scene); days, years and places in the whole sentences."""
    if any(ELSEWHERE.search(_clause(doc, index, spot))
           for index, spot in ((first, spots[0]), (later, spots[1]))):
        return False
    a, b = (without_ends(_clause(doc, index, -1)) for index in (first, later))
    days_a, days_b = set(WEEKDAY.findall(a)), set(WEEKDAY.findall(b))
    if days_a and days_b and not days_a & days_b:
        return False
    if any(set(pattern.findall(b)) - set(pattern.findall(a)) for pattern in (YEAR, DAY)):
        return False
    return all(place.strip() in a for place in PLACE.findall(b))


def _clause(doc: Document, index: int, spot: int) -> str:
    """Return sentence `index`, or its clause between semicolons that holds offset `spot`."""
    sentence = doc.sentences[index]
    text = doc.text
    if spot < 0:
        return text[sentence.start : sentence.end]
    start = text.rfind(";", sentence.start, spot) + 1 or sentence.start
    end = text.find(";", spot, sentence.end)
    return text[start : end if end != -1 else sentence.end]
