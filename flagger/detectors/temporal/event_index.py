"""An index of the article's dated event mentions, keyed by the event they name.

A date names an event by a noun it owns ("last year's talks", "the Dec. 12 vote", "a meeting
today", "elections on Monday") or by the verb of its clause ("pleaded guilty last month", "On
Monday the city was attacked", "to release the text early Thursday"). The key of a mention
joins a verb and its nominalisation ("arrested" / "arrest", "exchanged" / "exchange", "voted"
/ "vote") and the nouns of one synonym class ("talks" / "negotiations"): it is the noun's
class, or the verb's or noun's stem stripped of inflection and of a nominalising suffix.
Speech verbs, light verbs and verbs of a figure's movement ("said", "took", "rose") name no
event of their own and are not indexed; nor is a noun that is neither in a synonym class nor
nominalised nor used as a verb of another dated mention (a "price", a "session"), nor a rate
read at a date ("40 percent approval in June"). A noun mention keeps the word that sorts it
("the bill auction", "notes for auction", "the December OPEC accord") as its kind, so that two
nouns of one class of different kinds are told apart. Lookups stay linear: one pass over the
dates, a dict from key to mentions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.event_classes import idiom_class, member_class, participant_class
from flagger.detectors.temporal.events import (
    DISTINCT_MARKERS,
    EVENT_NOUNS,
    Token,
    possessive_end,
    tokenize,
    verb_lemma,
)

# Verbs that report, carry another noun's meaning, or move a figure: they name no one event.
LIGHT_VERBS = frozenset(
    {"be", "have", "do", "say", "tell", "add", "state", "note", "report", "ask", "quote", "make",
     "take", "get", "go", "come", "see", "give", "put", "set", "keep", "rise", "fall", "gain",
     "lose", "close", "open", "end", "trade", "drop", "climb", "slip", "ease", "jump", "finish",
     "edge", "decline", "tumble", "plunge", "rally", "firm", "settle", "stand", "remain",
     "continue", "expect", "begin", "start", "show", "include", "reach", "post", "estimate",
     "forecast", "need", "want", "know", "think", "feel", "use", "work", "fix", "total",
     "comment", "respond", "reply", "write", "speak", "call", "become", "seem", "look", "try",
     # verbs whose date may be their target, not their time: "projected for May 31"
     "project", "plan", "schedule", "predict", "anticipate", "hope", "aim", "propose", "intend",
     "due", "delay", "postpone", "extend",
     # verbs that compare or move a figure: "compared to the same period last year"
     "compare", "increase", "decrease", "grow", "double", "triple", "surge", "soar", "slump",
     "fluctuate", "average", "amount", "account", "experience", "record", "register",
     "witness", "suffer", "top", "exceed", "surpass", "develop"}
)
_AHEAD = frozenset({"will", "'ll", "’ll", "shall", "to", "going"})
_NOMINAL = lazy(r"[a-z]{3,}(?:tion|sion|ment|ance|ence|ure)s?$")
_SUFFIXES = ("ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "ates", "ated",
             "ate", "ies", "ied", "es", "ed", "s")
_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being", "had", "has", "have",
                  "will", "would", "did", "do", "does", "could", "can", "may", "might",
                  "should", "shall", "must", "'ll", "’ll", "not", "also", "already", "just"})
_BASE_BEFORE = frozenset({"to", "will", "would", "shall", "could", "can", "might", "must",
                          "should", "'ll", "’ll", "did"})
_PREPS = frozenset({"on", "in", "at", "during", "of", "early", "late", "later", "earlier"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                          "these", "those", "my", "your"})
_STOPS = frozenset({"that", "which", "who", "whom", "when", "where", "while", "if", "because",
                    "whether", "than", "as", "since", "before", "after", "until", "and", "or",
                    "but", "although", "though", "from", "for", "with", "by", "about", "to",
                    "into", "against", "over", "under", "between", "among", "not"})
_BOUNDARY = frozenset({",", ";", ":", "(", ")", ".", "!", "?", "—", "–"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_ARTICLES = frozenset({"the", "a", "an", "one", "its", "their", "his", "her", "our"})
_OWNERS = frozenset({"its", "their", "his", "her", "our"})
_RELATIVES = frozenset({"who", "which"})
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "there"})
_ABBREVIATION = lazy(r"[A-Z]\.")  # the dots of "U.S.": no break in a noun phrase
# A duration between a verb and its date: "talked for nearly two hours on Friday".
_DURATION = lazy(r"(?i)\bfor\s+(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+"
                       r"|over\s+|some\s+)?(?:[a-z]+|\d+)\s+(?:hours?|minutes?)"
                       r"(?:\s+(?:on|early|late))?\s*$")
REACH = 8  # words read back from a date to its verb, or on from a date opening its clause
# A rate read at a date ("40 percent approval", "a 5.1 pct jobless rate"): a series has a value
# at every date, so two readings are two points of it, not one event.
_READING = lazy(r"(?i)\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)\s+(?:[a-z-]+\s+)?$")


def stem(word: str) -> str:
    """A crude stem shared by a verb's forms and its nominalisation."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    lemma = verb_lemma(w)
    if lemma is not None and lemma != w:
        w = lemma
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


# Nouns whose verb no suffix rule finds: the noun, then a past form of its verb.
_DERIVED = {"plea": "pleaded", "suit": "sued", "lawsuit": "sued", "death": "died",
            "speech": "spoke", "flight": "flew", "arrival": "arrived", "approval": "approved",
            "refusal": "refused", "denial": "denied", "withdrawal": "withdrew",
            "dismissal": "dismissed", "removal": "removed", "burial": "buried",
            "testimony": "testified", "complaint": "complained", "departure": "departed",
            "seizure": "seized", "failure": "failed"}
_STEM_CLASS = {stem(form): name for form, name in EVENT_NOUNS.items()}
_LIGHT_STEMS = frozenset(stem(verb) for verb in LIGHT_VERBS)
_CLASS_KEYS = frozenset(EVENT_NOUNS.values())


def event_key(word: str) -> str:
    """The synonym class of a word, or its stem (a derived noun's: its verb's)."""
    w = word.lower()
    if w in EVENT_NOUNS:
        return EVENT_NOUNS[w]
    member = member_class(w)
    if member is not None:
        return member
    s = stem(_DERIVED.get(w.removesuffix("s"), w))
    return _STEM_CLASS.get(s, s)


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """A date and the event it names: by a noun (`nominal`) or by its clause's verb."""

    timex: TimeExpression
    key: str
    word_start: int
    word_end: int
    word: str
    sentence: int
    nominal: bool
    prenominal: bool  # the date stands before its noun: "last month's election"
    actor: frozenset[str] = frozenset()  # capitalised names before the verb
    distinct: bool = False  # "another vote", "voted again": a further occurrence
    ahead: bool = False  # an upcoming or intended act: "will tender", "to release"
    object: str | None = None  # the key of the verb's object: "raise [its] fees"
    kind: str | None = None  # the key of the word that sorts the noun: "[bill] auction"


def index_events(doc: Document, dates: Sequence[TimeExpression]) -> dict[str, list[DatedEvent]]:
    """Return the dated event mentions of `dates`, by event key, in text order."""
    text = doc.text
    found: list[DatedEvent] = []
    for tx in dates:
        sentence = doc.sentence_index(tx.start)
        if not doc.sentences or tx.first is None:
            continue
        sent = doc.sentences[sentence]
        mention = _noun_after(text, tx, sent.end, sentence) or _noun_before(
            text, tx, sent.start, sentence) or _verb(text, tx, sent.start, sent.end, sentence)
        if mention is not None:
            found.append(mention)
    verbs = {m.key for m in found if not m.nominal}
    index: dict[str, list[DatedEvent]] = defaultdict(list)
    for mention in found:
        if mention.nominal and not _eventive(mention.word) and mention.key not in verbs \
                and mention.key not in _CLASS_KEYS:
            continue  # "today's price": a quantity, not an event
        index[mention.key].append(mention)
    return index


def _eventive(noun: str) -> bool:
    """Whether a noun names an event by its class or its nominalising suffix."""
    w = noun.lower()
    return w in EVENT_NOUNS or member_class(w) is not None or w.removesuffix("s") in _DERIVED \
        or bool(_NOMINAL.match(w))


def _word(tok: Token, initial: bool = False) -> bool:
    """Whether a token is a lower-case word (or the capitalised first word of its sentence,
    when `initial`) that may be a noun of a noun phrase."""
    return tok.text[0].isalpha() and (initial or tok.text[0].islower()) \
        and tok.lower not in _STOPS | _AUX | _DETERMINERS | _PRONOUNS


def _noun_after(text: str, tx: TimeExpression, sent_end: int,
                sentence: int) -> DatedEvent | None:
    """The date before its noun: "last month's special Senate election", "the Dec. 12 vote"."""
    end = possessive_end(text, tx)
    possessive = end != tx.end or tx.text.endswith(("'s", "’s"))
    if not possessive:
        before = tokenize(text, max(tx.start - 8, 0), tx.start)
        if not before or before[-1].lower not in _ARTICLES:
            return None  # "said that this year lending": "that" opens a clause
    tokens = [t for t in tokenize(text, end, min(sent_end, end + 120))
              if not _ABBREVIATION.fullmatch(text, t.start - 1, t.end)][:5]
    head: Token | None = None
    kind: Token | None = None  # the word before the head: "the Dec. 12 [council] vote"
    last: Token | None = None  # the word before the token read
    for i, tok in enumerate(tokens):
        if tok.text[0].isupper() and tok.text[0].isalpha():
            last = tok  # a name in the phrase: "last month's special U.S. Senate election"
            continue
        if not _word(tok) or (head is not None and verb_lemma(tok.text) not in (None, tok.lower)):
            break
        if head is not None and _eventive(head.text) and _finite(tokens, i):
            break  # "Sunday's announcement seeks to": the phrase ends before its verb
        kind, head, last = last, tok, tok
    if head is None:
        return None
    return DatedEvent(tx, event_key(head.text), head.start, head.end, head.text, sentence,
                      True, True, kind=_kind(kind))


def _finite(tokens: Sequence[Token], i: int) -> bool:
    """Whether tokens[i] reads as a present verb with its object or infinitive after it
    ("seeks to", "asks the")."""
    w = tokens[i].lower
    return w.endswith("s") and not w.endswith("ss") and i + 1 < len(tokens) \
        and tokens[i + 1].lower in _DETERMINERS | {"to"}


def _noun_before(text: str, tx: TimeExpression, sent_start: int,
                 sentence: int) -> DatedEvent | None:
    """The event noun right before its date: "a secret meeting today", "elections on Monday"."""
    tokens = tokenize(text, max(sent_start, tx.start - 60), tx.start)
    while tokens and tokens[-1].lower in _PREPS:
        tokens.pop()
    tokens = _over_phrase(tokens)
    if not tokens or not _word(tokens[-1], tokens[-1].start == sent_start):
        return None
    noun = tokens[-1]
    idiom = idiom_class(text, noun.start, noun.text)  # "goes to the polls on Thursday"
    if idiom is None and not _eventive(noun.text):
        return None
    if len(tokens) > 1 and tokens[-2].lower in _BASE_BEFORE:
        return None  # "Jordan will tender Monday": a verb
    if any(t.lower == "of" for t in tokens[-4:-1]) and tokens[-2].lower not in _OWNERS:
        return None  # "the language of their tax legislation early Thursday": a complement
    if verb_lemma(noun.text) not in (None, noun.lower) and not noun.lower.endswith("ing"):
        return None  # a past form: the verb reading is taken by `_verb`
    if _READING.search(text, max(noun.start - 30, 0), noun.start):
        return None  # "40 percent approval earlier this month": a reading of a rate
    distinct = any(t.lower in DISTINCT_MARKERS for t in tokens[-4:-1])
    key = idiom or event_key(noun.text)
    return DatedEvent(tx, key, noun.start, noun.end, noun.text, sentence,
                      True, False, distinct=distinct, kind=_kind_before(tokens))


def _kind_before(tokens: Sequence[Token]) -> str | None:
    """The word that sorts the noun ending `tokens`: "the bill [auction]", "notes for
    [auction]"; None when the noun stands alone ("the [auction]")."""
    if len(tokens) > 2 and tokens[-2].lower == "for":
        return _kind(tokens[-3])
    return _kind(tokens[-2]) if len(tokens) > 1 else None


def _kind(tok: Token | None) -> str | None:
    """The key of a word that sorts a noun (a plain word or a name), or None for any other."""
    if tok is None or not tok.text[0].isalpha() or tok.lower in _STOPS | _AUX | _DETERMINERS \
            | _PRONOUNS | _PREPS:
        return None
    return event_key(tok.text)


def _over_phrase(tokens: list[Token]) -> list[Token]:
    """`tokens` cut back over a phrase that follows a class event noun and names who took
    part ("talks with Chinese officials", "the meeting of foreign policy advisers")."""
    for j in range(len(tokens) - 2, max(len(tokens) - 8, 0), -1):
        if tokens[j].lower in ("with", "between", "of", "among") and j \
                and tokens[j - 1].lower in EVENT_NOUNS:
            return tokens[:j]
        if not (tokens[j].text[0].isalpha() and tokens[j].lower not in _STOPS | _AUX) \
                and tokens[j].lower != "and":
            break
    return tokens


def _verb_lemma_at(tokens: Sequence[Token], j: int) -> str | None:
    """The lemma of the verb at tokens[j]: a past form or participle, "-ing" after "be", or a
    base form after "to", "will" or a modal; None for any other word."""
    tok, w = tokens[j], tokens[j].lower
    if not tok.text[0].isalpha() or tok.text[0].isupper() or w in _AUX or w in _STOPS \
            or w in _DETERMINERS:
        return None
    before = tokens[j - 1].lower if j else ""
    if before in _DETERMINERS:
        return None  # "the planned talks": an adjective
    if before in _BASE_BEFORE:
        return verb_lemma(w) or w
    if w.endswith("ing") and before in ("is", "are", "was", "were", "be", "been"):
        return stem(w)
    lemma = verb_lemma(w)
    return lemma if lemma is not None and lemma != w else None


def _verb(text: str, tx: TimeExpression, sent_start: int, sent_end: int,
          sentence: int) -> DatedEvent | None:
    """The verb of the date's clause: read back from the date, or on from a date opening it."""
    back = tokenize(text, max(sent_start, tx.start - 160), tx.start)[-REACH:]
    back = [t for t in back if t.text not in _QUOTES]
    fronted = back and back[-1].lower in _PREPS and (len(back) == 1 or back[-2].text in _BOUNDARY
                                                     or back[-2].lower in _RELATIVES)
    opens = not back or back[-1].text in _BOUNDARY or fronted
    if opens:
        ahead = [t for t in tokenize(text, possessive_end(text, tx), min(sent_end, tx.end + 120))
                 if t.text not in _QUOTES][:REACH]
        for j, tok in enumerate(ahead):
            if tok.text in _BOUNDARY and j:
                return None
            if tok.lower in _AUX or tok.text == ",":
                continue
            lemma = _verb_lemma_at(ahead, j)
            if lemma is None and j and ahead[j - 1].lower in _AUX:
                lemma = verb_lemma(tok.lower)  # "On Monday the city was attacked"
            if lemma is not None:
                return _verb_event(tx, tok, lemma, ahead[:j], sentence, text)
        return None
    duration = _DURATION.search(text, max(sent_start, tx.start - 60), tx.start)
    if duration is not None:  # "talked for nearly two hours on Friday": read over it
        back = [t for t in back if t.start < duration.start()]
    subject = 0
    for j in range(len(back) - 1, -1, -1):
        tok = back[j]
        if tok.text in _BOUNDARY or tok.lower in _STOPS - {"to", "by"}:
            subject = j + 1  # "by" may bring in the agent: "released by the Labor Department"
            break
        if tok.lower == "by" and not _agent(back, j):
            return None
        lemma = _verb_lemma_at(back, j)
        if lemma is not None:
            return _verb_event(tx, tok, lemma, back[:j], sentence, text)
    return _verb_after(text, tx, back[subject:], sent_end, sentence)


def _verb_after(text: str, tx: TimeExpression, subject: Sequence[Token], sent_end: int,
                sentence: int) -> DatedEvent | None:
    """A past verb right after a weekday or a written date that stands between it and its
    subject: "Voters in the county on Tuesday approved", "The club on Monday dismissed"."""
    if tx.deictic and tx.weekday is None:
        return None  # "Clark today held talks" ... "Yesterday, he held talks": day by day
    while subject and subject[-1].lower in _PREPS:
        subject = subject[:-1]
    if not any(_word(t, True) for t in subject):
        return None
    ahead = [t for t in tokenize(text, possessive_end(text, tx), min(sent_end, tx.end + 40))
             if t.text not in _QUOTES][:1]
    if not ahead:
        return None
    lemma = _verb_lemma_at(ahead, 0)
    if lemma is None or lemma == ahead[0].lower:
        return None  # a past form only: "the vote on Tuesday will" has its verb elsewhere
    return _verb_event(tx, ahead[0], lemma, subject, sentence, text)


def _verb_event(tx: TimeExpression, verb: Token, lemma: str, before: Sequence[Token],
                sentence: int, text: str) -> DatedEvent | None:
    """A verb mention, with the names of its subject as the actor."""
    if lemma in LIGHT_VERBS or stem(lemma) in _LIGHT_STEMS:
        return None
    actor: set[str] = set()
    subject: list[str] = []
    for tok in reversed(before):
        if tok.text in _BOUNDARY or tok.lower in _STOPS:
            break
        subject.append(tok.text)
        if tok.text[0].isupper() and tok.lower not in _PRONOUNS | _PREPS | _DETERMINERS:
            actor.add(tok.lower)
    clause = text[verb.end : min(verb.end + 80, len(text))].lower()
    distinct = bool(re.match(r"[^,.;]*\b(again|once more)\b", clause))
    ahead = any(t.lower in _AHEAD for t in before[-3:])
    following = [t for t in tokenize(text, verb.end, min(verb.end + 60, tx.start))
                 if t.lower not in _DETERMINERS][:1]
    thing = event_key(following[0].text) if following and _word(following[0]) else None
    key = participant_class(subject) or event_key(lemma)  # "voters approved": the vote
    return DatedEvent(tx, key, verb.start, verb.end, verb.text, sentence, False,
                      False, frozenset(actor), distinct, ahead, thing)


def _agent(tokens: Sequence[Token], j: int) -> bool:
    """Whether the "by" at tokens[j] brings in a named agent ("by the Labor Department")."""
    if j == 0 or not tokens[j - 1].lower.endswith("ed"):
        return False
    return any(t.text[0].isupper() for t in tokens[j + 1 : j + 3])
