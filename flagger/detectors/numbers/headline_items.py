"""A wire headline's item and what it says of it: the figure ("1ST QTR NET 19.7 MLN DLRS",
"SETS 15 CT DIVIDEND", "SHR FOUR CTS"), the direction ("4TH QTR NET RISES", "RAISES
QUARTERLY", "HIGHER NET") and the percentage ("NET UP 45 PCT", "RAISE PRETAX PROFITS BY 76.8
PCT"), matched to the line of the table below that gives the same item (`wire_lines`).

Items: NET (OPER NET), PRETAX PROFIT, SALES / REVENUES / TURNOVER, SHR, and a dividend
(DIV, DIVIDEND, PAYOUT, or QUARTERLY after a figure in cents). A figure is the item's when it
follows the item ("NET 19.7 MLN", "NET RISES TO 790,000 DLRS") or, for a dividend, comes just
before it ("19 CT QTRLY PAYOUT"); a figure after UP, DOWN or BY is a change, no level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flagger.annotations.lazyre import lazy
from flagger.detectors.numbers.values import WIRE_SCALES, WORD_VALUES

_WORDS = "|".join(sorted((w.upper() for w in WORD_VALUES), key=len, reverse=True))
FIGURE = (
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORDS})"
    r"(?:[- ](?P<top>\d)/(?P<bottom>\d{1,2}))?"
    r"(?:\s+(?P<scale>MLN|MILLION|BILLION|BLN))?"
)
ITEM = (
    r"(?P<item>OPER(?:ATING)?\s+NET|NET|PRE-?TAX\s+PROFITS?|SALES|REVENUES?|REVS|TURNOVER|"
    r"SHR)"
)
MOVE_UP = r"RISES?|ROSE|UP|CLIMBS?|JUMPS?|GAINS?|INCREASES?|HIGHER|SOARS?|DOUBLES|DOUBLED"
MOVE_DOWN = r"FALLS?|FELL|DOWN|DROPS?|DECLINES?|LOWER|SLIPS?|PLUNGES?|HALVED"
LEVEL_AFTER = lazy(
    rf"\b{ITEM}(?:\s+(?:{MOVE_UP}|{MOVE_DOWN})\s+TO|\s+(?:IS|WAS|OF|TOTALS?|AT))?\s+"
    rf"{FIGURE}(?:\s+(?P<unit>DLRS?|CTS?|CENTS?|STG|YEN|FRANCS?|MARKS?|GUILDERS?))?(?!\s*PCT)\b"
)
"""An item's level after it: "NET 19.7 MLN DLRS", "NET RISES TO 790,000 DLRS", "SHR FOUR CTS"."""
PAYOUT_LEVEL = lazy(
    rf"\b{FIGURE}[- ](?P<unit>CTS?|CENTS?|DLRS?)(?:[- ]A[- ]SHARE)?\s+"
    r"(?:(?:REGULAR|QTLY|QTRLY|QUARTERLY|SEMI-?ANNUAL|MONTHLY|CASH|INTERIM)\s+)*"
    r"(?P<item>DIV|DIVIDEND|PAYOUT|QUARTERLY|QTLY|QTRLY)S?\b"
)
"""A dividend's level before it: "19 CT QTRLY PAYOUT", "SIX CT QUARTERLY"."""
PAYOUT = lazy(r"\b(?:DIV|DIVIDEND|PAYOUT|QUARTERLY|QTLY|QTRLY)S?\b")
NOT_REGULAR = lazy(
    r"\b(?:EXTRA|SPECIAL|STOCK|ANNUAL|INITIAL|OMITS?|SUSPENDS?|PREFERRED|PFD|CLASS|SPLIT|"
    r"RATE|YEAR|RIGHTS?)\b"
)
"""Headline words that make a dividend figure other than the regular one the line gives."""
UP = lazy(rf"\b(?:{MOVE_UP}|RAIS(?:ES|ED|ING|E)|BOOSTS?|LIFTS?|HIKES?)\b")
DOWN = lazy(rf"\b(?:{MOVE_DOWN}|CUTS?|REDUC(?:ES|ED|E)|SLASH(?:ES|ED)?|TRIMS?|LOWERS?)\b")
PERCENT = lazy(
    rf"\b(?:{MOVE_UP}|{MOVE_DOWN}|RAISES?|CUTS?|BY)\s+(?:BY\s+)?(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?:PCT|PERCENT|%)"
)
ITEMS = lazy(ITEM + r"\b|" + PAYOUT.pattern)
PERIOD = lazy(r"\b(?:QTR|QUARTER|YEAR|MTHS|MONTHS|HALF|WKS|WEEKS)\b")
CUMULATIVE = lazy(r"\b(?:YEAR|MTHS|MONTHS|HALF|WKS|WEEKS)\b")
LOSS = lazy(r"\b(?:LOSS|LOSSES|DEFICIT)\b")


@dataclass(frozen=True, slots=True)
class Said:
    """A headline figure: its item, value (per-share and dividend figures in whole currency
    units), the rounding its written digits allow, and where it stands."""

    item: str
    value: float
    slack: float
    start: int
    end: int
    text: str


def item_of(word: str) -> str:
    """The table item a headline word names: "OPER NET" → "oper net", "PAYOUT" → "div"."""
    folded = " ".join(word.casefold().replace("-", "").split())
    if folded.startswith("oper"):
        return "oper net"
    if folded.startswith("pretax"):
        return "pretax"
    if folded in {"sales", "revenue", "revenues", "revs", "turnover"}:
        return "revs"
    if folded in {"net", "shr"}:
        return folded
    return "div"


def items(head: str) -> set[str]:
    """The table items a headline names."""
    return {item_of(m.group()) for m in ITEMS.finditer(head)}


def levels(head: str) -> list[Said]:
    """The items' figures a headline gives."""
    found = [_said(m, item_of(m["item"])) for m in LEVEL_AFTER.finditer(head)]
    if PAYOUT.search(head) and NOT_REGULAR.search(head) is None:
        found += [_said(m, "div") for m in PAYOUT_LEVEL.finditer(head)]
    return [said for said in found if said is not None]


def _said(match: re.Match[str], item: str) -> Said | None:
    unit = (match["unit"] or "").casefold()[:1]
    money = item in {"shr", "div"}
    if money and (unit not in {"c", "d"} or match["scale"]):
        return None  # a per-share figure in cents or dollars only
    if not money and unit == "c":
        return None
    written = match["num"].casefold()
    if written in WORD_VALUES:
        value, slack = float(WORD_VALUES[written]), 0.5
    else:
        digits = written.replace(",", "")
        whole, _, places = digits.partition(".")
        zeros = 0 if places else len(whole) - len(whole.rstrip("0"))
        value = float(digits)
        slack = 10.0**zeros / 2 if zeros else 0.5 * 10.0 ** -len(places)
    if match["top"]:
        value, slack = value + int(match["top"]) / max(1, int(match["bottom"])), 0.0
    scale = WIRE_SCALES.get((match["scale"] or "").casefold(), 1.0)
    if money:
        scale = 0.01 if unit == "c" else 1.0
    return Said(item, value * scale, slack * scale, match.start("num"), match.end(),
                match.group()[match.start("num") - match.start() :])
