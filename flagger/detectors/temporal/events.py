"""Event linking: which event a time expression dates, and which mentions are one event.

Deliberately conservative. A date dates an event only in a few tight patterns: before an event
noun ("last year's talks", "the 2019 agreement"), after it ("the strike of 2019", "The talks in
2022" opening a clause) or after its verb ("negotiations that were interrupted in 2022",
"held talks last year"). Two mentions are one event when their nouns share a synonym class
(talks / negotiations / discussions) a few sentences apart, nothing marks another occurrence
("another", "a new", "the second"), their modifiers agree, not both dates stand before the
noun (that is how instances are told apart: "the 2019 election" ... "last year's election"),
and the verbs fit (see `same_event`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.irregular import IRREGULAR

# Synonym classes of event nouns; every form maps to its class name.
_CLASSES: dict[str, tuple[str, ...]] = {
    "talks": ("talks", "negotiation", "negotiations", "discussion", "discussions",
              "consultation", "consultations", "dialogue", "dialog"),
    "meeting": ("meeting", "meetings", "summit", "summits", "session"),
    "conference": ("conference", "congress", "convention"),
    "agreement": ("agreement", "deal", "accord", "pact", "treaty"),
    "contract": ("contract",),
    "election": ("election", "elections", "vote", "ballot", "referendum"),
    "attack": ("attack", "attacks", "bombing", "raid", "assault", "explosion", "blast"),
    "ceasefire": ("ceasefire", "cease-fire", "truce", "armistice"),
    "merger": ("merger", "takeover", "acquisition", "buyout"),
    "offering": ("offering", "offer", "issue", "flotation", "listing"),
    "visit": ("visit", "trip", "tour"),
    "strike": ("strike", "walkout", "stoppage"),
    "protest": ("protest", "protests", "demonstration", "demonstrations", "rally"),
    "trial": ("trial", "hearing"),
    "earthquake": ("earthquake", "quake"),
    "crash": ("crash", "collision"),
    "invasion": ("invasion", "incursion", "offensive"),
    "reform": ("reform", "reforms", "overhaul"),
    "split": ("split",),
    "sale": ("sale", "purchase", "divestiture"),
    "auction": ("auction", "tender"),
    "closure": ("closure", "shutdown"),
    "dividend": ("dividend", "payout"),
    "launch": ("launch",),
    "ruling": ("ruling", "verdict", "judgment", "decision"),
    "announcement": ("announcement",),
    "resignation": ("resignation",),
    "bankruptcy": ("bankruptcy",),
    "war": ("war",),
    "crisis": ("crisis",),
    "outbreak": ("outbreak",),
    "lockdown": ("lockdown",),
    "recession": ("recession",),
}
EVENT_NOUNS: dict[str, str] = {form: name for name, forms in _CLASSES.items() for form in forms}

# Verbs that say the noun's event itself took place: "signed" an agreement, "held" talks.
# Verbs for a start ("began", "opened") are not among them: "the talks began in 2019" fits
# "last year's talks" when they ran on.
OCCURRENCE_VERBS = frozenset(
    {"hold", "sign", "reach", "conclude", "conduct", "stage", "occur", "happen", "take", "seal",
     "strike", "complete", "agree", "carry"}
)

# Words in front of an event noun that introduce a new occurrence ("a deal in 2019") or mark
# a different one ("another round of talks", "the first election"); the weak markers count
# only right before the noun ("the previous meeting", not "the previous round of talks").
INDEFINITE = frozenset({"a", "an", "one"})
WEAK_MARKERS = frozenset({"previous", "earlier", "prior", "former", "latest", "recent", "last"})
DISTINCT_MARKERS = frozenset(
    {"another", "new", "fresh", "first", "second", "third", "fourth", "next", "further",
     "separate", "similar", "other", "subsequent", "future", "later", "two", "three", "several",
     "many", "some", "any", "each", "every", "no", "both", "more", "such"}
)

_AUX = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "will", "would",
     "did", "do", "does", "to", "could", "can", "may", "might", "should", "shall", "must"}
)
_PREPS = frozenset({"in", "on", "at", "during", "of"})
_PHRASE_PREPS = frozenset({"between", "of", "with", "in", "on", "over", "at", "among"})
_CLAUSE_OPENERS = frozenset({"and", "but", "while", "although", "though", "whereas"})
_OTHER_FUNCTION = frozenset({"for", "to", "from", "by", "after", "before", "since", "about",
                             "against", "into", "under", "as", "than", "said", "says", "say"})
_RELATIVE = frozenset({"that", "which", "who"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that"})
# Stems whose verb ends in a silent "e" once "-ed" is cut: "ratified" no, "collapsed" yes.
_SILENT_E = ("at", "iz", "us", "ag", "rg", "nc", "rc", "ir", "ur", "os", "uc", "ps", "as", "ns",
             "rs", "ts", "plet", "elet", "ud", "id", "iv", "ov", "ak", "ok")
# How far around a date its event is looked for: linking stays linear in very long sentences.
WINDOW_CHARS = 300
_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")
_POSSESSIVE = lazy(r"\s*['’]s\b")
_ADVERB = lazy(r"[a-z]+ly$")


class Token(NamedTuple):
    """A word or punctuation mark with its offsets (a named tuple: the temporal readers build
    thousands per article, and a tuple is built twice as fast as a frozen dataclass)."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """Return the lower-cased text."""
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class EventMention:
    """A time expression and the event it dates.

    `verb` is the verb the date is attached to ("interrupted in 2022"); `predicate` a verb said
    of an event the date is attached to by its noun ("last year's talks, which were
    interrupted"), which the date does not time.
    """

    timex: TimeExpression
    noun: str
    noun_start: int
    noun_end: int
    verb: str | None
    sentence: int
    prenominal: bool  # the date stands before the noun: "last year's talks", "the 2019 deal"
    marker: str = ""  # "indefinite", "distinct" or ""
    modifiers: tuple[str, ...] = ()  # words right before the noun: "presidential" election
    predicate: str | None = None


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Return the tokens of `text[start:end]` with offsets into `text`."""
    stop = len(text) if end is None else end
    new = tuple.__new__  # a named tuple built without its Python-level __new__: a third faster
    return [new(Token, (m.start(), m.end(), m.group())) for m in _WORD.finditer(text, start, stop)]


def verb_lemma(word: str) -> str | None:
    """Return a crude lemma for a past or base verb form; None for non-verbs we cannot tell."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) > 4 and w.endswith("ied"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("ed"):
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsdz":
            return stem[:-1]
        if stem.endswith(_SILENT_E):
            return stem + "e"
        return stem if not w.endswith("eed") else w[:-1]
    return w if w in OCCURRENCE_VERBS else None


def possessive_end(text: str, tx: TimeExpression) -> int:
    """Return the end of `tx` extended over a directly following "'s"."""
    if tx.text.endswith(("'s", "’s")):
        return tx.end
    m = _POSSESSIVE.match(text, tx.end)
    return m.end() if m else tx.end


def _is_event_noun(tok: Token) -> str | None:
    """The synonym class of an event noun, None for other words."""
    return EVENT_NOUNS.get(tok.lower)


def _marker(tokens: Sequence[Token], index: int) -> str:
    """How the noun at `index` is introduced: "indefinite", "distinct" or "" (definite)."""
    if index > 0 and tokens[index - 1].lower in WEAK_MARKERS:
        return "distinct"
    for tok in reversed(tokens[max(index - 4, 0) : index]):
        if tok.lower in DISTINCT_MARKERS:
            return "distinct"
        if tok.lower in INDEFINITE:
            return "indefinite"
        if not tok.text[0].isalpha() or tok.lower in _DETERMINERS:
            break
    return ""


def _has_date(dates: Sequence[TimeExpression], start: int, end: int) -> bool:
    """Whether a date starts in start:end; `dates` are sorted by start."""
    index = bisect_left(dates, start, key=lambda d: d.start)
    return index < len(dates) and dates[index].start < end


def _after(text: str, tx: TimeExpression, sent_end: int, dates: Sequence[TimeExpression],
           sentence: int) -> EventMention | None:
    """The date in front of its noun: "last year's talks", "the 2019 agreement"."""
    end = possessive_end(text, tx)
    possessive = end != tx.end or tx.text.endswith(("'s", "’s"))
    tokens = tokenize(text, end, min(sent_end, end + WINDOW_CHARS))
    if not possessive:
        before = tokenize(text, max(tx.start - 12, 0), tx.start)
        if not before or before[-1].lower not in _DETERMINERS:
            return None
    for i, tok in enumerate(tokens[:3]):
        name = _is_event_noun(tok)
        if name is None:
            if not tok.text[0].isalpha() or _is_function(tok):
                return None
            continue
        if i + 1 < len(tokens) and _is_event_noun(tokens[i + 1]):
            continue  # "election campaign": the noun is the next word
        predicate = _predicate(tokens[i + 1 :], dates)
        modifiers = tuple(t.lower for t in tokens[:i])
        return EventMention(tx, name, tok.start, tok.end, None, sentence, True, "", modifiers,
                            predicate)
    return None


def _predicate(tokens: Sequence[Token], dates: Sequence[TimeExpression]) -> str | None:
    """The verb after the noun (", which were interrupted", "were interrupted"), unless that
    clause carries its own date."""
    i = 1 if tokens and tokens[0].text == "," else 0
    relative = i < len(tokens) and tokens[i].lower in _RELATIVE
    if relative:
        i += 1
    first = i
    while i < len(tokens) and (tokens[i].lower in _AUX or _ADVERB.match(tokens[i].lower)):
        i += 1
    if i >= len(tokens) or not (relative or any(t.lower in _AUX for t in tokens[first:i])):
        return None
    clause_end = next((t.start for t in tokens[i:] if t.text in ",;:.()"), tokens[-1].end)
    if _has_date(dates, tokens[i].start, clause_end):
        return None
    return verb_lemma(tokens[i].text)


def _before(text: str, tx: TimeExpression, sent_start: int, sentence: int) -> EventMention | None:
    """The date after its noun or verb: "talks in 2022", "were interrupted in 2022"."""
    window_start = max(sent_start, tx.start - WINDOW_CHARS)
    tokens = tokenize(text, window_start, tx.start)
    if window_start > sent_start:
        tokens = tokens[1:]  # the first word may be cut; the phrase cannot open the sentence
    i = len(tokens) - 1
    if i >= 0 and tokens[i].lower in _PREPS:
        i -= 1
    verb: str | None = None
    if i >= 0 and _is_event_noun(tokens[i]) is None:
        verb = verb_lemma(tokens[i].text)
        if verb is None:
            return None
        i -= 1
        while i >= 0 and (tokens[i].lower in _AUX or _ADVERB.match(tokens[i].lower)):
            i -= 1
        if i >= 0 and tokens[i].lower in _RELATIVE:
            i -= 1
        if i >= 0 and tokens[i].text == ",":
            i -= 1
        i = _head_before_phrase(tokens, i)
    elif i >= 0:
        start = _phrase_start(tokens, i)
        governing = verb_lemma(tokens[start - 1].text) if start > 0 else None
        verb = governing if governing in OCCURRENCE_VERBS else None  # "held talks in 2022"
        previous = tokens[start - 1] if start > 0 else None
        opens_clause = (
            previous.lower in _CLAUSE_OPENERS or not previous.text[0].isalnum()
            if previous
            else window_start == sent_start
        )
        of_date = tokens[-1].lower == "of"  # "the strike of 1984" can only date the strike
        if not (opens_clause or of_date or verb):
            return None  # "won a bid for the convention in 2018": the date may date the bid
    if i < 0:
        return None
    name = _is_event_noun(tokens[i])
    if name is None:
        return None
    start = _phrase_start(tokens, i)
    modifiers = tuple(t.lower for t in tokens[start:i] if t.lower not in _DETERMINERS)
    return EventMention(tx, name, tokens[i].start, tokens[i].end, verb, sentence, False,
                        _marker(tokens, i), modifiers)


def _phrase_start(tokens: Sequence[Token], noun: int) -> int:
    """Return where the noun phrase of the noun at `noun` starts ("the peace talks")."""
    i = noun
    while i > 0 and noun - i < 3:
        tok = tokens[i - 1]
        if not tok.text[0].isalpha() or _is_function_or_verb(tok):
            break
        i -= 1
    if i > 0 and (tokens[i - 1].lower in _DETERMINERS or tokens[i - 1].lower in INDEFINITE):
        i -= 1
    return i


def _is_function(tok: Token) -> bool:
    """Whether a word cannot stand between a determiner and its noun."""
    w = tok.lower
    return (w in _AUX or w in _RELATIVE or w in _PHRASE_PREPS or w in INDEFINITE
            or w in _CLAUSE_OPENERS or w in _OTHER_FUNCTION or w in _DETERMINERS)


def _is_function_or_verb(tok: Token) -> bool:
    """Whether a word cannot be a modifier before an event noun looking back from it."""
    return _is_function(tok) or verb_lemma(tok.text) is not None


def _head_before_phrase(tokens: Sequence[Token], i: int) -> int:
    """Skip back over a short phrase after the subject: "talks [between the two unions]"."""
    if i < 0 or _is_event_noun(tokens[i]):
        return i
    for j in range(i - 1, max(i - 6, -1), -1):
        tok = tokens[j]
        if not tok.text[0].isalpha() or tok.lower in _RELATIVE or tok.lower in _AUX:
            return i
        if _is_event_noun(tok) and tokens[j + 1].lower in _PHRASE_PREPS:
            return j
    return i


def link(text: str, dates: Sequence[TimeExpression],
         sentences: Sequence[tuple[int, int]]) -> list[EventMention]:
    """Return the event mentions of the dated expressions; `sentences` are (start, end) pairs."""
    mentions: list[EventMention] = []
    starts = [start for start, _ in sentences]
    for position, tx in enumerate(dates):
        if tx.type != "DATE":
            continue
        index = max(bisect_right(starts, tx.start) - 1, 0)
        start, end = sentences[index] if sentences else (0, len(text))
        neighbours = dates[max(position - 1, 0) : position + 2]
        if _coordinated(text, tx, neighbours) or tx.range_start:
            continue
        mention = _after(text, tx, end, dates, index) or _before(text, tx, start, index)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _coordinated(text: str, tx: TimeExpression, dates: Sequence[TimeExpression]) -> bool:
    """Whether the date is one of a list ("in 2019 and 2022", "2019-2022", "between ...").

    `dates` are the expressions next to it: only a neighbour can be its partner in a list.
    """
    for other in dates:
        if other is tx:
            continue
        gap = text[tx.end : other.start] if other.start >= tx.end else text[other.end : tx.start]
        if len(gap) <= 12 and re.fullmatch(r"[\s,'’s]*(and|or|to|through|until|-|–)?\s*(in|on)?\s*",
                                           gap):
            return True
    if possessive_end(text, tx) != tx.end:
        return False  # "after last year's talks": the preposition governs the talks
    window = text[max(tx.start - 16, 0) : tx.start].lower()
    return bool(re.search(r"\b(between|from|since|until|till|before|after|by)\s+$", window))


def same_event(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions name one event: same noun class, compatible determiners and verbs.

    Neither may be marked as a different occurrence ("another", "new", "second"), and only
    the earlier of the two may be indefinite ("a deal in 2019" ... "the deal"). Dates written
    before the noun in both ("the 2019 election" ... "last year's election") tell instances of
    a recurring event apart, so they never make one event. Dates tied to verbs time the same
    thing only with the same verb; a date tied to a verb and one tied to
    the noun agree on an event only when the verb says the event took place ("signed") or is
    said of the other mention ("last year's talks, which were interrupted", "last year's
    interrupted talks").
    """
    second = b if a.noun_start <= b.noun_start else a
    if a.noun != b.noun or "distinct" in (a.marker, b.marker) or second.marker == "indefinite":
        return False
    if a.prenominal and b.prenominal:
        return False  # "the 2019 election" ... "last year's election": two elections
    if a.modifiers and b.modifiers and not _compatible(a.modifiers, b.modifiers):
        return False  # "local elections" / "presidential election"
    if a.verb and b.verb:
        return a.verb == b.verb
    timed, other = (a, b) if a.verb else (b, a)
    said = {other.predicate, *(verb_lemma(word) for word in other.modifiers)}
    return timed.verb is None or timed.verb in OCCURRENCE_VERBS or timed.verb in said


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two modifier lists can describe one event (one ends the other)."""
    short, long = sorted((a, b), key=len)
    return long[len(long) - len(short) :] == short
