"""N101 a headline's figure the body gives with another value, in any sentence: "VELA SHIPS 4.2
TONNES OF COBALT" over "the port said Vela's cobalt cargo weighed 4.7 tonnes"; "ACME WINS $40
MLN ORDER" over "Acme said the order from the navy is worth 45 mln dlrs".

A figure is read with its currency and scale ("$40 mln", "40 mln dlrs" and "40 million
dollars" are one amount) or with the word after it ("tonnes", "shares", "buses"; in a headline
any of the next three words, in the body the next or, past one modifier, the one after: "seven
mln common shares"). A body figure of the same currency or unit counts the same thing when its
sentence shares two content words with the headline ("cobalt", "Vela"), one in the lede; the
lede's counts are `headline_counts`' to read first, this reads the whole body. Flagged when
those body figures give one value (or, when they give several, the lede's first two sentences
give one: the lede restates the headline) and the headline's figure stands nowhere in the body
(as rounded as the headline writes it, "2.4 MLN" for 2,350,000, or within a bound's reach,
"ABOUT 40"), nor as a sum or difference of body figures ("70 STORES" over "68 stores in one
state and two in another", "$300M REVISION" over "$434m, against $732m"); left alone when
either tells of a change, a whole, a part or another period ("UP 12 PCT", "a further 5 mln",
"20 of its 64 stores", "last year's 30 mln", "Monday's 120", "8,000 tons more"). Money raised
("RAISES 12 MLN DLR LOAN") is a sum taken in, no change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.furniture import outside
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.restatements import (
    BOUNDED,
    DIGIT,
    FIGURE,
    NEAR,
    STOP,
    WORD,
    YEAR,
    digits,
)
from flagger.detectors.numbers.values import count_value
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

CURRENCIES = {
    "dlrs": "$", "dlr": "$", "dollars": "$", "dollar": "$", "stg": "£", "sterling": "£",
    "pounds": "£", "euros": "€", "euro": "€", "yen": "¥",
}
"""Currency words after a figure, as the sign before one."""
NAMED_CURRENCY = lazy(
    r"\s+(?P<adj>[A-Za-z][a-z]+|[A-Z]{3,})\s+(?P<word>francs?|dlrs?|dollars?|crowns?|marks?|"
    r"pesos?|rupees?|rand|lire|lira|guilders?|kronor|kroner|krona|krone|schillings?|pounds?)\b",
    re.IGNORECASE,
)
"""A currency named with its country's adjective ("75 mln Swiss francs", "40 MLN CANADIAN
DLRS"): the pair is the currency, whatever the case it is written in."""
AMERICAN = lazy(r"\s+(?:u\.\s?s\.?|us|american)\s+(?:dlrs?|dollars?)\b", re.IGNORECASE)
"""The dollar named with its country ("21 mln U.S. Dlr loan", "5 MLN US DLRS"): the "$" of
"$21 mln" and "21 mln dlrs"."""
SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9,
         "trillion": 1e12}
"""What a scale word multiplies by."""
CHANGE = lazy(
    r"\b(?:rises?|rose|climbs?|jumps?|up|down|falls?|fell|drops?|cuts?|gains?|adds?|more|"
    r"another|further|additional|total|extra|raises?d?|lifts?|lowers?|boosts?|reaches?|"
    r"from|vs|versus|record|plus|each|per|pct|percent|"
    r"an? (?:share|day|week|month|year|head|barrel|tonne|ton|ounce))\b",
    re.IGNORECASE,
)
"""Headline words that tell of a change, a comparison or a rate ("SALES UP 12 PCT", "PAYS 50
MLN MORE", "5 DLRS A SHARE"): its figure is no level the body must give."""
BESIDE = lazy(
    r"\b(?:another|additional|further|total|totall?ing|previous|prior|earlier|last|first|"
    r"second|third|initial|original|extra|remaining|other)\W+(?:\w+\W+)?$|"
    r"(?<!\bup )\b(?:to|from|by|vs|versus|of (?:the|its|their|these|those|all))\s+$|"
    r"\b(?:yesterday|today|week|month|year|quarter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"['’]s\s+$",
    re.IGNORECASE,
)
"""Words just before a body figure that make it a part, a total, a step or another period's
("yesterday's 137"); "up to" is a ceiling, read as a bound."""
NEXT = lazy(r"(?:\s+[a-z][a-z-]+)+")
"""The lower-case words after a figure."""
HEAD_UNITS = 3
"""How many words after a headline's figure may name its unit."""
POSSESSIVE = lazy(r"['’]s?$")
BEYOND = lazy(
    r"\W*(?:\w+\W+){0,4}?(?:more|each|apiece|extra|a share|per|last|previous|prior|earlier|"
    r"ago|a year)\b",
    re.IGNORECASE,
)
"""Words just after a body figure that make it an addition, a rate or another period's ("25,000
tons more", "9,000 tonnes of salt last year")."""
NUMBER_WORD = lazy(r"\b[\d,]+\b|\b[a-z]+\b", re.IGNORECASE)
"""Words that may be numbers ("11", "one")."""
RAISED = lazy(
    r"\b(?:raises?|raised|raising)\s+(?=(?:[$£€]\s?)?[\w.,]+(?:\s+(?:mln|bln|million|billion))?"
    r"\s+(?:[a-z]+\s+)?(?:dlrs?|dollars?|yen|stg|pounds?|euros?|francs?|marks?)\b)",
    re.IGNORECASE,
)
"""Money raised ("RAISES 12 MLN DLR LOAN", "RAISES FIVE BILLION YEN"): a sum taken in, no
change of a level."""
ABBREVIATED = {"shr": "share", "shrs": "share"}
"""Units a headline shortens ("SIX MLN SHR OFFERING")."""
BODY_UNITS = 2
"""How many words after a body figure may name its unit: the noun or, past one modifier, the
next ("seven mln common shares")."""
NOT_MODIFIERS = frozenset(
    "of in at on to for from by and or but as with than a an the its their his her pct percent "
    "more less".split()
)
"""Words after a figure that end its noun phrase: the word after them names no unit of it."""
LEDE = 2
"""How many of the body's first sentences restate the headline: when the body gives several
values of its kind, the lede's first is the one the headline's is set against."""
SHARED = 2
"""Content words a body sentence must share with the headline to tell of its amount."""
CROWDED = 4
"""A sentence with more figures than this is a table."""
FLOORS = frozenset({"over", "more than", "at least"})
CEILINGS = frozenset({"under", "less than", "fewer than", "at most", "up to", "as many as"})
"""One-sided bounds: a level on their far side breaks them ("OVER 9 PCT" over "8.5 pct", "250,000
SHARES" over "up to 200,000 shares"); "about", "nearly" and the like stay two-sided."""
PRECISE_NEAR = 1.05
"""How far a bound reaches around a figure written with decimals ("about 91.8 pct")."""
REACH = 2.5
"""A misstated amount stays within this factor of the right one; further off is another."""


@dataclass(frozen=True)
class Amount:
    """A figure with its currency, the words that may name its unit (in a headline any of the
    next three: "3.1 MLN TROY OUNCES"), its value with its scale applied, how far another
    value may lie and still be this one as written ("4.3" for 4.27, "3,000" for 2,950),
    whether a bound comes before it and whether it is written with decimals."""

    currency: str
    scaled: bool
    units: tuple[str, ...]
    value: float
    slack: float
    bounded: bool
    precise: bool
    start: int
    end: int
    shown: str
    bound: str = ""
    """The bound's words before the figure, folded ("up to", "more than"), or ""."""


def headline_amounts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings on headline amounts that the body gives with another value."""
    head = doc.headline
    if head is None or not doc.sentences:
        return
    heads = [
        a for a in _amounts(head.text.lower(), 0, HEAD_UNITS)
        if a.currency or a.scaled or a.units
    ]
    if not heads or CHANGE.search(_without_figures(RAISED.sub(" ", head.text))) is not None:
        return
    words = _stems(head.text)
    partners: list[Amount] = []
    every: list[Amount] = []
    for sentence in doc.sentences:
        if not DIGIT.search(doc.text, sentence.start, sentence.end):
            continue  # every figure holds a digit
        text = doc.text[sentence.start : sentence.end]
        found = list(_amounts(text, sentence.start, BODY_UNITS))
        every.extend(found)
        shared = SHARED if doc.sentence_index(sentence.start) >= LEDE else 1
        if not found or len(found) > CROWDED or len(words & _stems(text)) < shared:
            continue  # no partner here: its words are not read
        partners.extend(a for a in found if outside(doc.skipped, a.start, a.end))
    for said in heads:
        same = [a for a in partners
                if _kind(said, a) and _within_reach(said, a) and not _beside(doc.text, a)]
        if len({a.value for a in same}) != 1:
            same = [a for a in same if doc.sentence_index(a.start) < LEDE][:1]
        if not same:
            continue  # none, or the body gives two values the headline's might be, none in the lede
        other = same[0]
        if _holds(said, other) or any(_agree(said, a) for a in every if a is not other):
            continue  # the headline's figure stands in the body, whatever it counts there
        if said.value in (other.value * 2, sum(a.value for a in every if _kind(said, a))):
            continue  # "500 MLN DLR OFFER" … "250 mln dlrs of notes and 250 mln dlrs of …"
        rest = said.value - other.value
        if rest in {a.value for a in every} or rest in _numbers(
            doc.text, doc.sentence_index(other.start), doc
        ):
            continue  # "12 OFFICES" … "11 offices in one city and one in another"
        if _between(said, [a for a in every if _kind(said, a) and not _beside(doc.text, a)]):
            continue  # "$300M PROFIT REVISION" … "$434m, against the $732m reported before"
        yield rule.finding(
            head, said.start, said.end,
            f"The headline gives {_shown(head.text, said)}, but the body gives "
            f"{other.shown} for what reads as the same amount",
            score=0.7, severity="warning",
            evidence=(f"headline: {_shown(head.text, said)}", f"body: {other.shown}"),
            related=(Span(other.start, other.end, other.shown, "body amount", "text"),),
        )


def _amounts(text: str, offset: int, reach: int) -> Iterator[Amount]:
    """Yield the figures of `text` that are no years, each with its currency and the next
    `reach` words as its possible units."""
    for match in FIGURE.finditer(text):
        if YEAR.fullmatch(match.group("num")):
            continue  # "1987 PROFIT": a year
        cur, scale = match.group("cur") or "", (match.group("scale") or "").casefold()
        end = match.end("scale") if scale else match.end("num")
        american = AMERICAN.match(text, end)
        named = american or NAMED_CURRENCY.match(text, end)
        after = NEXT.match(text, end)
        units = [ABBREVIATED.get(u, u) for u in after.group().split()[:reach]] if after else []
        if american:
            cur, units = "$", []
        elif named:
            cur = f"{named['adj']} {named['word'].rstrip('s')}".casefold()
            units = []
        elif units and units[0] in CURRENCIES:
            cur, units = CURRENCIES[units[0]], []
        if cur:
            units = []
        number = digits(match.group("num"))
        whole, _, places = number.partition(".")
        zeros = 0 if places else len(whole) - len(whole.rstrip("0"))
        times = SCALE.get(scale, 1.0)
        slack = 10.0**zeros / 2 if zeros else 10.0 ** -len(places)
        bound = BOUNDED.search(text[max(0, match.start() - 20) : match.start()])
        yield Amount(cur, bool(scale), tuple(u.rstrip("s") for u in units), float(number) * times,
                     slack * times, bound is not None, bool(places), offset + match.start(),
                     offset + match.end("num"),
                     text[match.start() : named.end()] if named else match.group().strip(),
                     " ".join(bound.group().split()).casefold() if bound else "")


def _numbers(text: str, index: int, doc: Document) -> set[float]:
    """The figures and number words of one sentence of the body."""
    sentence = doc.sentences[index]
    words = NUMBER_WORD.findall(text, sentence.start, sentence.end)
    return {value for word in words if (value := count_value(word)) is not None}


def _shown(text: str, amount: Amount) -> str:
    """The amount as `text` writes it (a headline's capitals kept)."""
    return text[amount.start : amount.start + len(amount.shown)]


def _kind(said: Amount, other: Amount) -> bool:
    """Say whether a body figure is of the headline figure's kind: one currency, and its unit
    among the headline's next words."""
    if said.currency != other.currency:
        return False
    if not other.units:
        return not said.units
    if other.units[0] in said.units:
        return True
    return len(other.units) > 1 and other.units[1] in said.units and not (
        NOT_MODIFIERS & {other.units[0], other.units[1]}
    )


def _holds(said: Amount, other: Amount) -> bool:
    """Say whether the body figure the headline's is set against allows it: on the near side
    of a one-sided bound ("more than 900" holds 950, "up to 200,000" no 250,000), else as
    `_agree` reads it. Only that figure's bound is read as one-sided: any figure above a floor
    would otherwise stand for the headline's."""
    if said.bounded != other.bounded and (sided := _sided(said, other)) is not None:
        return sided
    return _agree(said, other)


def _agree(said: Amount, other: Amount) -> bool:
    """Say whether `other` is the headline's figure as the headline writes it: cut to its
    places ("$16BN" for $16.6bn), rounded to its trailing zeros ("3,000" for 2,950, not "40"
    for 45), or within a bound (a tight one when the bounded figure has decimals: "about 91.8
    pct" is no 81.9), and on its near side when it is one-sided ("more than 80 million" is no
    75 million)."""
    if said.bounded or other.bounded:
        bounded = other if other.bounded else said
        near = PRECISE_NEAR if bounded.precise else NEAR
        if not said.value or not 1 / near <= other.value / said.value <= near:
            return False
        return said.bounded == other.bounded or _sided(said, other) is not False
    return abs(other.value - said.value) < said.slack


def _sided(said: Amount, other: Amount) -> bool | None:
    """Say whether the level among two figures lies on the near side of the other's one-sided
    bound ("more than 900" holds 950 and no 850), or None when the bound is two-sided."""
    bounded, level = (other, said) if other.bounded else (said, other)
    if bounded.bound in FLOORS:
        return level.value + level.slack > bounded.value
    if bounded.bound in CEILINGS:
        return level.value - level.slack < bounded.value
    return None


def _between(said: Amount, kind: list[Amount]) -> bool:
    """Say whether the headline's figure is, as rounded as it is written, the difference or the
    sum of two body figures of its kind told as levels ("$300M" for $732m less $434m; not with
    "another 1,050,000 shares", an option beside the level)."""
    values = sorted({a.value for a in kind})
    return any(
        abs(abs(b - a) - said.value) < said.slack or abs(a + b - said.value) < said.slack
        for i, a in enumerate(values) for b in values[i + 1 :]
    )


def _within_reach(said: Amount, other: Amount) -> bool:
    """Say whether a body figure lies near enough to the headline's to be it misstated; one
    a thousand times larger ("2.7 billion stg" under "2.5 MLN STG") is another amount."""
    return bool(said.value) and 1 / REACH < other.value / said.value < REACH


def _beside(text: str, amount: Amount) -> bool:
    """Say whether the words before or after a body figure make it a part, a total or another
    step ("a further 5 mln", "25,000 tons more")."""
    return BESIDE.search(text, max(0, amount.start - 30), amount.start) is not None or (
        BEYOND.match(text, amount.start + len(amount.shown)) is not None)


def _without_figures(text: str) -> str:
    return FIGURE.sub(" ", text.lower())


def _stems(text: str) -> frozenset[str]:
    """The content words of `text`, without possessive endings, cut to six letters."""
    folded = (POSSESSIVE.sub("", w.casefold()) for w in WORD.findall(text))
    return frozenset(w[:6] for w in folded if w not in STOP and w not in CURRENCIES)
