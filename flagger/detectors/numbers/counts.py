"""N101: one group or one event counted twice with two values and no update between.

Two mentions are read as the same count when
- the later one is a definite back-reference to the counted noun ("the 14 dead", "all 38 people",
  "the same 12 clinics", "all three men" after "both men") and the noun had one value; or
- both are told with the same words around them (frames.py); or
- both count the casualties, injured or arrested of one event ("killed 12 people" … "the 14 dead",
  "wounding five others" … "seven others wounded"), in different sentences that name no
  different places or days, and the event had one earlier value.
A noun counts with the others of its class ("peacekeepers" … "soldiers", classes.py); a part of
the people an event befell ("civilians") links to them only when it outnumbers them. Recalled
figures (recalled.py), named lists (named.py) and counts beside a list of names (rosters.py) are
read apart; "the 191-member assembly" counts members, "the six arrested" the people unsaid.
"at least / about / up to" are read as bounds; "rose to", "so far", "another", "by Tuesday"
mean the figure changed, so nothing is flagged; rounding ("about 3,500" for 3,470) is allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.classes import KIN, PARTS, kind, named_apart
from flagger.detectors.numbers.described import described, same_clause, same_words_after
from flagger.detectors.numbers.elided import elided
from flagger.detectors.numbers.enumerated import listed
from flagger.detectors.numbers.events import EVENT_GATE, event_of, people_class
from flagger.detectors.numbers.families import other_parents, same_family
from flagger.detectors.numbers.frames import frame, restated, retold
from flagger.detectors.numbers.mentions import (
    BEFALLEN,
    BOUND_BEFORE,
    SCALES,
    UNSAID,
    body,
    bounds,
    head,
    mentions,
    opens,
    paired,
)
from flagger.detectors.numbers.named import named
from flagger.detectors.numbers.pointing import (
    POINTING,
    POSSESSIVE,
    family,
    mistyped,
    picked_apart,
    pointing,
    restates,
    same_event_of,
    same_participle,
)
from flagger.detectors.numbers.recalled import recalled
from flagger.detectors.numbers.regrown import described_anew, regrown
from flagger.detectors.numbers.renamed import renamed
from flagger.detectors.numbers.rosters import rosters
from flagger.detectors.numbers.spans import same_scene
from flagger.detectors.numbers.updates import AROUND, AROUND_LATER, CHANGED, around, update_window
from flagger.detectors.numbers.values import count_value, rounded
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

ADDED = frozenset("more new additional another further extra fresh".split())
"""Modifiers that count something besides what was counted before."""
RANKED = frozenset("first last next past previous remaining final same".split())
"""Modifiers that pick some out ("two remaining hostages"); "four top officers" are all of them."""
SKIP_NOUNS = frozenset(
    "years months weeks days hours minutes seconds times percent points cents dollars pounds "
    "euros miles kilometres kilometers feet metres meters tonnes tons barrels shares votes pct "
    "pence cts yen marks dlrs stg shillings schillings francs guilders rupees pesos pesetas "
    "rand lire kronor crowns yuan "
    "dinars riyals roubles rubles baht won acres hectares degrees inches litres gallons ounces "
    "grams kilograms kilos pages goals runs seats laps yards rounds games matches wins cases tests "
    "doses beds deaths fatalities basis".split()
)
AFFECTED = lazy(r"\b(?:[Tt]he|[Aa]ll|[Tt]hose)\s+$")
""""the six arrested", "all 12 detained": only a definite count names the people unsaid."""
HAVE = lazy(r"\b(?:have|has|had|share|shares|shared)\s+$", re.IGNORECASE)
""""They have three children": a family's members counted."""
ALL_BEFORE = lazy(r"\b(?:all|both)\s+$", re.IGNORECASE)
WHOLE_OF = lazy(r"\s+of\s+(?:the|those|these|its|their)\b", re.IGNORECASE)
""""All four of the women": the count of a whole, its noun after the of-phrase."""
ALL_OF_WHOM = lazy(r",\s+(?:all|both|each)\s+of\s+(?:whom|which|them)\b")
""""The four women, all of whom …": the whole group, as strong as "all four women"."""
WEAK = frozenset({"", "the", "these", "those"})
"""Back-references too weak alone: "the three girls" may be a group that grew; "all 38", "of
those 2,957", "all of its 580" point at the whole counted before."""
LISTING = frozenset({"the", "these", "those"})
LISTED_REACH = 3
"""How many sentences back an enumerated group ("The nine banks are A, B, … and I") points."""
DEFINITE = lazy(
    r"\b(?:the|all|those|these|of those|of the|all of the|all of its|all of their|its|their|"
    r"his|her|the same)\s+$",
    re.IGNORECASE,
)
GATE = lazy(
    r"\b(?i:the|all|those|these|its|their|his|her)(?: same)? (?:\d|(?:[a-z]+-)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty))"
)
QUANT_OF = lazy(
    r"(?:\b(?:none|each|all|any|both|most|some|many|several|few|half|\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s+|(?:^|[.!?\n\"“]\s*))of\s+the\s+$",
    re.IGNORECASE,
)
""""none of the 12", "eight of the 10", "Of the 12, …": a partitive points back at a whole."""
UNRESTRICTED = frozenset({"one of the", "the same"})
"""Back-references a clause after them does not make a part: "one of the 10 cities that saw"
describes the one; "the same three clinics reopened in" is the whole group again."""
SINGLE = frozenset("one none each any".split())
"""Partitives whose part is one thing: a clause after "one of the 10 cities that …" describes
the part, while after "48 of the 72 ships belonging to …" it picks out another whole."""
PART_OF = lazy(
    r"\b(?:half|thirds?|quarters?|most|some|many|several|few|majority|percent|%)\s+of\s+the\s+$",
    re.IGNORECASE,
)
""""half of the 69" after "40": the later count is the whole the first was a part of."""
EACH = lazy(r"\s+(?:each|apiece|per|a (?:day|week|month|year))\b")
""""100 bodies each" is a capacity or a rate, not a count."""
RESTRICT = lazy(
    r"\s*(?:who|that|which|whose|where|in|at|from|of|with|on|about|involved|based|named|\w+ing|"
    r"(?!(?:declin|refus|agre|fail|tri|decid|vot|vow|pledg|promis|threaten|want|hop|plan+|"
    r"manag|continu|appear|seem|attempt|offer|need|opt|struggl|volunteer)ed\b)"
    r"\w+ed\s+(?:to|by|in|at|for|from|on|with|under|as)\b|it|they|we|he|she|you)\b"
)
""""the 3,000 schools invited to take part", "the 115,540 cars it produced", "his 25 songs about
the sea" pick out a group; a verb that takes no object before "to" ("declined to") is its own."""
RATIO = lazy(
    r"(?:\b(?:one|a|\d+|two|three|four|five)\s+(?:in|out of)|\b(?:between|every)|"
    r"\d\s*(?:to|-|–|and|or))\s*$",
    re.IGNORECASE,
)
""""One in 10 adults" and "one doctor for every 750 people" are shares, "20 to 30 bodies" a
range: none is one count."""


@dataclass(frozen=True, slots=True)
class Count:
    """One count in the text: its value, the range its wording allows, and what it counts."""

    match: re.Match[str]
    value: int
    low: float
    high: float
    noun: str
    event: str
    definite: str
    """The word that makes it a back-reference ("the", "all", "its"), or ""."""
    sentence: int
    added: bool
    """Counted besides an earlier figure ("eight more bodies"): never linked, but it shows the
    figure changes."""
    restricted: bool
    """Followed by a clause that picks some out ("the two banks that lent")."""
    modifiers: frozenset[str]
    """The words between the figure and its noun ("former" of "25 former hostages")."""
    opens: bool = False
    """A "The N X" opening its sentence: the subject the story goes on about."""
    family: bool = False
    """A family's members ("they have three children", "their four kids")."""
    befallen: bool = False
    """The people an event befell, their noun unsaid ("the six arrested"): set against a
    count of the event under any noun."""


def counts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N101 findings."""
    text = doc.text
    gates: dict[str, bool] = {}  # GATE and EVENT_GATE, each searched when first asked
    by_noun: dict[str, list[Count]] = {}
    by_event: dict[tuple[str, str], list[Count]] = {}
    framed: dict[int, frozenset[str]] = {}
    seen: list[Count] = []
    flagged: set[int] = set()
    for match in mentions(text):
        count = read_count(doc, match)
        if count is None:
            continue
        seen.append(count)
        earlier = by_noun.setdefault(kind(count.noun), [])
        if count.definite == "both":
            earlier.append(count)  # "both" names the pair a later count may contradict
            continue
        partner = None
        if not count.added and (
            (_gate(gates, "definite", text)
             and (count.definite not in WEAK or pointing(count, earlier, text)
                  or described(count, earlier, text) or regrown(count, earlier, text)))
            or same_family(count, earlier, text)
        ):
            partner = _partner(doc, earlier, count, same_event=False)
            if partner and count.definite == "listed" and (
                count.sentence - earlier[-1].sentence > LISTED_REACH
            ):
                partner = None  # an enumeration names the group just counted
            if partner is not None and same_event_of(count, partner) and not same_scene(
                doc, partner.sentence, count.sentence
            ):
                partner = None  # "the five arrested on Monday" after "12 arrested on Sunday"
        if partner is None and count.event and not count.added \
                and _gate(gates, "event", text):
            partner = _event_partner(doc, by_event, count)
        if partner is None and not count.added and earlier:
            here = frame(doc, count, framed)
            alike = [c for c in earlier if restated(frame(doc, c, framed), here,
                                                    count.sentence - c.sentence)]
            partner = _partner(doc, alike, count, same_event=True) if alike else None
            if partner is not None and not same_scene(doc, partner.sentence, count.sentence) and (
                not retold(frame(doc, partner, framed), here)
            ):
                partner = None  # a sentence told twice keeps its own "since" or "earlier"
        partner = partner or (None if earlier else renamed(doc, count, seen[:-1]))
        if partner is not None:
            flagged.add(count.match.start())
            yield _finding(doc, rule, partner, count)
        earlier.append(count)
        if count.event:
            by_event.setdefault((count.event, people_class(count.noun)), []).append(count)
    yield from rosters(doc, rule, seen, flagged)
    yield from recalled(doc, rule)
    yield from named(doc, rule)
    if seen and _gate(gates, "definite", text):  # elided reads back from the counts seen
        yield from elided(doc, rule, seen)


def _gate(gates: dict[str, bool], name: str, text: str) -> bool:
    """Whether GATE ("definite": "the 14") or EVENT_GATE ("event") occurs, searched once."""
    if name not in gates:
        gates[name] = (GATE if name == "definite" else EVENT_GATE).search(text) is not None
    return gates[name]


def _event_partner(
    doc: Document, by_event: dict[tuple[str, str], list[Count]], count: Count
) -> Count | None:
    """Return the earlier count of the same event `count` contradicts: one of the same class
    of people, or of the whole where `count` names a part larger than it ("two people were
    killed" … "killing three civilians"), or of a part larger than the whole `count` names."""
    group = people_class(count.noun)
    tries = [(group, "")]
    if count.befallen:  # "the three arrested in the park" are some of them
        tries = [] if count.restricted else [(o, "") for e, o in by_event if e == count.event]
    elif group in PARTS:
        tries.append(("people", "part"))
    elif group == "people":
        tries.extend((part, "whole") for part in sorted(PARTS))  # one order on every run
    for other, role in tries:
        partner = _partner(doc, by_event.get((count.event, other), []), count, same_event=True)
        if partner is None or (role == "part" and count.low <= partner.high) or (
            role == "whole" and partner.low <= count.high
        ):
            continue
        spots = (partner.match.start(), count.match.start())
        if same_scene(doc, partner.sentence, count.sentence, spots):
            return partner
    return None


def read_count(doc: Document, match: re.Match[str]) -> Count | None:
    """Return the count a MENTION match reads, or None when it counts nothing we link."""
    pair = match.group("count").casefold() == "both"
    value = 2 if pair else count_value(match.group("count"))
    if value is None:
        return None
    value *= SCALES.get((match.group("scale") or "").casefold(), 1)
    if value < 2 or (1800 <= value <= 2100 and not match.group("scale")):
        return None
    text = doc.text
    words = match.group("words")
    whole = WHOLE_OF.match(words) if words.startswith(" of ") and ALL_BEFORE.search(
        text, max(0, match.start() - 5), match.start()) else None
    skip = whole.end() if whole else 0  # "all four of the women"
    unit = match.groupdict().get("unit")
    found = head(words[skip:]) if unit is None else body(words)
    if found is not None and unit is not None:
        found = f"{unit.casefold()}s", *found[1:]  # "the 191-member assembly": 191 members
    bound = BOUND_BEFORE.search(text, max(0, match.start() - 16), match.start())
    begin = bound.start() if bound else match.start()
    if found is None and UNSAID.match(words) and opens(doc, begin):
        found = "people", frozenset(), 0  # "At least five have died.": people, unsaid
    befell = BEFALLEN.match(words) if found is None else None
    befallen = befell is not None and AFFECTED.search(text, max(0, begin - 12), begin) is not None
    if befell is not None and befallen:
        found = "people", frozenset(), befell.end()  # "the six arrested": people, unsaid
    if found is None:
        return None
    noun, modifiers, head_end = found
    head_at = match.start("words") + skip + head_end
    lead = text[max(0, begin - 14) : begin]
    if pair and paired(text, head_at):
        return None  # "both men and women"
    if noun in SKIP_NOUNS or modifiers & RANKED or RATIO.search(lead) or EACH.match(
        text, head_at
    ) or any(m.endswith("est") for m in modifiers):
        return None
    if "other" in modifiers:
        noun = f"other {noun}"
    low, high = bounds(value, bound.group().strip().casefold() if bound else "")
    definite = DEFINITE.search(lead)
    word = "both" if pair else definite.group().strip().casefold() if definite else ""
    if word in WEAK and ALL_OF_WHOM.match(text, head_at):
        word = "all"  # "The four women, all of whom": the whole group
    elif word in LISTING and listed(text, head_at) == value:
        word = "listed"  # "The nine banks are A, B, … and I": the whole group
    if word == "of the":
        quantified = QUANT_OF.search(text, max(0, begin - 24), begin)
        if quantified is None:
            word = "the"  # "the origins of the 16 turkeys" is no partitive
        elif quantified.group().casefold().split()[0] in SINGLE:
            word = "one of the"  # "one of the 10 cities that saw": the clause is the part's
    return Count(
        match, value, low, high, noun, event_of(
            text, match.start(), match.start("words") if befallen else head_at, noun
        ),
        word,
        doc.sentence_index(match.start()), bool(modifiers & ADDED),
        RESTRICT.match(text, head_at) is not None, modifiers,
        word == "the" and definite is not None
        and opens(doc, begin - len(lead) + definite.start()),
        kind(noun) in KIN and (word in POSSESSIVE or HAVE.search(lead) is not None),
        befallen,
    )


def _partner(doc: Document, earlier: list[Count], count: Count, same_event: bool) -> Count | None:
    """Return the one earlier count `count` contradicts, if the earlier counts name one value."""
    values = {c.value for c in earlier}
    if len(values) != 1 or count.value in values:
        return None
    first = earlier[0]
    if count.family and first.family and other_parents(first, count):
        return None  # "her two children" … "his three children": two parents' families
    if named_apart(count.match.group("words"), first.match.group("words")):
        return None  # "nine French soldiers" … "the six Irish troops"
    if not same_event and not same_event_of(count, first) and (
        (count.event and first.event and count.event != first.event)
        or (count.modifiers - first.modifiers and not described_anew(count, first, doc.text))
        or (count.value < first.value and count.definite in POINTING
            and not restates(count, first, doc.text) and not mistyped(count, first))
        or (count.restricted and count.definite not in UNRESTRICTED and not family(count, doc.text)
            and not same_clause(count, first, doc.text)
            and not described_anew(count, first, doc.text)
            and not same_participle(count, first, doc.text))
        or (count.definite != "the same" and picked_apart(count, first, doc.text))
    ):
        return None  # "the two banks" of four may be two of them; "of the 33 states that …"
    if same_event and first.sentence == count.sentence:
        return None
    if not (first.high < count.low or count.high < first.low) or rounded(first.value, count.value):
        return None
    text = doc.text
    between = text[first.match.end() : count.match.start()]
    last = earlier[-1]  # the group restated with its one value: the reach runs from there
    if AROUND.search(around(text, first, "")) or AROUND_LATER.search(
        around(text, count, count.match.group())
    ):
        return None
    far = same_family(count, earlier, text) or (
        count.definite not in WEAK and same_words_after(count, first, text)
    )  # a family's size, or "all five officers charged in" retelling "six officers charged in"
    if (count.match.start() - last.match.end() > 2500 and not far) or "\n\n\n" in between:
        return None
    if not same_event and (
        (count.sentence - last.sentence > 10 and not far)
        or (first.value < count.value and _part_of(text, count, first.value))
    ):
        return None  # a back-reference reaches a few sentences; "half of the 69" is a whole
    if CHANGED.search(update_window(doc, first, count)):
        return None
    return first


def _part_of(text: str, count: Count, part: int) -> bool:
    """Say whether `count` is a whole that `part` may be a part of ("half of the 69", "40 of
    the 69"), not a whole pointed back at ("one of the 10 cities")."""
    lead = text[max(0, count.match.start() - 24) : count.match.start()]
    if PART_OF.search(lead):
        return True
    number = re.search(r"([\w,-]+)\s+of\s+the\s+$", lead)
    return number is not None and count_value(number.group(1)) == part


def _finding(doc: Document, rule: Rule, first: Count, count: Count) -> Finding:
    later, earlier = count.match, first.match
    what = count.noun if not count.event else f"{count.noun} ({count.event})"
    return rule.finding(
        doc, later.start("count"), later.end("count"),
        f"{later.group('count')} {what} here, but {earlier.group('count')} earlier for what "
        f"reads as the same count "
        f"({count.value:,} ≠ {first.value:,})",
        related=(Span(earlier.start("count"), earlier.end("count"), earlier.group("count"),
                      "earlier count"),),
        evidence=(f"{earlier.group().strip()} = {first.value:,}",
                  f"{later.group().strip()} = {count.value:,}"),
    )
