"""N101 a headline's count that the lede gives with another value: "NINE KILLED IN TOWNSHIP
CLASH" over "Seven youths were shot dead …", "ACME GETS FIVE CONTRACTS" over "Acme said it
received four contracts".

The headline's count is read with its noun ("FIVE CONTRACTS") or, for a casualty or an arrest,
with the participle after it ("NINE KILLED"). The lede (the body's first two sentences) must count
the same noun class, or the people of the same event, with one value outside the headline's
bounds ("SOME 9,000" allows rounding). Left alone: a headline that tells of a change or an
addition ("TOLL RISES TO", "QUOTA UP 190,000", "130 MORE LAYOFFS"), a lede that does ("so far",
"another"), an amount ("75 MLN DLR LOANS"), a lede count of another day, an option or a whole
("yesterday's 137", "a further 15", "35 of its 62"), a headline's figure that the lede gives in
any form or as the sum of two ("11 offices in one city and one in another"), and a lede count
of another event than the headline names ("KILLED 1,200" … "438 were taken prisoner").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from flagger.annotations.document import Document
from flagger.annotations.furniture import outside
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.classes import kind
from flagger.detectors.numbers.counts import read_count
from flagger.detectors.numbers.events import EVENTS, people_class
from flagger.detectors.numbers.mentions import BOUND_BEFORE, bounds, mentions
from flagger.detectors.numbers.pointing import FIGURE
from flagger.detectors.numbers.updates import CHANGED
from flagger.detectors.numbers.values import count_value, rounded
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

LEDE = 2
"""How many of the body's first sentences a headline's count is checked against."""
_BEFALLEN = lazy(r"\s+(?:killed|dead|die|died|hurt|injured|wounded|arrested|detained|held)\b",
                 re.IGNORECASE)
"""A count and the participle after it, in headline style: "NINE KILLED", "12 ARRESTED"."""
_CHANGED_HEAD = lazy(r"\b(?:rises?|rose|climbs?|climbed|jumps?|toll|more|another|now|latest|"
                     r"total|up|down|raises?d?|cuts?|falls?|fell|drops?|gains?|adds?|reaches?|"
                     r"further|option)\b", re.IGNORECASE)
"""A headline that tells of a change or an addition: its count is not the lede's level."""
_AMOUNT = lazy(r"\b(?:mln|bln|billion|million|thousand|dlrs?|dollars?|stg|pounds?|pct|percent|"
               r"yen|marks|francs|tonnes?|tons?|bales?|barrels?|ounces?|shares?)\b", re.IGNORECASE)
"""Words between a figure and its noun that make it an amount ("75 MLN DLR LOANS")."""
_OTHER_TIME = lazy(r"\b(?:yesterday|previous|earlier|last|prior|further|additional|another|"
                   r"option|of\s+(?:its|the|their))\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
"""Words before a lede count that make it another day's, an addition, or a whole."""


@dataclass(frozen=True, slots=True)
class _Said:
    """One count: its value and bounds, what it counts, and where it stands."""

    value: int
    low: float
    high: float
    noun: str
    event: str
    start: int
    end: int
    text: str


def headline_counts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings on headline counts the lede contradicts."""
    head = doc.headline
    if head is None or not doc.sentences or _CHANGED_HEAD.search(head.text):
        return
    headline = list(_counts(head))
    lede_end = doc.sentences[min(LEDE, len(doc.sentences)) - 1].end
    if not headline or CHANGED.search(doc.text, 0, lede_end):
        return
    everywhere = list(_counts(doc))
    body = [c for c in everywhere if c.start < lede_end]
    lede_figures = [count_value(m.group("count")) for m in FIGURE.finditer(doc.text, 0, lede_end)
                    if outside(doc.skipped, m.start(), m.end())]
    head_events = {name for name, pattern in EVENTS if pattern.search(head.text.casefold())}
    for said in headline:
        if not said.event and len(head_events) == 1:
            said = replace(said, event=next(iter(head_events)))  # "KILL A DOZEN GUARDS"
        same = [c for c in body if _same_thing(said, c)]
        values = {c.value for c in same}
        if len(values) != 1 or said.value in values or said.value in lede_figures:
            continue  # one value in the lede, and the headline's figure nowhere in it
        other = same[0]
        if head_events and other.event not in head_events:
            continue  # "KILLED 1,200" … "438 were taken prisoner": another event's count
        if said.value - other.value in lede_figures:
            continue  # "12 OFFICES" … "11 offices in one city and one in another"
        if not (said.high < other.low or other.high < said.low) or rounded(said.value,
                                                                              other.value):
            continue
        if any(_same_thing(said, c) and c.low <= said.value <= c.high for c in everywhere):
            continue  # the body gives the headline's figure too: another count of it
        yield rule.finding(
            head, said.start, said.end,
            f"The headline counts {said.text} ({said.value:,}), but the lede gives "
            f"{other.text} ({other.value:,}) for what reads as the same count",
            score=0.7, severity="warning",
            evidence=(f"headline: {said.text} = {said.value:,}",
                      f"lede: {other.text} = {other.value:,}"),
            related=(Span(other.start, other.end, other.text, "lede count", "text"),),
        )


def _counts(doc: Document) -> Iterator[_Said]:
    """The counts of `doc` that say what they count, by noun or by event, outside its skipped
    furniture (a body's own title line)."""
    text = doc.text
    for match in mentions(text):
        if not outside(doc.skipped, match.start(), match.end()):
            continue
        start, end = match.start("count"), match.end("count")
        if _AMOUNT.search(match.group("words")) or text[max(0, start - 1) : start] == "/":
            continue  # "75 MLN DLR LOANS", "7-3/8 pct bonds"
        if _OTHER_TIME.search(text, max(0, start - 40), start):
            continue  # "yesterday's 137 contracts", "a further 15 planes", "35 of its 62"
        if match.groupdict().get("unit"):
            continue  # "the 25-member board" counts members of a body, not what was done
        count = read_count(doc, match)
        if count is not None and not count.added and count.definite != "both":
            yield _Said(count.value, count.low, count.high, count.noun, count.event,
                        start, end, f"{match.group('count')} {count.noun}")
            continue
        participle = _BEFALLEN.match(text, end)
        value = count_value(match.group("count"))
        if count is None and participle is not None and value is not None and value >= 2:
            bound = BOUND_BEFORE.search(text, max(0, start - 16), start)
            low, high = bounds(value, bound.group().strip().casefold() if bound else "")
            said = participle.group().casefold()
            event = next((name for name, pattern in EVENTS if pattern.search(said)), "")
            yield _Said(value, low, high, "", event, start, participle.end(),
                        text[start : participle.end()])


def _same_thing(said: _Said, other: _Said) -> bool:
    """Whether two counts count one thing: one noun class ("A DOZEN SOLDIERS" … "killed 18
    soldiers"), or the people of one event (any people of it when the headline leaves its noun
    unsaid, "NINE KILLED"); never two events."""
    if said.event != other.event:
        return False  # "KILLED 1,200 LIBYANS" … "438 Libyans were taken prisoner"
    return not said.noun or kind(said.noun) == kind(other.noun) or (
        said.event != "" and people_class(said.noun) == people_class(other.noun))

