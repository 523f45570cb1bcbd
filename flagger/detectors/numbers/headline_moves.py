"""N101 (N102) a headline's move that the lede gives with another size: "HOGS UP 1.50 DLR" over
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
not read. When the lede's percentage goes between two levels it states ("49.92 billion …, up
6.8 pct from 46.74 billion") and they compute it but not the headline's, the finding is
arithmetic: N102.
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
LEVEL = lazy(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,]\d)"
    r"(?:\s+(?P<scale>mln|million|billion|bln|trillion))?",
    re.IGNORECASE,
)
"""A level: a figure with its scale word."""
FROM = lazy(rf"\s+from\s+(?:an?\s+|the\s+)?{LEVEL.pattern}", re.IGNORECASE)
TO = lazy(rf",?\s+to\s+{LEVEL.pattern}\s+from\s+", re.IGNORECASE)
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


def headline_moves(doc: Document, n101: Rule, n102: Rule) -> Iterator[Finding]:
    """Yield an N101 finding on a headline move the lede's move of the same kind contradicts,
    N102 when the lede's levels compute its percentage and not the headline's."""
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
    shown, other = head.text[move.start : move.end], doc.text[partner.start : partner.end]
    levels = _levels(doc, partner) if move.unit == "pct" else None
    if levels is not None and _fits(partner, *levels) and not _fits(move, *levels):
        now, before = levels
        yield n102.finding(
            head, move.start, move.end,
            f"The headline's move of {shown} does not fit the lede's levels, "
            f"{_level(now)} from {_level(before)}: a change of "
            f"{100 * (_value(now) / _value(before) - 1):+.1f} pct, as the lede's {other} says",
            evidence=(f"headline: {shown}", f"lede: {_level(now)} from {_level(before)}"),
            related=(Span(partner.start, partner.end, other, "lede move", "text"),),
        )
        return
    yield n101.finding(
        head, move.start, move.end,
        f"The headline's move of {shown} is not the lede's {other} for what reads as the same "
        "move",
        score=0.7, severity="warning",
        evidence=(f"headline: {shown}", f"lede: {other}"),
        related=(Span(partner.start, partner.end, other, "lede move", "text"),),
    )


def _levels(doc: Document, move: Move) -> tuple[re.Match[str], re.Match[str]] | None:
    """The levels a percentage move of the lede goes between: the figure after its "from" and
    the one after its "to" or, without one, the last before it of the same scale ("49.9
    billion kilowatt-hours …, up 6.8 pct from 46.7 billion")."""
    sentence = doc.sentences[doc.sentence_index(move.start)]
    before = FROM.match(doc.text, move.end, sentence.end)
    if before is None:
        return None
    after = TO.match(doc.text, move.end, sentence.end)
    if after is not None:
        return after, before
    scale = (before["scale"] or "").casefold()
    earlier = [m for m in LEVEL.finditer(doc.text, sentence.start, move.start)
               if (m["scale"] or "").casefold() == scale]
    return (earlier[-1], before) if earlier else None


def _level(level: re.Match[str]) -> str:
    """A level as written, its figure and scale ("46.74 billion")."""
    return level.string[level.start("num") : level.end()]


def _value(level: re.Match[str]) -> float:
    return float(level["num"].replace(",", ""))


def _fits(move: Move, now: re.Match[str], before: re.Match[str]) -> bool:
    """Say whether a percentage move is the change between two levels, within the digits all
    three are written with."""
    a, b = _value(now), _value(before)
    half_a = 0.5 * 10.0 ** -len(now["num"].partition(".")[2])
    half_b = 0.5 * 10.0 ** -len(before["num"].partition(".")[2])
    if b - half_b <= 0:
        return False
    low = 100 * ((a - half_a) / (b + half_b) - 1)
    high = 100 * ((a + half_a) / (b - half_b) - 1)
    change = move.value if move.rising else -move.value
    return low - move.slack <= change <= high + move.slack


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
