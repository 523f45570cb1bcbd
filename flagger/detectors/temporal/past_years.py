"""Written years that only a past can take, read where the governor finds no verb.

- A fronted year opening its clause, then a subject and a finite past verb: "In 2018, the
  senator was clear", "But in 2018 the board voted". The year dates the whole clause.
- "back in 2018" after a noun or a name ("a video of the mayor back in 2018"): the phrase
  looks back; after a verb it is a return ("will be back in 2018", "came back in 2018").
- A past verb in a "when", "after", "as", "because", "since" or "while" clause with its own
  subject, the year right after the verb: "When the senator proposed in 2018 that ...".
- The finite past of the year's own clause, read back over its object (`clause_years`):
  "Acme exported 500 mln dlrs worth of zinc to Japan in 2018".

Every reading is refused in a sentence that looks ahead anywhere ("will", a modal, "plans",
"expected", "scheduled"), since a year after publication is then most often a plan.
"""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.detectors.temporal.clause_years import clause_past
from flagger.detectors.temporal.events import WINDOW_CHARS, Token, tokenize, verb_lemma
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.object_years import object_year
from flagger.detectors.temporal.verb_forms import Governor
from flagger.detectors.temporal.verb_words import (
    BOUNDARY,
    DETERMINERS,
    MODALS,
    PAST_AUX,
    SPEECH,
)

SUBJECT_REACH = 6  # words of a fronted clause's subject before its verb
# Any word that lets a sentence look ahead: the year is then most often a plan's.
_AHEAD = lazy(
    r"\b(?:will|shall|would|could|might|may|must|should|can|plans?|planned|planning|"
    r"intends?|intended|aims?|expects?|expected|expecting|scheduled|slated|due|set\s+to|"
    r"projected|forecasts?|target\w*|hopes?|hoped|goal|by\s+(?:the\s+end\s+of\s+)?(?:1[6-9]|20)\d\d|"
    r"until|deadline|estimates?|estimated|predicts?|predicted|likely|'ll|’ll)\b",
    flags=0,
)
# The words that may open a sentence before a fronted year: "In 2018,", "But back in 2018".
_FRONT = lazy(r"\s*(?:(?:But|And|Then|Yet|So|Even|Already)\s+)?(?:[Bb]ack\s+)?[Ii]n\s+$")
_SENTENCE_END = lazy(r"[.!?](?=\s|$)")
_BACK_IN = lazy(r"(?P<before>[\w'’.]+)\s+(?P<back>back\s+in)\s+$")
_SUBORDINATE = frozenset({"when", "after", "as", "because", "since", "while"})
# After "was" or "were" these make a plan or a forecast of the clause: "was to open".
_PLAN_AFTER_BE = frozenset({"to", "due", "set", "scheduled", "slated", "expected", "planned",
                            "likely", "projected", "forecast", "poised", "going", "about"})


def past_year(text: str, start: int, end: int, sent_start: int) -> Governor:
    """The past verb or phrase that a written year at [start, end) takes, or no tense: the
    verb whose object it closes (`object_years`), or one of the readings above."""
    found = object_year(text, start, sent_start)
    if found.tense is not None:
        return found
    stop = _SENTENCE_END.search(text, end, end + WINDOW_CHARS)
    sent_end = stop.start() + 1 if stop else min(len(text), end + WINDOW_CHARS)
    if _AHEAD.search(text, sent_start, sent_end):
        return Governor(None, None)
    if _FRONT.fullmatch(text, sent_start, start):
        return _fronted(text, end, sent_end)
    back = _BACK_IN.search(text, max(start - 40, sent_start), start)
    if back is not None:
        word = back.group("before")
        if not (word[0].isupper() or verb_lemma(word.lower()) is None) or word.lower() in (
                "be", "is", "are", "was", "were", "been", "being", "'s", "’s"):
            return Governor(None, None)
        return Governor("past", Token(back.start("back"), back.end("back"), back.group("back")))
    found = _subordinate(text, start, sent_start)
    return found if found.tense is not None else clause_past(text, start, sent_start)


def _fronted(text: str, end: int, sent_end: int) -> Governor:
    """"In 2018, <subject> <finite past verb>": the verb, or no tense."""
    tokens = tokenize(text, end, sent_end)
    if tokens and tokens[0].text == ",":
        tokens = tokens[1:]
    for k, tok in enumerate(tokens[: SUBJECT_REACH + 1]):
        if tok.text in BOUNDARY:
            return Governor(None, None)
        w = tok.lower
        if w in PAST_AUX:
            follow = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            if k == 0 or follow in _PLAN_AFTER_BE:
                return Governor(None, None)
            return Governor("past", tok)
        if k and _simple_past(w):
            speech = verb_lemma(w) in SPEECH  # "In 1988, Enka said.": a tag after a wrapped line
            return Governor(None, None) if speech else Governor("past", tok)
        if w in MODALS or (k and verb_lemma(w) is not None and w not in DETERMINERS):
            return Governor(None, None)  # a present, a modal or another verb form first
    return Governor(None, None)


def _subordinate(text: str, start: int, sent_start: int) -> Governor:
    """"When <subject> <past verb> in 2018": the verb, or no tense."""
    tokens = tokenize(text, max(sent_start, start - 120), start)
    if len(tokens) < 4 or tokens[-1].lower != "in":
        return Governor(None, None)
    verb = tokens[-2]
    if not _simple_past(verb.lower):
        return Governor(None, None)
    for k in range(len(tokens) - 3, max(len(tokens) - 3 - SUBJECT_REACH, -1), -1):
        tok = tokens[k]
        if tok.text in BOUNDARY:
            return Governor(None, None)
        if tok.lower in _SUBORDINATE:
            return Governor("past", verb) if k < len(tokens) - 3 else Governor(None, None)
        if verb_lemma(tok.lower) is not None and not tok.text[0].isupper():
            return Governor(None, None)
    return Governor(None, None)


def _simple_past(word: str) -> bool:
    """Whether `word` is a past form that is never a present: "voted", "was", "took"."""
    if word in PAST_AUX:
        return True
    lemma = verb_lemma(word)
    if lemma is None or lemma == word:
        return False
    return word.endswith("ed") or word in IRREGULAR
