"""N101 one thing given two sizes: a singular noun that an amount or a length modifies ("a $1,200
check", "a 279 mln dlr bridge loan", "a 250-pound rebate", "a nine-day trip"), given back with
"the", "this" or "that" and another value of the same unit a few sentences on ("the $1,700
check", "the 297 mln dlr loan", "the eight-day trip").

"The" presupposes the one thing told of before; a story that tells of two (checks, loans) says
the other first, so every earlier mention of the noun must give one value, and the later one
none of them. Left alone: values within 5% of each other (rounding), one figure written with
and without its scale ("a $20 million bonus" … "that $20 bonus"), a noun of change ("a $5 mln
increase"), an age ("the 52-year-old"), an amount of a rate ("a $52 a share offer"), and any
wording of a change or of another such thing from the sentence of the first on ("raised",
"revised", "another", "new", "second", "original").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import SCALE, count_value
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

PRICED = lazy(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:"
    r"(?P<sign>[$£€])\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>mln|million|bln|billion|bn)\b)?"
    r"(?:\s(?P<cur>dlrs?|dollars?|pounds?|euros?|stg|yen)\b)?"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale2>mln|million|bln|billion|bn)\b)?"
    r"[\s-](?P<cur2>dlrs?|dollars?|pounds?|euros?|stg|yen)\b"
    r"|(?P<num3>\d+|[a-z]+(?:-[a-z]+)?)-(?P<span>year|month|week|day|hour|minute|mile)\b)"
    r"[\s-](?P<noun>[a-z]+)(?:\s(?P<noun2>[a-z]+))?"
)
"""An amount or a length before a noun, with its determiner: "a $1,200 check", "the 279 mln
dlr bridge loan", "a 250-pound rebate", "the nine-day trip"."""
CURRENCY = {"dlr": "$", "dollar": "$", "pound": "£", "stg": "£", "euro": "€", "yen": "¥"}
DEFINITE = frozenset({"the", "this", "that"})
STOP = frozenset(
    "a an the and or of in on at to for from with by as is was were are be been will would "
    "has had have that which who this than each per share apiece".split()
)
CHANGES = frozenset(
    "increase rise cut drop gain loss decline jump fall reduction hike raise boost shortfall "
    "surplus deficit difference gap increment premium discount".split()
)
"""Nouns of a change or a difference: a story may tell of several."""
RATE = lazy(r"\s*(?:a|an|per|each)\s+(?:share|year|month|week|day|head|person|hour)\b|\s+each\b")
OTHER = lazy(
    r"\b(?:raised|raises?|raising|increased|cut|lowered|revised|sweetened|boosted|reduced|"
    r"another|other|new|second|third|original|originally|initial|initially|earlier|previous|"
    r"first|final|latest|rival|competing|counter)\b",
    re.IGNORECASE,
)
"""Words of a change or of another such thing: "raised its offer", "a rival bid"."""
REACH = 10
"""How many sentences apart the two mentions may stand."""
SIMILAR = 0.05
"""Values within 5% of each other may be one rounded."""


@dataclass(frozen=True, slots=True)
class Priced:
    """One noun with its amount: value, unit and head words."""

    match: re.Match[str]
    value: float
    unit: str
    words: tuple[str, ...]
    sentence: int

    @property
    def definite(self) -> bool:
        return self.match.group("det").casefold() in DEFINITE


def priced(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings for a thing given back with "the" and another amount."""
    text = doc.text
    seen: dict[tuple[str, str], list[Priced]] = {}
    for match in PRICED.finditer(text):
        item = _read(doc, match)
        if item is None:
            continue
        earlier = [p for key, found in seen.items() if key[0] == item.unit
                   and _same_thing(found[0], item) for p in found]
        seen.setdefault((item.unit, item.words[0]), []).append(item)
        if not item.definite or not earlier:
            continue
        values = {p.value for p in earlier}
        first = earlier[-1]
        if len(values) != 1 or any(_similar(v, item.value) for v in values):
            continue
        if _digits(first.match) == _digits(item.match):
            continue  # "a $20 million bonus" … "that $20 bonus": the scale left out
        if not 0 < item.sentence - first.sentence <= REACH:
            continue
        start = doc.sentences[first.sentence].start
        if OTHER.search(text, start, item.match.end("noun")):
            continue
        yield rule.finding(
            doc, _start(item.match), _end(item.match),
            f"{_figure(item.match)} {item.words[0]} here, but {_figure(first.match)} earlier "
            f"for what reads as the same {item.words[0]}",
            related=(Span(_start(first.match), _end(first.match), _figure(first.match),
                          "earlier amount"),),
            evidence=(first.match.group().strip(), item.match.group().strip()),
        )


def _read(doc: Document, match: re.Match[str]) -> Priced | None:
    """Return the noun and amount a PRICED match reads, or None."""
    words = [w for w in (match.group("noun"), match.group("noun2")) if w]
    words = words[: next((i for i, w in enumerate(words) if w in STOP), len(words))]
    if not words or _plural(words[0]) or words[0] in CHANGES or words[0] == "old":
        return None
    if len(words) == 2 and (_plural(words[1]) or words[1] in CHANGES):
        words = words[:1]
    if RATE.match(doc.text, match.end("noun")) or RATE.match(doc.text, match.end()):
        return None
    value: float | None
    if match.group("span"):
        value = count_value(match.group("num3"))
        unit = match.group("span")
    else:
        number = match.group("num") or match.group("num2")
        scale = match.group("scale") or match.group("scale2") or ""
        scale = "bn" if scale.casefold() == "bln" else scale.casefold()
        value = float(number.replace(",", "")) * SCALE.get(scale, 1.0)
        currency = match.group("sign") or (match.group("cur") or match.group("cur2") or "")
        unit = CURRENCY.get(currency.casefold().rstrip("s"), currency)
    if not value or value < 2:
        return None
    return Priced(match, float(value), unit, tuple(words), doc.sentence_index(match.start()))


def _same_thing(one: Priced, two: Priced) -> bool:
    """Say whether two noun phrases name one thing: the later's first noun among the earlier's
    words, or the earlier's among the later's ("bridge loan" … "loan")."""
    return two.words[0] in one.words or one.words[0] in two.words


def _digits(match: re.Match[str]) -> str:
    """Return the figure as written, without its sign, scale or unit."""
    return match.group("num") or match.group("num2") or match.group("num3")


def _plural(word: str) -> bool:
    """Say whether a noun reads as plural ("checks", not "bonus" nor "address")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _similar(one: float, two: float) -> bool:
    return abs(one - two) <= SIMILAR * max(one, two)


def _start(match: re.Match[str]) -> int:
    return match.end("det") + 1


def _end(match: re.Match[str]) -> int:
    return match.start("noun") - 1


def _figure(match: re.Match[str]) -> str:
    return match.string[_start(match) : _end(match)]
