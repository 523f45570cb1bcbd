"""The past verb a written year closes after the verb's object: "filed a lawsuit in 2018",
"leveled sanctions on the oligarchs in 2017", "did not speak English proficiently in 2021".

The governor (`governor.governing_tense`) ties a written year only to a verb close before it
with no determiner between, because a year after a noun often dates the noun ("its 1986
dividend"). Here the year stands in "in YEAR" after a complete object: a noun phrase and at
most one prepositional phrase, with no verb form, infinitive, clause boundary or noun of a
plan, target or term inside ("signed a contract for delivery in 2018" dates the delivery).
"""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.detectors.temporal.events import Token, tokenize, verb_lemma
from flagger.detectors.temporal.verb_forms import Governor
from flagger.detectors.temporal.verb_words import (
    BOUNDARY,
    DETERMINERS,
    FUNCTION,
    MODALS,
    OPENERS,
    PRESENT_BE,
    PRONOUNS,
    SPEECH,
    TARGET_VERBS,
)

OBJECT_REACH = 8  # words of the object between the verb and "in"
_IN = lazy(r"\bin\s+$")
# Prepositions that may join a second noun phrase to the object ("sanctions on the oligarchs").
_JOINS = frozenset({"on", "for", "with", "of", "over", "into", "at"})
# A figure compared with another year's: "net of 9 mln vs 7 mln in 1985", "from 69 in 1984".
_COMPARES = frozenset({"vs", "versus", "than", "from", "against", "compared"})
_OPENERS = OPENERS - {"for"}  # "filed for bankruptcy protection in 2007": a preposition
# Nouns whose event lies at the year, not the verb's act: "approved a plan ... in 2018".
_AHEAD_NOUN = lazy(
    r"(?:plan|target|goal|aim|deadline|schedule|timetable|forecast|projection|outlook|estimate|"
    r"budget|contract|deal|agreement|pact|treaty|accord|option|right|permission|approval|"
    r"licen[cs]e|bid|offer|promise|pledge|commitment|vow|date|election|vote|referendum|"
    r"tender|deliver(?:y|ies)|order|payable|due|expected|scheduled|planned|slated|set|"
    r"intention|ambition|hope|prediction|guidance|quota|deficit|surplus|growth|output|"
    r"production|sales|profit|earnings|revenue|loss)s?", flags=0)
_NOT = frozenset({"not", "never", "n't"})


def object_year(text: str, start: int, sent_start: int) -> Governor:
    """The past verb whose object the written year at `start` closes, or no tense."""
    if not _IN.search(text, max(start - 4, 0), start):
        return Governor(None, None)
    tokens = tokenize(text, max(sent_start, start - 160), start)[:-1]  # without "in"
    for j in range(len(tokens) - 2, max(len(tokens) - 2 - OBJECT_REACH, -1), -1):
        tok = tokens[j + 1]
        if not _object_word(tok, tokens, j + 1):
            return Governor(None, None)
        verb = _past_verb(tokens, j)
        if verb is not None:
            return Governor("past", verb) if _complete(tokens[j + 1:]) else Governor(None, None)
    return Governor(None, None)


def _object_word(tok: Token, tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] may stand in a past verb's object: a noun, name, figure, determiner
    or joining preposition; not a verb form, infinitive, opener or boundary."""
    w = tok.lower
    if tok.text in BOUNDARY and not (tok.text == "." and k and len(tokens[k - 1].text) == 1):
        return False
    if w in _OPENERS or w in MODALS or w in PRESENT_BE or w in _COMPARES or w == "to" or (
            _AHEAD_NOUN.fullmatch(w)):
        return False
    if tok.text[0].isupper() or not tok.text[0].isalpha():
        return True
    lemma = verb_lemma(w)
    past = lemma is not None and lemma != w
    return not (past or (len(w) > 4 and w.endswith("ing")))


def _complete(words: list[Token]) -> bool:
    """Whether `words` make a complete object ("a lawsuit", "for bankruptcy protection"): no
    joining word or determiner at its end, at most one preposition."""
    if words[-1].lower in _JOINS | DETERMINERS:
        return False
    return sum(w.lower in _JOINS for w in words) <= 1


def _past_verb(tokens: list[Token], j: int) -> Token | None:
    """The finite past verb at tokens[j] ("filed", "did not speak"), or None."""
    tok, w = tokens[j], tokens[j].lower
    if not tok.text.isalpha() or not tok.text.islower():
        return None
    k = j - 1
    while k >= 0 and (tokens[k].lower in _NOT or tokens[k].text.endswith("ly")):
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    if before in ("did", "didn't"):
        return tok if verb_lemma(w) is None or verb_lemma(w) == w else None
    lemma = verb_lemma(w)
    if lemma is None or lemma == w or lemma in TARGET_VERBS or lemma in SPEECH or (
            w in _COMPARES or w == "based"):  # "executives based on": a participle
        return None
    if before in DETERMINERS or before in MODALS or before in PRESENT_BE or before in FUNCTION or (
            before in ("will", "shall", "was", "were", "has", "have", "had", "'s", "’s")):
        return None  # "the filed suit", "would have filed", "was filed": not this pattern
    named = k >= 0 and (tokens[k].text[0].isupper() or before in PRONOUNS)
    following = tokens[j + 1]
    bare = following.text.isalpha() and following.text.islower() and following.lower not in (
        DETERMINERS | _JOINS | {"for"})
    if bare:  # "unspecified tax hikes", "registered tonnes": an adjective unless a clear
        return tok if named else None  # subject stands before it ("Europe made losses")
    return tok if named or (k >= 0 and tokens[k].text.isalpha()) else None
