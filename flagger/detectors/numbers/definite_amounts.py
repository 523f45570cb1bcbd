"""N101 a sum of money pointed back at with another value: "Vela paid four mln dlrs to settle
the claim." … "The insurer refunded the five mln dlrs to Vela"; "Orla issued a $25,000 check."
… "the $35,000 check bounced".

"The", "those" or "these" before a sum says the reader has met it: a desk reads "the five mln
dlrs" as the sum the story gave just before. Read only when
- the definite sum stands in the body, is no object of a word that sets it against or apart
  from another ("from the", "of the", "than the", "hit the"), and nothing after it picks out
  another sum ("the 5 mln dlrs it earned", "the 5 mln dlrs remaining", "a year", "more");
- every sum of its currency in the `REACH` sentences before gives one value, told as a level
  (not "another", "a further", "up to"), and no figure of the article gives the definite
  value (nor the sum or difference of two earlier sums);
- when a noun follows the definite sum ("the $35,000 check"), the earlier sentence holds it;
- the two lie within `FACTOR` of each other and neither a bound ("about nine mln dlrs") nor
  rounding reconciles them, and no word between tells of a change or another sum ("raised",
  "another", "later", "total").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.furniture import outside
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.headline_amounts import (
    CURRENCIES,
    SCALE,
    Amount,
    _agree,
    _amounts,
    _beside,
)
from flagger.detectors.numbers.restatements import DIGIT, STOP
from flagger.detectors.numbers.updates import CHANGED
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

GATE = lazy(
    r"\b(?:the|those|these) (?:[$£€]\s?)?(?:\d|[a-z]+(?:-[a-z]+)? (?:mln|bln|million|"
    r"billion))",
    re.IGNORECASE,
)
"""A definite sum somewhere in the text: the cheap test before any sentence is read."""
DEFINITE = lazy(r"(?<![\w-])(?P<det>the|those|these)\s+$", re.IGNORECASE)
"""The determiners of a sum met before; "its $74m box office" often gives a new one."""
SET_AGAINST = lazy(
    r"\b(?:of|from|than|to|by|over|under|above|below|beyond|between|against|versus|vs|with|"
    r"including|plus|besides|exceeding|past|toward|towards|among|like|as|on|at|within|"
    r"after|before|all|half|double|twice|triple|exceed|exceeds|exceeded|top|tops|topped|"
    r"hit|hits|reach|reached|reaches|pass|passed|surpass|surpassed|outstrip|outstripped|beat|"
    r"beats|match|matched|equal|equalled|equaled|overtake|overtook|eclipse|eclipsed|break|broke)"
    r"\s+$",
    re.IGNORECASE,
)
"""The word before "the" that makes the sum a part, a bound, a comparison or a step: "10 pct
of the 5 mln dlrs", "down from the 5 mln dlrs", "up to the 5 mln dlrs"."""
PICKED = lazy(
    r"\s+(?:that|which|who|it|he|she|they|we|you|of|in|from|for|remaining|left|still|already|"
    r"due|owed|owing|outstanding|set|earmarked|originally|initially|[a-z]+ed\s+(?:by|in|for|"
    r"from|on|to|under|at|last|this|a)\b)",
    re.IGNORECASE,
)
"""Words right after a definite sum that pick out another ("the 5 mln dlrs it earned", "the 5
mln dlrs remaining", "the 5 mln dlrs raised in 1986")."""
NOUN = lazy(r"[a-z]{0,2}(?:\s*\([^()]{0,24}\))?\s+(?P<noun>[a-z][a-z-]{2,})\b")
"""The word after a sum, past a scale letter and a conversion ("$50m (£27m) mark")."""
LINKS = frozenset(
    "with to in on at by for of as from into is be being or if because since before".split()
)
"""Words after a sum that begin no noun of it ("the six mln dlrs with the trustee")."""
STEP = lazy(
    r"\b(?:raised|raising|increased|cut|reduced|lowered|revised|later|total|totall?ing|further|"
    r"extra|remaining|rest|new|originally|initially|instead)\b",
    re.IGNORECASE,
)
"""Words between two sums that tell of a change or of another sum ("later raised", "a new
offer")."""
CROWDED = 4
"""A sentence with more sums than this is a table."""
SUMMED = 40
"""How many sums before a definite one may add up to it (a bound on the work per sum)."""
REACH = 4
"""How many sentences back the sum pointed at may stand."""
FACTOR = 2.5
"""A misstated sum stays within this factor of the right one; further off is another sum."""


def definite_amounts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings on a definite sum of money whose earlier sum has another value."""
    text = doc.text
    if not GATE.search(text):
        return
    told: list[tuple[int, Amount]] = []
    for index, sentence in enumerate(doc.sentences):
        if not DIGIT.search(text, sentence.start, sentence.end):
            continue
        found = [a for a in _amounts(text[sentence.start : sentence.end], sentence.start, 1)
                 if a.currency and outside(doc.skipped, a.start, a.end)]
        if len(found) <= CROWDED:  # a table's sums are read by no reader of prose
            told.extend((index, a) for a in found)
    values = Counter(a.value for _, a in told)
    if doc.headline is not None:
        values.update(a.value for a in _amounts(doc.headline.text.lower(), 0, 1))
    for at, (index, later) in enumerate(told):
        if values[later.value] > 1 or not _pointing(text, later):
            continue  # a value the article gives elsewhere may be what "the" points at
        before = [a for i, a in told[max(0, at - SUMMED) : at]
                  if i < index and a.currency == later.currency]
        near = [(i, a) for i, a in told[max(0, at - SUMMED) : at]
                if index - REACH <= i < index and a.currency == later.currency]
        first = _one_value(text, [a for _, a in near])
        if first is None or not _apart(first, later) or _sums(later, before):
            continue
        sentence = doc.sentences[near[-1][0]]
        noun = _noun(text, later)
        if noun and noun[:5] not in text[doc.sentences[near[0][0]].start : sentence.end].casefold():
            continue  # "the $35,000 check" points back at a check
        if CHANGED.search(text, first.start, later.start) or STEP.search(
            text, first.start, later.start
        ):
            continue
        yield rule.finding(
            doc, later.start, later.end,
            f"{later.shown} here points back at the sum given as {first.shown} just before",
            evidence=(first.shown, later.shown),
            related=(Span(first.start, first.end, text[first.start : first.end],
                          "earlier sum"),),
        )


def _pointing(text: str, amount: Amount) -> bool:
    """Say whether a sum is pointed back at ("the five mln dlrs"), whole and alone."""
    start = amount.start  # "$" and "£" stand inside the figure
    if amount.bounded:
        return False
    lead = DEFINITE.search(text, max(0, start - 8), start)
    if lead is None or SET_AGAINST.search(text, max(0, lead.start() - 12), lead.start()):
        return False
    end = amount.start + len(amount.shown)
    return PICKED.match(text, end) is None and not _beside(text, amount)


def _noun(text: str, amount: Amount) -> str:
    """Return the noun a sum is of ("check" of "$35,000 check", "loan" of "six mln dlrs loan"),
    or "" when none follows it."""
    last = amount.shown.split()[-1].casefold()
    if last.isalpha() and last not in CURRENCIES and last not in SCALE and (
        last.rstrip("s") not in amount.currency
    ):
        return last
    after = NOUN.match(text, amount.start + len(amount.shown))
    word = after.group("noun").casefold() if after else ""
    return "" if word in CURRENCIES or word in STOP or word in LINKS else word


def _one_value(text: str, near: list[Amount]) -> Amount | None:
    """Return the first of the earlier sums when they give one value, told as levels."""
    if not near or len({a.value for a in near}) != 1 or any(_beside(text, a) for a in near):
        return None
    return near[0]


def _apart(first: Amount, later: Amount) -> bool:
    """Say whether two sums are one misstated: within FACTOR, and no bound or rounding lets
    them agree."""
    if not first.value or not 1 / FACTOR < later.value / first.value < FACTOR:
        return False
    return not _agree(first, later) and not _agree(later, first)


def _sums(later: Amount, before: list[Amount]) -> bool:
    """Say whether the definite sum adds up or sets apart two earlier sums ("3 mln dlrs" and
    "2 mln dlrs" … "the 5 mln dlrs")."""
    values = {a.value for a in before}
    return any(later.value - x in values or x - later.value in values or later.value + x in values
               for x in values)
