"""N101 a headline's count that the lede gives with another value: "NINE KILLED IN TOWNSHIP CLASH"
over "Seven youths were shot dead …", "ACME GETS FIVE CONTRACTS" over "Acme said it received
four contracts".

The headline's count is read with its noun ("FIVE CONTRACTS") or, for a casualty or an arrest, with
the participle after it ("NINE KILLED") or the verb before it ("STORMS KILL THREE, CUT ROADS",
"GUNMAN WOUNDS 7"). The lede (the body's first two sentences) must count the same noun class, the
people of the same event (one of them too: "killed one man"), or what the same act took ("ACQUIRES
24 NURSING HOMES" … "acquired 28 care facilities", acted.py), with one value outside the headline's
bounds ("SOME 9,000" allows rounding). Left alone: a headline that tells of a change or an addition
("TOLL RISES TO", "QUOTA UP 190,000", "130 MORE LAYOFFS"), a lede that does ("so far", "another"),
an amount ("75 MLN DLR LOANS"), a lede count of another day, an option or a whole ("yesterday's
137", "a further 15", "35 of its 62"), a headline's figure that the lede gives in any form or as
the sum of two ("11 offices in one city and one in another"), and a lede count of another event
than the headline names ("KILLED 1,200" … "438 were taken prisoner")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from flagger.annotations.document import Document
from flagger.annotations.furniture import outside
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.acted import act
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
_STRUCK = lazy(r"\b(?P<verb>kill|wound|injur|hurt|arrest|detain)(?:e?s|e?d|e)?\s+$",
               re.IGNORECASE)
"""An event verb just before a count, in headline style: "STORMS KILL THREE", "WOUNDS 7"."""
_VERB_EVENTS = {"kill": "killed", "wound": "injured", "injur": "injured", "hurt": "injured",
                "arrest": "arrested", "detain": "arrested"}
"""The event each of those verbs tells of."""
_ONE = lazy(
    r"\b(?:(?P<verb>kill|wound|injur|arrest|detain)(?:ed|ing)\s+)?(?P<one>one|a single)\s+"
    r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}?(?:person|man|woman|child|[a-z]+(?:er|or|ist|ian|ant|ier"
    r"|age)))\b(?P<befell>\s+(?:was|has been|had been)\s+(?:killed|injured|wounded|hurt|"
    r"arrested|detained))?",
    re.IGNORECASE,
)
"""One person an event befell, in the lede: "killed one man", "One miner was killed"."""
_SINGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children"}
_OTHERS = lazy(r"\b(?:another|others?|also)\b[^.;]{0,40}", re.IGNORECASE)
"""Words in a lede that may tell of more people than the one it names ("and another died")."""
_NO_NOUN = lazy(r"\s*(?:$|[^\w\s-]|(?:in|at|on|near|after|during|as|amid|over|from)\b)",
                re.IGNORECASE)
"""What may follow a count that a verb took with no noun: the end, a mark, a preposition."""
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
_OTHER_PERIOD = lazy(r"\b(?:last|previous|prior|earlier|ago|since|next|year-earlier|"
                     r"(?:in|of|since) (?:19|20)\d\d)\b", re.IGNORECASE)
"""Words of a sentence that tell of another period than the headline's news."""


@dataclass(frozen=True, slots=True)
class _Said:
    """One count: its value and bounds, what it counts, and where it stands."""

    value: int
    low: float
    high: float
    noun: str
    event: str
    act: str
    start: int
    end: int
    text: str


def headline_counts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings on headline counts the lede contradicts."""
    head = doc.headline
    if head is None or not doc.sentences or _CHANGED_HEAD.search(head.text):
        return
    headline = [*_counts(head), *_struck(head)]
    lede_end = doc.sentences[min(LEDE, len(doc.sentences)) - 1].end
    if not headline or CHANGED.search(doc.text, 0, lede_end):
        return
    everywhere = [*_counts(doc), *_single(doc, lede_end)]
    body = [c for c in everywhere if c.start < lede_end]
    lede_figures = {m.start(): count_value(m.group("count"))
                    for m in FIGURE.finditer(doc.text, 0, lede_end)
                    if outside(doc.skipped, m.start(), m.end())}
    head_events = {name for name, pattern in EVENTS if pattern.search(head.text.casefold())}
    for said in headline:
        if not said.event and len(head_events) == 1:
            said = replace(said, event=next(iter(head_events)))  # "KILL A DOZEN GUARDS"
        same = [c for c in body if _same_thing(said, c)] or _beyond(doc, said, everywhere)
        values = {c.value for c in same}
        if len(values) != 1 or said.value in values or said.value in lede_figures.values():
            continue  # one value in the lede, and the headline's figure nowhere in it
        other = same[0]
        if head_events and other.event not in head_events:
            continue  # "KILLED 1,200" … "438 were taken prisoner": another event's count
        sentence = doc.sentences[doc.sentence_index(other.start)]
        figures = {**lede_figures, **_figures(doc, sentence.start, sentence.end)}
        if said.value in figures.values():
            continue
        rest = [v for at, v in figures.items() if at != other.start]
        if said.value - other.value in rest:
            continue  # "12 OFFICES" … "11 offices in one city and one in another"
        if not (said.high < other.low or other.high < said.low) or rounded(
            said.value, other.value
        ) or _cut(said.value, other.value):
            continue
        if any(_same_thing(said, c) and c.low <= said.value <= c.high for c in everywhere):
            continue  # the body gives the headline's figure too: another count of it
        yield rule.finding(
            head, said.start, said.end,
            f"The headline counts {said.text} ({said.value:,}), but the "
            f"{'lede' if other.start < lede_end else 'body'} gives "
            f"{other.text} ({other.value:,}) for what reads as the same count",
            score=0.7, severity="warning",
            evidence=(f"headline: {said.text} = {said.value:,}",
                      f"lede: {other.text} = {other.value:,}"),
            related=(Span(other.start, other.end, other.text, "lede count", "text"),),
        )


def _beyond(doc: Document, said: _Said, everywhere: list[_Said]) -> list[_Said]:
    """The body's counts of what the headline counts when the lede gives none, each of the
    same event or taken by the same act ("NINE KILLED" … three paragraphs on, "seven people
    were killed in the attack"), when the headline's figure stands nowhere in the body: none
    told with an update ("rose to", "another") or in a sentence of another period ("last
    year's", "in 1986")."""
    if not (said.event or said.act) or said.value in _figures(doc, 0, len(doc.text)).values():
        return []  # the headline's figure stands somewhere in the body
    same = [c for c in everywhere if c.value > 1 and _same_thing(said, c) and (
        (said.event and c.event == said.event) or (said.act and c.act == said.act))]
    for c in same:
        sentence = doc.sentences[doc.sentence_index(c.start)]
        if CHANGED.search(doc.text, sentence.start, sentence.end) or _OTHER_PERIOD.search(
            doc.text, sentence.start, sentence.end
        ):
            return []
    return same


def _cut(said: int, other: int) -> bool:
    """Say whether a headline's round figure is the body's cut short ("KILLED 1,200" for
    1,269): the body's figure lies between it and the next step of its last digit."""
    text = str(said)
    step: int = 10 ** (len(text) - len(text.rstrip("0")))
    return step >= 100 and said <= other < said + step


def _figures(doc: Document, start: int, end: int) -> dict[int, int | None]:
    """The figures of the body between two places, by where each stands."""
    return {m.start(): count_value(m.group("count")) for m in FIGURE.finditer(doc.text, start, end)}


def _counts(doc: Document) -> Iterator[_Said]:
    """The counts of `doc` that say what they count, by noun or by event, outside its skipped
    furniture (a body's own title line)."""
    text = doc.text
    for match in mentions(text):
        if not outside(doc.skipped, match.start("count"), match.end("count")):
            continue  # the count itself, whose words may run on past a title line
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
                        act(text, start), start, end, f"{match.group('count')} {count.noun}")
            continue
        participle = _BEFALLEN.match(text, end)
        value = count_value(match.group("count"))
        if count is None and participle is not None and value is not None and value >= 2:
            bound = BOUND_BEFORE.search(text, max(0, start - 16), start)
            low, high = bounds(value, bound.group().strip().casefold() if bound else "")
            said = participle.group().casefold()
            event = next((name for name, pattern in EVENTS if pattern.search(said)), "")
            yield _Said(value, low, high, "", event, "", start, participle.end(),
                        text[start : participle.end()])


def _struck(doc: Document) -> Iterator[_Said]:
    """The counts an event verb takes with no noun after them ("QUAKE KILLS TWO, CUTS LINES",
    "GUNMAN WOUNDS 7 IN ATTACK"): the people the event befell."""
    text = doc.text
    for match in FIGURE.finditer(text):
        start, end = match.start("count"), match.end("count")
        bound = BOUND_BEFORE.search(text, max(0, start - 16), start)
        begin = bound.start() if bound else start
        verb = _STRUCK.search(text, max(0, begin - 12), begin)
        value = count_value(match.group("count"))
        if verb is None or value is None or value < 2 or not _NO_NOUN.match(text, end):
            continue
        event = _VERB_EVENTS[verb.group("verb").casefold()]
        low, high = bounds(value, bound.group().strip().casefold() if bound else "")
        yield _Said(value, low, high, "", event, "", start, end,
                    text[verb.start() : end].strip())


def _single(doc: Document, lede_end: int) -> Iterator[_Said]:
    """The lede's one person an event befell ("Gunmen killed one man and wounded several",
    "One miner was killed on Monday"), unless the lede tells of others beside him."""
    text = doc.text
    others = [m.group().casefold() for m in _OTHERS.finditer(text, 0, lede_end)]
    for match in _ONE.finditer(text, 0, lede_end):
        told = match.group("verb") or match.group("befell")
        if told is None or not outside(doc.skipped, match.start(), match.end()):
            continue
        event = next((name for name, pattern in EVENTS if pattern.search(told.casefold())), "")
        if any(pattern.search(o) for name, pattern in EVENTS if name == event for o in others):
            continue  # "One man was killed and another died in hospital": two in all
        head_noun = match.group("noun").split()[-1].casefold()
        noun = _SINGULAR.get(head_noun, f"{head_noun}s")
        yield _Said(1, 1, 1, noun, event, "", match.start("one"), match.end("noun"),
                    text[match.start("one") : match.end("noun")])


def _same_thing(said: _Said, other: _Said) -> bool:
    """Whether two counts count one thing: what one act took ("SIGN THREE PACTS" … "signed two
    treaties"), one noun class ("A DOZEN SOLDIERS" … "killed 18 soldiers"), or the people of one
    event (any people of it when the headline leaves its noun unsaid, "NINE KILLED"); never two
    events."""
    if said.event != other.event:
        return False  # "KILLED 1,200 LIBYANS" … "438 Libyans were taken prisoner"
    if other.noun.startswith("other "):
        return False  # "TO BUILD THREE TOWERS" … "will build two other towers"
    if said.act and said.act == other.act:
        return True  # "ACQUIRES 24 NURSING HOMES" … "acquired 28 long-term care facilities"
    return not said.noun or kind(said.noun) == kind(other.noun) or (
        said.event != "" and people_class(said.noun) == people_class(other.noun))

