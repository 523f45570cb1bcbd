"""T101: "this month", "last month" or "next month" for an act the article dates in another month.

"When Ostrava Mills announced the suspension of work at its Brno mill this month" in a May
story against "Ostrava Mills shut the Brno mill on April 2": the relative month is counted from
publication and must hold the date the article gives the same act elsewhere. The event index
(`restated`) links two mentions by the one word each date attaches to; a relative month often
dates an act told with another word form or a synonym ("the suspension" / "shut"), so this
reader links wider, for relative months only, and asks for more. Each date's act is the event
noun it stands before or after ("this month's shutdown", "strikes this month", "the April 6
regional election") or the nearest verb of its clause with the event noun it takes ("announced
the suspension"); a light verb names an act only with its object ("put warning signs"). Two
dates link when their acts share a key (with a few synonym classes), the words near them share
one more word ("mill", "Brno"), the names on both sides are not all different, and they lie
within `WINDOW` sentences.

Nothing links when the act is a light or generic verb ("said", "died"), an amount of a period
("raised $3 million"), a bound ("by June 30"), another occurrence ("again", "previous"), told
done against a date ahead of publication or upcoming against one before it (tense, T104), a
past month against a date to come ("last month's council meeting" ... "the council meets in
September"), when the partner's sentence dates two months or the relative one dates another
month (a run of figures), when a date moved in between ("postponed"), inside a quote or on a
live page. When any partner fits the month, or the partners disagree, nothing is said.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import interval, overlaps, show, year_readings
from flagger.detectors.temporal.event_index import LIGHT_VERBS, event_key
from flagger.detectors.temporal.events import EVENT_NOUNS, Token, tokenize, verb_lemma
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.live import updating
from flagger.detectors.temporal.restated import RESCHEDULED
from flagger.report.finding import Finding

WINDOW = 10  # sentences between the relative month and its partner
_REACH = 14  # words read back from a date, or on from a date that opens its clause
_RELATIVE = lazy(r"(?i)(?:(?:early|earlier|late|later)\s+)?(?:this|last|next)\s+month"
                 r"(?:['’]s)?")
_CLAUSE = frozenset({";", ":", "(", ")", "—", "–", '"', "“", "”", "."})
_AHEAD = frozenset({"will", "would", "to", "'ll", "’ll", "shall", "could", "might", "may"})
_AGAIN = frozenset({"again", "another", "second", "third", "previous", "previously", "latest",
                    "renewed", "fresh", "repeated", "earlier", "later", "first", "next"})
_OPENERS = frozenset({"in", "on", "during", "early", "late", "and", "but", "then", "also", "so",
                      "of", "the", "month"})
_ROUGH = frozenset({"more", "less", "than", "about", "nearly", "almost", "over", "some",
                    "around", "roughly", "just", "only", "a", "an", "at", "least", "up", "to"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
# a bound, not the time of the act: "due by June 30", "until next month"
_BOUNDS = frozenset({"by", "until", "till", "through", "before", "after", "since", "from"})
# acts that befall many people at many times
_GENERIC = frozenset({"die", "happen", "occur", "bear"})
# verbs that move a figure, beyond the event index's light verbs
_MOVES = frozenset({"narrow", "widen", "shrink", "swell", "expand", "contract", "improve",
                    "worsen", "deteriorate", "slide", "sink", "recover", "rebound", "peak"})
# light verbs that name an act with their object: "put warning signs", "gave approval"
_CARRIERS = frozenset({"put", "make", "take", "give", "set", "keep"})
# acts named by several words: a stop to work, trade or payment; leaving a post or a race
_SAME_ACT = {"shut": "closure", "suspend": "closure", "suspens": "closure", "halt": "closure",
             "freez": "closure", "withdraw": "resignation"}
_STOP = frozenset(
    """a an the this that these those his her its their our my your he she it they we you i
    who whom which what when where while whether if because as than then there here and or but
    nor so yet for with by from into onto about against over under between among through to of
    in on at after before until since during not no also just only very more most less least
    all any some each every both other such own same many much few said says say told tell
    according percent pct per cent million billion thousand hundred year years month months
    week weeks day days time times today yesterday tomorrow last next first second new mr mrs
    ms dr one two three four five six seven eight nine ten has have had was were is are be been
    being will would could should may might must can do does did not people""".split())
_MONTHS = frozenset("""january february march april may june july august september october
                    november december jan feb mar apr jun jul aug sep sept oct nov dec monday
                    tuesday wednesday thursday friday saturday sunday""".split())


@dataclass(frozen=True, slots=True)
class _Words:
    """What the words near a date tell: its acts (key → upcoming, None for a noun, which has
    no tense), the other words, a marker of another occurrence, the names."""

    acts: dict[str, bool | None]
    things: frozenset[str]
    again: bool
    names: frozenset[str] = frozenset()


def month_act_conflicts(doc: Document, rule: Rule,
                        skip: frozenset[int] = frozenset()) -> Iterator[Finding]:
    """T101 warnings for a relative month that the date of the same act elsewhere rules out;
    `skip` holds the starts of expressions already flagged."""
    published = doc.article.published
    if published is None:
        return
    relative = [tx for tx in doc.dates if _relative_month(tx) and tx.start not in skip
                and doc.quote_at(tx.start, tx.end) is None]
    if not relative or updating(doc.text, doc.lowered):
        return
    months = {doc.sentence_index(tx.start) for tx in relative}
    told = _months_told(doc)
    starts = [tx.start for tx in doc.dates]
    for tx in relative:
        here = doc.sentence_index(tx.start)
        span = interval(tx)
        if span is None or not _alone(span, told.get(here, set())):
            continue
        words: _Words | None = None
        linked: list[TimeExpression] = []
        for there in range(max(here - WINDOW, 0), min(here + WINDOW + 1, len(doc.sentences))):
            if there == here or there in months or len(told.get(there, ())) != 1:
                continue  # a partner in a sentence that dates one month (a list of strike days)
            words = words or _read(doc, tx, here)
            if words.again or not words.acts:
                break
            sent = doc.sentences[there]
            for ox in doc.dates[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]:
                if _dated(ox) and not _tense_apart(words, ox, published) \
                        and not _sides_apart(tx, ox, published) \
                        and _same_act(words, _read(doc, ox, there)) \
                        and not _moved(doc, here, there):
                    linked.append(ox)
        verdict = _verdict(tx, linked)
        if verdict is not None:
            yield _finding(doc, rule, tx, verdict)


def _months_told(doc: Document) -> dict[int, set[tuple[int, int]]]:
    """Sentence → the months (year, month) of its explicit days and months; a date that spans
    months counts as two."""
    told: dict[int, set[tuple[int, int]]] = {}
    for tx in doc.dates:
        if _dated(tx):
            assert tx.first is not None and tx.last is not None
            told.setdefault(doc.sentence_index(tx.start), set()).update(
                {(tx.first.year, tx.first.month), (tx.last.year, tx.last.month)})
    return told


def _tense_apart(words: _Words, ox: TimeExpression, published: date) -> bool:
    """Whether the relative month's act is told done and the partner dates it after
    publication, or told upcoming and the partner dates it before: a matter of tense (T104),
    or two acts ("voted this month" ... "the November election" ahead)."""
    assert ox.first is not None and ox.last is not None
    told = set(words.acts.values()) - {None}
    return (False in told and ox.first > published) or (True in told and ox.last < published)


def _sides_apart(tx: TimeExpression, ox: TimeExpression, published: date) -> bool:
    """Whether a past month ("last month's council meeting") meets a date ahead of publication
    ("the council meets in September"), or a coming month a date before it: an occurrence told
    done and another to come."""
    assert tx.first is not None and tx.last is not None
    assert ox.first is not None and ox.last is not None
    return (tx.last < published < ox.first) or (ox.last < published < tx.first)


def _relative_month(tx: TimeExpression) -> bool:
    """"this month", "last month's", "earlier this month": a month counted from publication."""
    return (tx.deictic and tx.type == "DATE" and not tx.range_start and tx.first is not None
            and tx.granularity == "month" and _RELATIVE.fullmatch(tx.text) is not None)


def _dated(tx: TimeExpression) -> bool:
    """An explicit day or month: "March 23rd", "April"."""
    return (tx.explicit and tx.type == "DATE" and not tx.range_start and tx.first is not None
            and tx.last is not None and tx.granularity in ("day", "month"))


def _alone(span: tuple[date, date], told: set[tuple[int, int]]) -> bool:
    """Whether the sentence of the relative month dates nothing explicitly outside that month
    (not "narrowed last month from 14 billion in March": a run of figures)."""
    return all((span[0].year, span[0].month) == month for month in told)


def _read(doc: Document, tx: TimeExpression, number: int) -> _Words:
    """The act a date dates and the other words near it: back through its clause, and on when
    the date opens it."""
    sent = doc.sentences[number]
    back = tokenize(doc.text, max(sent.start, tx.start - 160), tx.start)[-_REACH:]
    for i in range(len(back) - 1, -1, -1):
        if back[i].text in _CLAUSE:
            back = back[i + 1 :]
            break
    if back and _bound(back):
        return _Words({}, frozenset(), False)
    forward = tokenize(doc.text, tx.end, min(sent.end, tx.end + 160))[:_REACH]
    for i, token in enumerate(forward):
        if token.text in _CLAUSE:
            forward = forward[:i]
            break
    opens = all(t.text == "," or t.text.lower() in _OPENERS for t in back)
    named = _noun_after(tx, back, forward)
    acts = named or (_acts(forward, False) if opens else _acts(back, True))
    tokens = back + forward if opens or named else back
    names = {_noun(t.text.lower()) for t in tokens if t.text[0].isupper()
             and t.start != sent.start and t.text.lower() not in _STOP | _MONTHS}
    things = {_noun(t.text.lower()) for t in tokens if t.text[0].isalpha()
              and len(t.text) > 2 and t.text.lower() not in _STOP | _MONTHS}
    again = any(t.text in _AGAIN for t in tokens)
    return _Words(acts, frozenset(things - set(acts)), again, frozenset(names))


def _bound(back: list[Token]) -> bool:
    """Whether the date right after `back` is a bound: "by June 30", "until early May"."""
    words = [t.text.lower() for t in back[-2:]]
    return words[-1] in _BOUNDS or (words[-1] in ("early", "late", "mid") and len(words) == 2
                                    and words[0] in _BOUNDS)


def _noun_after(tx: TimeExpression, back: list[Token], forward: list[Token]
                ) -> dict[str, bool | None]:
    """The event noun a date stands before, when it is possessive or follows an article:
    "last month's shutdown", "the April 6 regional election"."""
    after = forward[:4]
    possessive = tx.text.endswith(("'s", "’s"))
    if len(after) > 1 and after[0].text in ("'", "’") and after[1].text == "s":
        after, possessive = after[2:], True
    if not (possessive or (back and back[-1].text.lower() in _ARTICLES)):
        return {}
    for token in after[:2]:
        if not token.text[0].islower():
            return {}
        if _event_noun(token.text):
            return {_key(token.text): None}
    return {}


def _acts(tokens: list[Token], backward: bool) -> dict[str, bool | None]:
    """The act of a date: the event noun right before it ("strikes this month"), or the
    nearest verb (read back from the date, or on from a date opening its clause) with the
    event noun it takes ("announced the suspension"); nothing when that verb is light ("said",
    "scheduled", "narrowed"). Key → upcoming (None for a noun)."""
    step = -1 if backward else 1
    i = len(tokens) - 1 if backward else 0
    while 0 <= i < len(tokens) and tokens[i].text.lower() in _OPENERS | {","}:
        i += step
    if backward and 0 <= i < len(tokens) and tokens[i].text[0].islower() \
            and verb_lemma(tokens[i].text) in (None, tokens[i].text.lower()) \
            and _event_noun(tokens[i].text):
        return {_key(tokens[i].text): None}
    while 0 <= i < len(tokens):
        word = tokens[i].text.lower()
        lemma = verb_lemma(word) if tokens[i].text[0].islower() and "-" not in word else None
        if lemma is not None and (lemma != word or word in IRREGULAR):
            if lemma in _CARRIERS:
                thing = _object(tokens[i + 1 : i + 4])
                return {f"{lemma} {thing}": _upcoming(tokens, i)} if thing else {}
            if lemma in _LIGHT or lemma in _GENERIC or event_key(lemma) in _LIGHT_KEYS \
                    or _amount(tokens[i + 1 : i + 5]):
                return {}
            found: dict[str, bool | None] = {_key(word): _upcoming(tokens, i)}
            for token in tokens[i + 1 : i + 6]:
                if token.text[0].islower() and _event_noun(token.text):
                    found[_key(token.text)] = found[_key(word)]
                    break
            return found
        i += step
    return {}


def _amount(tokens: list[Token]) -> bool:
    """Whether a verb's object is an amount ("raised $3 million", "sold more than 400"): a
    figure of a period, which recurs, not a one-off act."""
    for token in tokens:
        if token.text.lower() not in _ROUGH:
            return token.text[0].isdigit() or token.text[0] in "$£€¥"
    return False


def _object(tokens: list[Token]) -> str | None:
    """The first word of a light verb's object: "put [warning] signs"."""
    for token in tokens:
        word = token.text.lower()
        if not token.text[0].isalpha():
            return None
        if word not in _STOP:
            return _noun(word)
    return None


def _event_noun(word: str) -> bool:
    """Whether a noun names an event of a synonym class ("strikes", "suspension"), not any
    nominalisation ("documents", "payments")."""
    return _key(word) in _CLASSES


def _key(word: str) -> str:
    """The event key of a word, with the synonym classes of this reader."""
    key = event_key(word)
    return _SAME_ACT.get(key, key)


_CLASSES = frozenset(EVENT_NOUNS.values()) | frozenset(_SAME_ACT.values())
_LIGHT = LIGHT_VERBS | _MOVES
_LIGHT_KEYS = frozenset(event_key(verb) for verb in _LIGHT)


def _upcoming(tokens: list[Token], i: int) -> bool:
    """Whether the act at tokens[i] is told as upcoming: "will shut", "to be halted", "will
    have shut"."""
    return any(t.text.lower() in _AHEAD for t in tokens[max(i - 4, 0) : i])


def _noun(word: str) -> str:
    """A word with its plural or possessive ending taken off: "factories" → "factory"."""
    word = word.replace("’", "'").removesuffix("'s")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _same_act(words: _Words, other: _Words) -> bool:
    """Whether two dates' words name one act: a shared act told the same way (done or
    upcoming), one more shared word, and no names on both sides that differ."""
    if other.again or (words.names and other.names and not words.names & other.names):
        return False  # another occurrence, or two actors
    shared = [key for key, ahead in words.acts.items() if key in other.acts
              and (None in (ahead, other.acts[key]) or other.acts[key] is ahead)]
    return bool(shared) and bool(words.things & other.things)


def _moved(doc: Document, here: int, there: int) -> bool:
    """Whether a sentence between the two mentions (both included) tells of a date moved."""
    low, high = sorted((here, there))
    return any(RESCHEDULED.search(s.text) for s in doc.sentences[low : high + 1])


def _verdict(tx: TimeExpression, linked: list[TimeExpression]) -> TimeExpression | None:
    """The nearest partner, when none fits the relative month and all name one month."""
    span = interval(tx)
    if span is None or not linked:
        return None
    for ox in linked:
        other = interval(ox)
        if other is None or any(overlaps(span, reading)
                                for reading in year_readings(other, not ox.has_year)):
            return None
    first = linked[0].first
    assert first is not None
    if any(ox.first is None or (ox.first.year, ox.first.month) != (first.year, first.month)
           for ox in linked):
        return None
    return min(linked, key=lambda ox: abs(ox.start - tx.start))


def _finding(doc: Document, rule: Rule, tx: TimeExpression, ox: TimeExpression) -> Finding:
    """The finding on the relative month, with the partner date as related."""
    span, other = interval(tx), interval(ox)
    assert span is not None and other is not None and doc.article.published is not None
    message = (f"“{tx.text}” is {show(span)} (counted from publication on "
               f"{doc.article.published.isoformat()}), but “{ox.text}” dates the same act "
               f"to {show(other)}")
    return rule.finding(doc, tx.start, tx.end, message, score=0.6,
                        evidence=(f"{tx.text} = {show(span)}", f"{ox.text} = {show(other)}"),
                        related=(Span(ox.start, ox.end, ox.text, "conflicting date"),))
