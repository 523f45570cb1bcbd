"""The time of an event that a date names before its noun ("an April 28 order", "the Sept. 20
budget deadline"), read from the noun phrase's own verb after it.

- a past form of which the phrase is the subject ("the May 2 vote approved the budget") or
  that opens its relative clause ("an April 28 order that banned gatherings", "the Nov. 3
  accord that was signed in Oslo"): the event is done;
- "will" or "shall" in its relative clause ("a June 3 hearing that will decide the case"), or
  a verb of nearing ("as the Sept. 20 deadline approaches"): the event is ahead.

A future after the phrase itself tells of another act ("the May 2 decision will hurt farmers"
says nothing of when the decision was taken), and a verb of planning tells when something is
set, not when it happens ("the June 5 deadline set by the court"); neither gives a time.
"""

from __future__ import annotations

from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.events import EVENT_NOUNS, Token, tokenize, verb_lemma
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.verb_words import PRENOMINAL, TARGET_VERBS

REACH = 4  # words from the date to its noun: "the Nov. 25 Helsinki peace accord"
# Events a day is written before, beside the event nouns the linker knows.
_NOUNS = frozenset(EVENT_NOUNS) | {"order", "deadline", "poll", "briefing", "interview",
                                   "primary", "speech", "statement", "accords", "call"}
_NEARING = frozenset({"approaches", "nears", "looms"})
_RELATIVE = frozenset({"that", "which"})
_AHEAD = frozenset({"will", "shall"})
_BE_PAST = frozenset({"was", "were", "had"})
_ADVERBS = frozenset({"fast", "now", "still", "soon"})


def noun_time(text: str, tx: TimeExpression, sent_end: int) -> tuple[str | None, str]:
    """("past" | "future", verb) when the day `tx` stands between a determiner and its event
    noun and the noun phrase's verb tells its time; (None, "") otherwise."""
    if tx.granularity != "day" or tx.range_start:
        return None, ""
    before = tokenize(text, max(tx.start - 20, 0), tx.start)[-1:]
    if not before or not _determiner(before[0]):
        return None, ""
    words = tokenize(text, tx.end, min(sent_end, tx.end + 120))
    noun = next((k for k, w in enumerate(words[: REACH + 1]) if w.lower in _NOUNS), None)
    if noun is None or any(not w.text[0].isalpha() for w in words[:noun]):
        return None, ""  # "the May 2-3 summit", "the May 2, 2024 vote": another shape
    rest = words[noun + 1 : noun + 5]
    if rest and (rest[0].lower in _ADVERBS or rest[0].lower.endswith("ly")):
        rest = rest[1:]  # "as the Sept. 20 deadline fast approaches"
    if not rest:
        return None, ""
    if rest[0].lower in _NEARING:
        return "future", rest[0].text
    if rest[0].lower in _RELATIVE and len(rest) > 1:
        verb = rest[1]
        if verb.lower in _AHEAD:
            return "future", verb.text
        if verb.lower in _BE_PAST and len(rest) > 2 and _past(rest[2]):
            return "past", rest[2].text  # "that was signed"
        return ("past", verb.text) if _past(verb) else (None, "")
    return ("past", rest[0].text) if _past(rest[0]) else (None, "")


def _determiner(tok: Token) -> bool:
    """Whether a day after `tok` modifies a noun: "the", "an", "its", "Trump's"."""
    return tok.lower in PRENOMINAL or tok.lower.endswith(("'s", "’s"))


def _past(tok: Token) -> bool:
    """Whether `tok` is a past form of a verb of the event itself ("banned", "held"), not of
    planning it ("set", "scheduled")."""
    word = tok.lower
    lemma = verb_lemma(word)
    return (tok.text[0].islower() and lemma is not None and lemma != word
            and (word.endswith("ed") or word in IRREGULAR) and lemma not in TARGET_VERBS)
