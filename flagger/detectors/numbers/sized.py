"""N101 a thing named again by its size with another value: "a 30 mln dlr issue of debentures"
… "the 25 mln dlr offering"; "the purchase of 208 ticketing terminals" … "past due on the
280-terminal contract"; "Canton serves about 2,900 access lines" beside "the 4,000-line
Canton Telephone".

A size written before its noun ("the 25 mln dlr offering", "the 4.3 mln share sale", "the
280-terminal contract") names the thing by a size the reader is meant to know: a desk reads it
as the thing the story sized elsewhere. Read only when
- "the", "its", "their", "his", "her" or a possessive ("Orla's") points at it, nothing
  before sets it against another figure ("from
  the", "than the", "12 of the") and no period, step or part word stands beside it ("the
  first 25 mln dlr tranche", "last year's");
- every other figure of its unit in the article gives one value, told as a level, and no
  figure of the article gives the pointed value;
- a price a share ("the 29 dlr-per-share offer") is set only against prices a share ("27 dlrs
  per share", "28 dlrs each"), any other sum only against sums that are no prices;
- a sum of money or of shares is tied to that figure by its noun: the noun or one of its kind
  ("offering", "issue", "sale", "placement") in the figure's sentence or the one before; a
  count of a unit named
  by the compound ("terminals", "lines") is tied by the unit itself;
- the other figure stands in another sentence (in one sentence they are a part and its whole,
  or a result and its threshold: "45 votes, short of the 60-vote threshold");
- the two lie within `REACH` of each other (or hold the same digits swapped: "18" for "81"),
  neither a bound ("about 2,900") nor rounding reconciles them, and no word between tells of a
  change or a step ("raised", "later", "another").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.furniture import outside
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.definite_amounts import STEP
from flagger.detectors.numbers.headline_amounts import CURRENCIES, Amount, _amounts
from flagger.detectors.numbers.restatements import BOUNDED, DIGIT, PERIOD, digits
from flagger.detectors.numbers.updates import CHANGED
from flagger.detectors.numbers.values import WORD_VALUES
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:"
    + "|".join(sorted((w for w in WORD_VALUES if " " not in w), key=len, reverse=True))
    + r")\b"
)
SIZED = lazy(
    r"\b(?P<det>the|its|their|his|her|[A-Z][\w&.-]*['’]s)\s+(?P<sign>[$£€]\s?)?"
    r"(?P<num>" + NUMBER + r")(?:[\s-](?P<scale>mln|million|bln|billion))?"
    r"(?:\s(?P<cur>dlr|dollar|yen|stg|sterling|pound|euro)(?P<per>[\s-](?:per|a)[\s-]share)?|"
    r"\s(?P<share>share)|"
    r"-(?P<unit>[a-z]{3,}))?"
    r"\s+(?P<noun>[A-Za-z][a-z-]+)\b",
    re.IGNORECASE,
)
"""A definite size before its noun: "the 25 mln dlr offering", "the $4 million loan", "the
4.3 mln share offering", "the 280-terminal contract", "the 4,000-line Canton Telephone", and a
price a share ("Orla's 29 dlr-per-share offer", "his 26 dlr a share bid")."""
GATE = lazy(
    r"\b(?:the|its|their|his|her|\w+['’]s)\s(?:[$£€]\s?)?[\w,.]+"
    r"(?:-[a-z]{3}|\s(?:mln|million|dlr|share)[\s-])",
    re.IGNORECASE,
)
PER_SHARE = lazy(r"[\s-]*(?:per|a)[\s-]share\b|\s+each\b", re.IGNORECASE)
"""A price a share after a sum ("27 dlrs per share", "28 dlrs each"): a price is set only
against prices, a size only against sizes."""
"""The cheap test before the article is read: a definite figure with a scale, a singular unit
or a hyphened one."""
UNMEASURED = frozenset(
    "year month week day hour minute second old mile foot feet inch yard metre meter kilometre "
    "kilometer acre hectare ton tonne pound ounce gram gallon litre liter barrel point percent "
    "pct page story storey round game match lap stage star way part time degree bit cent ct "
    "dlr dollar share vote seat".split()
)
"""Hyphened units that measure or rate the noun ("the 10-year bond", "the 5-star hotel"), or
size a whole whose parts the article counts ("the 100-seat Senate", "the 60-vote threshold"):
many different things share them."""
AGAINST = lazy(
    r"(?:\b(?:than|from|versus|vs|over|above|below|under|beyond|exceeding|besides|plus|like|"
    r"unlike|between|and|or)|(?:\d\S*(?:\s+(?:mln|million|bln|billion|dlrs?|shares))*|\b(?:half|"
    r"part|portion|most|some|all|none|rest|bulk|pct|percent))\s+(?:of|out of))\s+$",
    re.IGNORECASE,
)
"""Words before the determiner that set the size against or beside another ("down from the",
"10 mln of the", "half of the"), or join it to another ("the 20 and the 25 mln dlr notes")."""
PICKED = lazy(r"\s+(?:that|which|it|they|we|he|she|for|in|of)\s+(?:\w+\s+)?(?:19|20)\d\d\b|"
              r"\s+(?:remaining|left|due|still|originally|initially)\b", re.IGNORECASE)
"""Words after the noun that pick out another period's or another part's ("the 25 mln dlr
offering of 1986", "the 25 mln dlr notes remaining")."""
KINDS = (
    frozenset("offer issue sale sell sold plac float".split()),
    frozenset("contr order deal agree purch pact".split()),
    frozenset("loan credi facil finan borro".split()),
    frozenset("payme paid payou settl".split()),
    frozenset("bid offer propo tende".split()),
    frozenset("div qtly payou".split()),
)
"""Nouns a desk takes for one thing, by how they begin ("an issue" … "the offering", "the
purchase" … "the contract", "a bid" … "the proposal")."""
REACH = 2.5
"""A misstated size stays within this factor of the right one; further off is another thing,
unless the two hold the same digits (a swap)."""
NEAR = 1.25
"""How far a bound ("about 2,900") reaches."""
UNIT_MENTION = (
    r"(?<![\w.,$£€-])(?P<num>{number})(?:\s?(?:mln|million|bln|billion))?"
    r"(?:\s+(?!(?:of|and|or|in|to|for|the|a|an|by)\b)[A-Za-z][\w'’-]*){{0,2}}?(?:\s+|-){unit}s?\b|"
    r"\b{unit}s?\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?P<num2>{number})"
    r"(?![\w.,]\d)"
)
"""A count of the compound's unit elsewhere: "208 Syntech ticketing terminals", "a 10-bank
group", "a circulation of 200,000"."""

NEXT_WORD = lazy(r"\s+([A-Za-z][\w-]*)")
"""The noun after a compound ("12-member jury")."""


@dataclass(frozen=True)
class Size:
    """A figure of one unit: its value, where its number stands, whether a bound comes before
    it, and the sentence it stands in."""

    value: float
    start: int
    end: int
    bounded: bool
    sentence: int
    shown: str


def sized(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings on a definite size that the article gives another value."""
    text = doc.text
    if not GATE.search(text):
        return
    every: list[Amount] | None = None  # the article's amounts, read once a size needs them
    for match in SIZED.finditer(text):
        if not (match["sign"] or match["cur"] or match["share"] or match["unit"]):
            continue
        if match["unit"] and match["unit"].casefold() in UNMEASURED:
            continue
        if not outside(doc.skipped, match.start(), match.end()) or _apart(doc, match):
            continue
        if every is None:
            every = [a for s in doc.sentences if DIGIT.search(text, s.start, s.end)
                     for a in _amounts(text[s.start : s.end], s.start, 3)]
        value = float(digits(match["num"])) * _scale(match["scale"])
        others = [s for s in _sizes(doc, match, every) if not s.start <= match.start("num") < s.end]
        values = {s.value for s in others}
        if len(values) != 1 or value in values or _told(value, match, every):
            continue
        first = others[0]
        if not _misstated(first, value) or not _tied(doc, match, others):
            continue
        if any(s.sentence == doc.sentence_index(match.start()) for s in others):
            continue  # "52 seats in the 100-member Senate": a part beside its whole
        if _stepped(doc, first.sentence) or _stepped(doc, doc.sentence_index(match.start())):
            continue
        shown = text[match.start("num") : match.end("noun")]
        yield rule.finding(
            doc, match.start("num"), match.end("num"),
            f"{shown}: the article sizes the same thing as "
            f"{first.shown} elsewhere",
            evidence=(first.shown, shown),
            related=(Span(first.start, first.end, text[first.start : first.end],
                          "other size"),),
        )


def _scale(word: str | None) -> float:
    folded = (word or "").casefold()
    return 1e6 if folded in {"mln", "million"} else 1e9 if folded in {"bln", "billion"} else 1.0


def _apart(doc: Document, match: re.Match[str]) -> bool:
    """Say whether the size is set against another, or picked out as another part or
    period's, by the words before it in its sentence or after it."""
    text = doc.text
    start = max(doc.sentences[doc.sentence_index(match.start())].start, match.start() - 30)
    if AGAINST.search(text, max(start, match.start() - 24), match.start()):
        return True
    if PICKED.match(text, match.end()):
        return True
    return PERIOD.search(text, start, match.start("num")) is not None


def _sizes(doc: Document, match: re.Match[str], every: list[Amount]) -> list[Size]:
    """Return the figures of the size's unit in the article's body."""
    text = doc.text
    if match["unit"]:
        unit = match["unit"].casefold()
        pattern = re.compile(UNIT_MENTION.format(number=NUMBER, unit=re.escape(unit)),
                             re.IGNORECASE)
        found = []
        for m in pattern.finditer(text):
            group = "num" if m["num"] else "num2"
            at = m.start(group)
            noun = NEXT_WORD.match(text, m.end())
            if m.group().casefold().endswith(f"-{unit}") and noun and (
                noun.group(1).casefold() != match["noun"].casefold()
            ):
                continue  # "a 12-member jury" beside "the 15-member board": another body
            bounded = BOUNDED.search(text, max(0, at - 20), at) is not None
            found.append(Size(float(digits(m[group])), at, m.end(group), bounded,
                              doc.sentence_index(at), " ".join(m.group().split())))
        return found
    if match["share"]:
        kind = [a for a in every if not a.currency and "share" in a.units]
    else:
        currency = (match["sign"] or "").strip() or CURRENCIES.get(match["cur"].casefold(), "£")
        priced = match["per"] is not None
        kind = [a for a in every if a.currency == currency
                and (PER_SHARE.match(text, a.start + len(a.shown)) is not None) == priced]
    return [Size(a.value, a.start, a.end, a.bounded, doc.sentence_index(a.start), a.shown)
            for a in kind]


def _stepped(doc: Document, index: int) -> bool:
    """Say whether a sentence tells of a change or a step ("raised", "later", "another")."""
    sentence = doc.sentences[index]
    return bool(CHANGED.search(doc.text, sentence.start, sentence.end)
                or STEP.search(doc.text, sentence.start, sentence.end))


def _told(value: float, match: re.Match[str], every: list[Amount]) -> bool:
    """Say whether a figure of the article other than the size itself gives its value."""
    return any(a.value == value and not a.start <= match.start("num") < a.end for a in every)


def _misstated(first: Size, value: float) -> bool:
    """Say whether two sizes are one misstated: near, or the same digits swapped, and no bound
    or rounding lets them agree."""
    if not first.value:
        return False
    ratio = value / first.value
    swapped = sorted(f"{value:g}") == sorted(f"{first.value:g}")
    if not (1 / REACH < ratio < REACH or swapped):
        return False
    if first.bounded:
        return not 1 / NEAR <= ratio <= NEAR
    whole, _, places = f"{first.value:f}".rstrip("0").rstrip(".").partition(".")
    zeros = 0 if places else len(whole) - len(whole.rstrip("0"))
    return abs(value - first.value) >= (10.0**zeros / 2 if zeros else 0.5)


def _tied(doc: Document, match: re.Match[str], others: list[Size]) -> bool:
    """Say whether the other figures count the size's thing: by the compound's unit, or, for
    money and shares, by the noun or one of its kind in a figure's sentence."""
    if match["unit"]:
        return True
    noun = match["noun"].casefold()
    stems = {noun.rstrip("s")}.union(*(k for k in KINDS if any(noun.startswith(s) for s in k)))
    for size in others:
        start = doc.sentences[max(0, size.sentence - 1)].start  # the clause may start there
        end = doc.sentences[size.sentence].end
        words = re.findall(r"[a-z]+", doc.text[start:end].casefold())
        if any(w.startswith(stem) for w in words for stem in stems):
            return True
    return False

