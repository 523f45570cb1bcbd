"""Where a country after "City, " ends the place: "in Bruges, Netherlands, on Monday", and when
the country may be the subject of a new clause instead ("After talks in Paris, France said")."""

from __future__ import annotations

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.places.gazetteer import Gazetteer
from flagger.detectors.places.names import MONTH, WEEKDAY

PLACE_END = lazy(
    r"\s*(?:$|\n|[,.;:?!…)\-–—(]|\s+and\s+[a-z]|['’]s\s+(?:[a-z]+\s+){0,2}(?:city|port|town|capital|village|region|"
    r"province|state|island|resort)\b|\s+(?:on|in|at|for|last|this|next|where|when|which|whose|"
    r"to|from|with|before|after|during|since|until|earlier|later|yesterday|today)\b"
    rf"|\s+(?:{MONTH}|{WEEKDAY})\b)"
)
"""What may follow a country that ends a place: punctuation, a preposition, a day."""
WRAP_AFTER = lazy(r"[ \t]*\n(?=[^\s])")
"""A single line break straight into text: a wrapped line, not the end of a paragraph."""
SAYING = (
    r"said|says|told|tells|added|adds|reported|reports|announced|claimed|confirmed|insisted|"
    r"warned|stated|argued|noted|alleged|stressed|explained|declared|replied|responded|agreed|"
    r"accused|denied|urged|asked|called|wanted|needed|decided|hoped|expected|planned|refused"
)
NOT_ADVERB = (
    r"daily|weekly|monthly|yearly|quarterly|early|only|likely|unlikely|family|rally|ally|supply|"
    r"reply|assembly|elderly|friendly|deadly|costly|holy|needed|based"
)
LOOSE_END = lazy(
    rf"\s+(?!(?:{SAYING}|{NOT_ADVERB})\b)(?:[a-z]{{3,}}ly|[a-z]{{3,}}ed|are|were|is|was)\b"
    r"(?![-'’])"
)
"""An adverb or a verb after the country ("told reporters in Munich, Germany recently"; "Lublin
in London, Britain contributed"; "a seeker in Oslo, Sweden is"): it ends the place when no clause
can start at the country.
Verbs of saying and deciding are left out: "talks went on in Geneva, Iran said"."""
CLAUSE_START = lazy(
    r"(?:(?:^|[,;:(\"“”])\s*(?:[A-Z][a-z]*ing|[Ii]n|[Aa]t|[Oo]n|[Aa]fter|[Bb]efore|[Dd]uring|"
    r"[Ff]rom|[Oo]utside|[Nn]ear|[Ii]nside|[Aa]cross|[Bb]ack|[Ll]ike|[Uu]nlike|[Dd]espite|"
    r"[Tt]hroughout|[Ww]ithin|[Tt]hrough|[Oo]ver|[Uu]nder|[Ff]or|[Ww]ith|[Aa]mong|[Hh]ere|"
    r"[Tt]here|[Tt]o|[Bb]y)|\b(?:[Aa]s|[Ww]hen|[Ww]hile|[Ii]f|[Bb]ecause|[Aa]lthough|[Tt]hough|"
    r"[Ss]ince|[Uu]ntil|[Oo]nce|[Ww]hereas|[Uu]nless|that))\b[^,;:]*$"
)
"""A clause opened by a preposition or an -ing word, or a subordinate clause, before the city
("as the rebels advanced on Baidoa, Ethiopia moved"): the comma after the city may close it,
and the country start the main clause."""


OWNED_BEFORE = lazy(r"\b(?:its|their|his|her|our|whose)\s+$")
NOUN_AFTER = lazy(rf"\s+(?!(?:{SAYING})\b)[a-z]{{3,}}\b")
"""A city and its country used as an attribute after a possessive ("its Geneva, France
operations"): the noun after the country ends the place."""


def may_end(after: str) -> bool:
    """Say whether the text after a country may end a place (a cheap test before the city)."""
    return bool(PLACE_END.match(after) or LOOSE_END.match(after) or WRAP_AFTER.match(after)
                or NOUN_AFTER.match(after))


def ended(doc: Document, gaz: Gazetteer, city: Span, end: int) -> bool:
    """Say whether the country ending at `end`, after "`city`, ", ends the place."""
    text = doc.text
    tail = text[end : end + 80]
    if wrapped(text, city.start, end):
        tail = " " + tail.lstrip(" \t")[1:]  # the line break is a space in the sentence
    if PLACE_END.match(tail) or (NOUN_AFTER.match(tail) and OWNED_BEFORE.search(
            text, max(0, city.start - 8), city.start)):
        return True
    if not LOOSE_END.match(tail) or "the" in text[city.end : end]:
        return False  # "in late March, the China daily said": "the" opens a new phrase
    first = doc.sentences[doc.sentence_index(city.start)].start if doc.sentences else 0
    return CLAUSE_START.search(text[first : city.start]) is None


def wrapped(text: str, city_start: int, end: int) -> bool:
    """Say whether a country ends a wrapped line in mid-sentence: the city does not open its
    line (as a dateline does), so the line break is a space and the country goes on into the
    next line ("Dalian, U.S.\\nSecretary of State ...": the country is an adjective)."""
    before = text[:city_start].rstrip(" \t")
    return bool(before) and not before.endswith("\n") and WRAP_AFTER.match(text, end) is not None
