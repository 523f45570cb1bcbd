"""One event named twice in different sentences: a relative date against the other date.

Mentions come from the event index (`event_index`): the same event key, a few sentences
apart, neither marked as a further occurrence, the same actor when both name one, the same
object or kind when both have one ("raise fares" is not "raise its fees", nor "today's bill
auction" the "notes for auction on Tuesday"). A relative
day ("yesterday", "today's selloff", "this morning") is checked against a weekday or a day's
date of the same event ("demonstrated on Tuesday" ... "we demonstrated today" on a
Wednesday). A weekday alone is checked only where it refers back to an event already told: before
its noun ("Sunday's announcement", "Friday's lawsuit") or after an owned or definite noun ("his
plea on Thursday") against the verb of the event ("sued on Monday"); it is compared by the name
of the day, since it does not say which week, and not when another sentence nearby gives an
event of the same key on that weekday ("the attack on the ship on Friday"). A relative month
or year ("last month's election", "exchanged last year") is checked against a written month or
year ("the Dec. 12 vote", "a July 2015 exchange"). When the partners of a mention disagree
among themselves the article tells of several events and nothing is linked. Two dates written
before their nouns ("Tuesday's decision" ... "today's decision") tell instances apart, so they
are linked only when the relative one is a month or year and the other a day ("last month's
election" ... "the Dec. 12 vote"). A relative date inside a reproduced text ("Following is the
text of a statement issued yesterday" ... "The ministers met today") counts from that text's
day, so it is compared only with dates of the same text (`reproduced`). Warnings: T105 for days
and weekdays, T101 for months and years.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.annotations.timex.lexicon import WEEKDAY_NAMES
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import interval, overlaps, show, year_readings
from flagger.detectors.temporal.event_classes import party_names
from flagger.detectors.temporal.event_index import DatedEvent, event_key, index_events
from flagger.detectors.temporal.events import possessive_end, tokenize
from flagger.detectors.temporal.live import updating
from flagger.detectors.temporal.reproduced import reproduced_spans, voice
from flagger.report.finding import Finding

WINDOW = 6  # sentences between two mentions of one event
CLOSE = 2  # ... when both are verbs whose subjects are not both named
FAR = 24  # ... when both are one verb with one object: "pleaded guilty" ... "pleaded guilty"
LEAD = 1  # the sentences that open a story (a headline, then the lead) and name its event
_NIGHT = lazy(r"(?i)\b(?:night|overnight|early|late|evening)\b")
"""A day told at its edge ("agreed early today" ... "the package agreed last night"): one
session may run past midnight."""
_A_NOUN = lazy(r"\b[Aa]n?\s+(?:[a-z-]+\s+)?$")
"""An indefinite article before a noun, one modifier allowed ("a tender", "a new tender")."""
_COARSE = frozenset({"month", "year", "quarter", "half"})
_OWNERS = frozenset({"the", "his", "her", "its", "their"})
_OWNED = lazy(r"(?i)\b(?:(?:the|a|an|one|our|his|her|its|their)\s+"
              r"|(?:the|his|her|its|their)\s+[a-z]+\s+(?:on\s+|early\s+|late\s+)?)$")


_DAY = lazy(r"(?i)(?:(?:early|late|later|earlier)\s+)?(?:today|tonight|yesterday|tomorrow|"
            r"this\s+(?:morning|afternoon|evening)|last\s+night)(?:['’]s)?")
_PERIOD = lazy(r"(?i)(?:.*\s)?(?:last|this|next|past)\s+(?:year|month)(?:['’]s)?")
RESCHEDULED = lazy(r"(?i)\b(?:postpon|delay|reschedul|put off|pushed back|brought forward|"
                          r"cancel|defer|adjourn|moved up|moved back)")


def _pure_day(tx: TimeExpression) -> bool:
    """"yesterday", "today", "tonight", "this morning": a day counted from publication."""
    return (tx.deictic and tx.first is not None and tx.first == tx.last
            and _DAY.fullmatch(tx.text) is not None)


def _weekday(tx: TimeExpression) -> bool:
    """A weekday named without its date: "on Tuesday", "Wednesday's"."""
    return tx.weekday is not None and not tx.explicit and tx.first == tx.last


def _coarse(tx: TimeExpression) -> bool:
    """"last year", "this month", "next year": a period counted from publication."""
    return (tx.deictic and not tx.ago and tx.granularity in _COARSE
            and _PERIOD.fullmatch(tx.text) is not None)


def _day_level(tx: TimeExpression) -> bool:
    return tx.first is not None and tx.first == tx.last


def restated_conflicts(doc: Document, rules: dict[str, Rule],
                       skip: frozenset[int] = frozenset()) -> Iterator[Finding]:
    """T105 / T101 warnings for a relative date that another mention of its event rules out;
    `skip` holds the starts of expressions already flagged."""
    dates = [tx for tx in doc.dates if tx.type in ("DATE", "TIME") and not tx.range_start
             and tx.first is not None]
    days = {tx.start for tx in dates if tx.start not in skip and _pure_day(tx)}
    if days and updating(doc.text, doc.lowered):
        days = set()  # a live page: its "today" may be any day it ran
    weekdays = {tx.start for tx in dates if tx.start not in skip and _weekday(tx)
                and _naming_back(doc.text, tx)}
    relative = days | weekdays | {tx.start for tx in dates if tx.start not in skip and _coarse(tx)}
    anchors = sorted(doc.sentence_index(start) for start in relative)
    if not anchors:
        return
    near = [tx for tx in dates if _near(doc.sentence_index(tx.start), anchors)]
    index = index_events(doc, near)
    texts = reproduced_spans(doc)
    for mentions in index.values():
        if len(mentions) < 2:
            continue
        for mention in mentions:
            tx = mention.timex
            if tx.start not in relative or mention.distinct:
                continue
            owned = _weekday(tx) and _definite(doc, mention)
            if _weekday(tx) and (not (mention.prenominal or owned)
                                 or _told_that_day(doc, mention)):
                continue  # "met on Monday" ... "met on Tuesday": a story told day by day
            if _several(mention, mentions) or _instances(doc.text, mention, mentions):
                continue
            partners = [m for m in mentions
                        if (not owned or _same_party(doc, mention, m))
                        and _partner(mention, m, owned) and not _rescheduled(doc, mention, m)
                        and _one_voice(texts, tx, m.timex)]
            if not partners:
                continue
            verdict = _verdict(tx, partners)
            if verdict is not None:
                code = "T105" if _pure_day(tx) or _weekday(tx) else "T101"
                yield _finding(doc, rules[code], mention, verdict)


def _near(sentence: int, anchors: list[int]) -> bool:
    """Whether `sentence` lies within reach of one of the sorted `anchors`."""
    i = bisect_left(anchors, sentence - FAR)
    return i < len(anchors) and anchors[i] <= sentence + FAR


def _partner(mention: DatedEvent, other: DatedEvent, owned: bool = False) -> bool:
    """Whether `other` may date the event of `mention` another way; `owned` when the noun of
    `mention` is owned or definite before its weekday ("his plea on Thursday"), whose owner
    the sentence of `other` names."""
    tx, ox = mention.timex, other.timex
    reach = WINDOW
    if (mention.object and mention.object == other.object) \
            or _back_reference(mention, other, owned) or _lead_act(mention, other):
        reach = FAR
    elif not (mention.nominal or other.nominal or mention.actor & other.actor):
        reach = CLOSE  # "He died yesterday" ... "Prine, who died Tuesday": perhaps two people
    if other.sentence == mention.sentence or abs(other.sentence - mention.sentence) > reach:
        return False
    if other.distinct or ox.ago or ox.first is None or other.ahead != mention.ahead:
        return False  # an upcoming act and a done one are two occurrences
    if mention.actor and other.actor and not mention.actor & other.actor:
        return False  # two actors: two events
    kinds = (mention.object or mention.kind, other.object or other.kind)
    if kinds[0] and kinds[1] and kinds[0] != kinds[1]:
        return False  # "raise fares" ... "raise its fees"; "bill auction" ... "notes for auction"
    if mention.prenominal and other.prenominal and not (_coarse(tx) and _day_level(ox)):
        return False  # "Tuesday's decision" ... "today's decision": instances told apart
    if _weekday(tx) and not mention.prenominal and other.nominal:
        return False  # "his plea on Thursday" refers back to an act told by its verb
    if _pure_day(tx) or _weekday(tx):
        return _day_level(ox) and (_weekday(ox) or ox.explicit or _pure_day(ox))
    return ox.explicit and (ox.granularity in ("day", "month", "year") or _day_level(ox))


def _instances(text: str, mention: DatedEvent, mentions: list[DatedEvent]) -> bool:
    """Whether `mention` and another mention of its key are nouns after "a" or "an" ("reopen a
    tender tomorrow" ... "rejected a tender today"): the article tells of several instances."""
    def indefinite(m: DatedEvent) -> bool:
        return m.nominal and _A_NOUN.search(text, max(m.word_start - 12, 0),
                                            m.word_start) is not None
    return indefinite(mention) and any(indefinite(m) for m in mentions if m is not mention)


def _lead_act(mention: DatedEvent, other: DatedEvent) -> bool:
    """Whether one of two verb mentions is the lead's act ("The House passed the bill on
    Tuesday" opening the story) and the other tells that act again by the same verb far below
    ("the measure passed by the House yesterday"): the lead names the story's event."""
    verbs = not (mention.nominal or other.nominal)
    days = _day_level(mention.timex) and _day_level(other.timex)
    overnight = any(_NIGHT.search(m.timex.text) for m in (mention, other))
    return verbs and days and not overnight and min(mention.sentence, other.sentence) <= LEAD


def _one_voice(texts: list[tuple[int, int]], tx: TimeExpression, ox: TimeExpression) -> bool:
    """Whether two dates count from one day: both in the article's words or in one reproduced
    text (`reproduced`), or the one inside a text is written out ("Following is the text of a
    statement issued yesterday" ... "The ministers met today": the statement's today)."""
    one, other = voice(texts, tx.start), voice(texts, ox.start)
    if one == other:
        return True
    return not any(here is not None and x.deictic for x, here in ((tx, one), (ox, other)))


def _same_party(doc: Document, mention: DatedEvent, other: DatedEvent) -> bool:
    """Whether the sentences of two mentions name a party in common ("Kerr, who on Friday
    pleaded" ... "his plea on Thursday, Kerr agreed"): "his" may then be that party, and a
    noun owned by another ("his announcement" ... "Trudeau's government announced") is not
    linked."""
    one, two = doc.sentences[mention.sentence], doc.sentences[other.sentence]
    return bool(party_names(doc.text, one.start, one.end)
                & party_names(doc.text, two.start, two.end))


def _naming_back(text: str, tx: TimeExpression) -> bool:
    """A cheap first look: a weekday before "'s", after an article ("the Friday meeting") or
    after an owned or definite noun ("his plea on Thursday")."""
    return possessive_end(text, tx) != tx.end or tx.text.endswith(("'s", "’s")) \
        or _OWNED.search(text, max(tx.start - 40, 0), tx.start) is not None


def _back_reference(mention: DatedEvent, other: DatedEvent, owned: bool) -> bool:
    """Whether `mention` is a weekday before its noun, or after an owned one, that names back
    the act `other` tells by its verb ("The campaign, announced Monday" ... "Sunday's campaign
    announcement"; "who on Friday pleaded guilty" ... "his plea on Thursday")."""
    return _weekday(mention.timex) and (mention.prenominal or owned) and not other.nominal \
        and other.sentence < mention.sentence


def _definite(doc: Document, mention: DatedEvent) -> bool:
    """Whether the noun of `mention` is owned or definite right before it ("his plea on
    Thursday", "the visit on Monday"): a back-reference to an act already told."""
    if not mention.nominal or mention.prenominal:
        return False
    before = tokenize(doc.text, max(mention.word_start - 8, 0), mention.word_start)
    return bool(before) and before[-1].lower in _OWNERS


def _told_that_day(doc: Document, mention: DatedEvent) -> bool:
    """Whether another sentence near the weekday of `mention` gives an event of its key that
    day ("Friday's attack" ... "the attack on the ship on Friday"): the weekday has its event."""
    named = mention.timex.weekday
    for ox in doc.dates:
        sentence = doc.sentence_index(ox.start)
        if sentence == mention.sentence or abs(sentence - mention.sentence) > FAR \
                or not _day_level(ox) or ox.first is None:
            continue
        if (ox.weekday if _weekday(ox) else ox.first.weekday()) != named:
            continue
        sent = doc.sentences[sentence]
        if any(event_key(tok.text) == mention.key
               for tok in tokenize(doc.text, sent.start, sent.end) if tok.text[0].isalpha()):
            return True
    return False


def _several(mention: DatedEvent, mentions: list[DatedEvent]) -> bool:
    """Whether the other nearby mentions of the event key date it to days or periods that
    cannot all be one ("met in January" ... "the Friday meeting"): several events. A time in
    the mention's own sentence that falls within its date ("released this morning at 9 a.m.")
    tells the same time more exactly."""
    own = interval(mention.timex)
    spans = [interval(m.timex) for m in mentions if m is not mention
             and abs(m.sentence - mention.sentence) <= FAR
             and not (m.sentence == mention.sentence and _within(interval(m.timex), own))]
    known = [span for span in spans if span is not None]
    return bool(known) and max(s[0] for s in known) > min(s[1] for s in known)


def _within(inner: tuple[date, date] | None, outer: tuple[date, date] | None) -> bool:
    """Whether the interval `inner` lies inside `outer`."""
    return inner is not None and outer is not None and outer[0] <= inner[0] <= inner[1] <= outer[1]


def _rescheduled(doc: Document, mention: DatedEvent, other: DatedEvent) -> bool:
    """Whether the sentences between two mentions tell of a date moved ("postponed",
    "delayed"); for a weekday naming back its event, of that event's date ("Friday's lawsuit"
    is not moved by "a bid to postpone the election")."""
    low, high = sorted((mention.sentence, other.sentence))
    moved = [s for s in doc.sentences[low : high + 1] if RESCHEDULED.search(s.text)]
    if not moved or not _weekday(mention.timex):
        return bool(moved)
    return any(event_key(tok.text) == mention.key for s in moved
               for tok in tokenize(doc.text, s.start, s.end) if tok.text[0].isalpha())


def _verdict(tx: TimeExpression, partners: list[DatedEvent]) -> DatedEvent | None:
    """The partner that contradicts `tx`, when all partners agree with one another."""
    fits = [_agrees(tx, p.timex) for p in partners]
    if any(fits):
        return None
    first = partners[0].timex
    if any(not _same_reading(first, p.timex) for p in partners[1:]):
        return None  # the partners disagree: several events
    return min(partners, key=lambda p: abs(p.timex.start - tx.start))


def _agrees(tx: TimeExpression, ox: TimeExpression) -> bool:
    """Whether the relative `tx` and the other date can name one day or period."""
    span, other = interval(tx), interval(ox)
    if span is None or other is None:
        return True
    if _weekday(tx) and _weekday(ox):
        return ox.weekday == tx.weekday
    if _weekday(tx):
        return any(reading[0] == reading[1] and reading[0].weekday() == tx.weekday
                   for reading in year_readings(other, ox.explicit and not ox.has_year))
    if _pure_day(tx) and _weekday(ox):
        return span[0].weekday() == ox.weekday
    readings = year_readings(other, ox.explicit and not ox.has_year)
    return any(overlaps(span, reading) for reading in readings)


def _same_reading(a: TimeExpression, b: TimeExpression) -> bool:
    """Whether two partner dates can name the same day or period."""
    if _weekday(a) and _weekday(b):
        return a.weekday == b.weekday
    sa, sb = interval(a), interval(b)
    return sa is None or sb is None or overlaps(sa, sb)


def _finding(doc: Document, rule: Rule, mention: DatedEvent, other: DatedEvent) -> Finding:
    """The finding on the relative mention, with the other date and its event as related."""
    text, tx, ox = doc.text, mention.timex, other.timex
    end = possessive_end(text, tx)
    said = text[tx.start : end]
    span, other_span = interval(tx), interval(ox)
    assert span is not None and other_span is not None
    published = doc.article.published
    counted = (f" (counted from publication on {published.isoformat()})"
               if published and not _weekday(tx) else "")
    if _pure_day(tx) and _weekday(ox):
        names = WEEKDAY_NAMES[span[0].weekday()], WEEKDAY_NAMES[ox.weekday or 0]
        dated = f"a {names[1]}, not the {names[0]} {span[0].isoformat()}"
        shown = f"{names[0]} {span[0].isoformat()}"
    elif _weekday(tx):
        shown = f"a {WEEKDAY_NAMES[tx.weekday or 0]}"
        dated = f"a {WEEKDAY_NAMES[other_span[0].weekday()]}"
        if not _weekday(ox):
            dated += f" ({other_span[0].isoformat()})"
    else:
        dated, shown = show(other_span), show(span)
    message = (f"“{said}” dates “{mention.word}” to {shown}{counted}, but “{ox.text}” dates "
               f"the same event (“{other.word}”) to {dated}")
    related = (Span(ox.start, ox.end, ox.text, "conflicting date"),
               Span(other.word_start, other.word_end, other.word, "event"))
    return rule.finding(doc, tx.start, end, message, score=0.6,
                        evidence=(f"{said} = {shown}", f"{ox.text} = {dated}"),
                        related=related)
