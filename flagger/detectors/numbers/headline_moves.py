"""N101 a headline's move that the lede gives with another size: "HOGS UP 1.50 DLR" over
"barrow and gilt prices rose 1.00 dlr"; "COST OF LIVING FALLS 2.1 PCT" over "the index fell 1.2
pct"; "projects drop off by 53 percent" over "Projects are down by about 35 percent".

A move is a direction word ("up", "fell", "drop off by", "higher") and a figure with its unit:
percent, points, dollars or cents, the unit after the figure or, for a price, "0.50 dlr higher".
The headline must hold one move; its partner is the first move of the same unit and direction
in the body's first `LEDE` sentences, when they share a content word with the headline. Flagged
when the two differ beyond what their written digits and bounds allow ("more than 8%" holds 9,
not 5; "about 35" holds 40, not 53) and the headline's figure stands nowhere in the body with
its unit, or as a move without one: a later "closed up 2 dlrs" or a spread "mostly 1.00 dlr
higher, instances up 1.50" bears the headline out. A headline over a spread ("STEADY/UP") is
not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.furniture import outside
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.restatements import STOP, WORD
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

UPWARD = (r"up|rose|rises?|rising|risen|higher|gain(?:s|ed)?|jump(?:s|ed)?|climb(?:s|ed)?|"
          r"surg(?:es?|ed)|soar(?:s|ed)?|grew|grows?|increas(?:es?|ed)|advanc(?:es?|ed)")
DOWNWARD = (r"down|fell|falls?|falling|fallen|lower|drop(?:s|ped)?(?:\s+off)?|declin(?:es?|ed)|"
            r"slid|slides?|slump(?:s|ed)?|tumbl(?:es?|ed)|plung(?:es?|ed)|eas(?:es?|ed)|"
            r"decreas(?:es?|ed)|los(?:es|t)")
BOUND = r"(?P<bound>about|around|some|nearly|almost|roughly|more\s+than|over|less\s+than|under)"
FIGURE = r"(?P<num>\d+(?:\.\d+)?)"
UNIT = (r"(?P<unit>%|pct\b|percent\b|per\s+cent\b|percentage\s+points?\b|points?\b|pts?\b|"
        r"dlrs?\b|dollars?\b|cts?\b|cents?\b)")
MOVE = lazy(
    rf"\b(?P<dir>{UPWARD}|{DOWNWARD})\s+(?:by\s+)?(?:{BOUND}\s+)?{FIGURE}\s*{UNIT}",
    re.IGNORECASE,
)
"""A move with its direction before the figure: "rose 1.00 dlr", "down by about 35 percent"."""
PRICED = lazy(
    rf"(?:{BOUND}\s+)?{FIGURE}\s*(?P<unit>dlrs?|dollars?|cts?|cents?)\s+(?P<dir>higher|lower)\b",
    re.IGNORECASE,
)
"""A move with its direction after the figure: "0.50 dlr higher"."""
FIGURES = lazy(rf"(?<![\d.]){FIGURE}(?![\d.]\d)\s*{UNIT}?", re.IGNORECASE)
DIRECTED = lazy(rf"\b(?:{UPWARD}|{DOWNWARD})\s+(?:by\s+)?$", re.IGNORECASE)
"""A direction word just before a figure."""
SPREAD = lazy(r"\b(?:STEADY|MIXED|UNCHANGED)\b|/|\bTO\s+(?:UP|DOWN)\b", re.IGNORECASE)
"""A headline move over a spread ("STEADY/UP 1.25 DLR"): the lede's first move is one end."""
MOVE_WORD = lazy(rf"{UPWARD}|{DOWNWARD}|{UNIT}|[a-z]{{1,2}}", re.IGNORECASE)
"""Words no content word of a move: its direction, its unit, a short word."""
LEDE = 3
"""How many of the body's first sentences may give the headline's move."""
NEAR = 1.25
"""How far "about" or "nearly" reaches around a figure."""
UNITS = {"%": "pct", "pct": "pct", "percent": "pct", "per cent": "pct", "point": "point",
         "points": "point", "pt": "point", "pts": "point", "dlr": "dlr", "dlrs": "dlr",
         "dollar": "dlr", "dollars": "dlr", "ct": "ct", "cts": "ct", "cent": "ct", "cents": "ct"}


@dataclass(frozen=True, slots=True)
class Move:
    """A move: its direction, size, unit, one-sided or two-sided bound and place."""

    rising: bool
    value: float
    slack: float
    unit: str
    bound: str
    start: int
    end: int


def headline_moves(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings on a headline move the lede's move of the same kind contradicts."""
    head = doc.headline
    if head is None or not doc.sentences:
        return
    said = list(_moves(head.text, 0))
    if len(said) != 1 or said[0].bound or SPREAD.search(head.text):
        return
    move = said[0]
    lede = doc.sentences[:LEDE]
    start, end = lede[0].start, lede[-1].end
    if not _stems(head.text) & _stems(doc.text[start:end]):
        return  # the lede tells of something else
    partner = next((m for m in _moves(doc.text[start:end], start)
                    if m.unit == move.unit and m.rising == move.rising), None)
    if partner is None or _holds(partner, move) or _written(doc, move):
        return
    yield rule.finding(
        head, move.start, move.end,
        f"The headline's move of {head.text[move.start : move.end]} is not the lede's "
        f"{doc.text[partner.start : partner.end]} for what reads as the same move",
        score=0.7, severity="warning",
        evidence=(f"headline: {head.text[move.start : move.end]}",
                  f"lede: {doc.text[partner.start : partner.end]}"),
        related=(Span(partner.start, partner.end, doc.text[partner.start : partner.end],
                      "lede move", "text"),),
    )


def _moves(text: str, offset: int) -> Iterator[Move]:
    """The moves of `text`, in order."""
    found = [*MOVE.finditer(text), *PRICED.finditer(text)]
    for match in sorted(found, key=lambda m: m.start()):
        unit = UNITS.get(" ".join(match["unit"].casefold().split()), "")
        if not unit:
            continue  # "percentage points": no unit of the headline's kinds
        rising = re.fullmatch(UPWARD, match["dir"], re.IGNORECASE) is not None
        places = len(match["num"].partition(".")[2])
        bound = " ".join((match["bound"] or "").casefold().split())
        yield Move(rising, float(match["num"]), 0.5 * 10.0**-places, unit, bound,
                   offset + match.start("num"), offset + match.end("unit"))


def _holds(partner: Move, said: Move) -> bool:
    """Say whether the lede's move, as bounded and rounded as it is written, allows the
    headline's."""
    if partner.bound in {"more than", "over"}:
        return said.value + said.slack > partner.value
    if partner.bound in {"less than", "under"}:
        return said.value - said.slack < partner.value
    if partner.bound:
        return partner.value / NEAR <= said.value <= partner.value * NEAR
    return abs(said.value - partner.value) <= said.slack + partner.slack + 1e-9


def _written(doc: Document, said: Move) -> bool:
    """Say whether the body writes the headline's figure anywhere with its unit, or as a move
    with none ("instances up 1.25")."""
    for match in FIGURES.finditer(doc.text):
        if not outside(doc.skipped, match.start(), match.end()):
            continue  # the title line at the body's head
        unit = UNITS.get(" ".join((match["unit"] or "").casefold().split()), "")
        if not unit and not DIRECTED.search(doc.text, max(0, match.start() - 16), match.start()):
            continue  # a bare figure counts only as a move ("instances up 1.25")
        if unit in {said.unit, ""} and abs(float(match["num"]) - said.value) <= said.slack + 1e-9:
            return True
    return False


def _stems(text: str) -> frozenset[str]:
    """The content words of `text` that name no unit or direction, cut to six letters."""
    folded = (w.casefold() for w in WORD.findall(text))
    return frozenset(w[:6] for w in folded if w not in STOP and MOVE_WORD.fullmatch(w) is None)
