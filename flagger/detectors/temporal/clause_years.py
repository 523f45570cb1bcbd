"""The finite past verb of the clause a written year closes, read back over any object.

`object_years` ties "in 2018" to a past verb over a short, complete object; this reader goes
further back in the same clause, over figures, names, nouns and joining prepositions, to the
clause's finite past ("exported 500 mln dlrs worth of goods to the United States in 1988",
"had himself met the ambassador at least twice in 2018", "was revived on Broadway in 2021").
A past is finite when a subject, "had", "was", "were" or "did" stands before it, not a
determiner ("the filed suit") or "to".

It gives no tense when the walk meets a clause boundary (a comma, "that", "which", "when",
"and" before a verb), an infinitive, an "-ing" form, a modal or a present, a comparison word
("from 3 mln in 1988": the year dates the base), or a noun whose event lies at the year ("signed
a contract for delivery in 2018"). `past_years` only calls it in a sentence with no word that
looks ahead ("will", "expects", "plans", "until", ...).
"""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.detectors.temporal.events import Token, tokenize, verb_lemma
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.verb_forms import Governor
from flagger.detectors.temporal.verb_words import (
    BOUNDARY,
    DETERMINERS,
    FUNCTION,
    MODALS,
    OPENERS,
    PAST_AUX,
    PERFECT,
    PRESENT_BE,
    PRONOUNS,
    SPEECH,
    TARGET_VERBS,
)

CLAUSE_REACH = 16  # words read back from the year's preposition
_IN = lazy(r"\b(?:in|during|throughout)\s+$")
# Words that make the year date a figure's base or another term, not the act.
_STOPS = frozenset({"vs", "versus", "than", "from", "against", "compared", "until",
                    "till", "by", "before", "after", "since", "per", "each", "every"})
_APPROXIMATE = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "over",
                          "under", "more", "less", "just"})
# Nouns whose event lies at the year, not at the verb's act ("signed a contract ... in 2018").
_AHEAD_NOUN = lazy(
    r"(?:plan|target|goal|aim|deadline|schedule|timetable|forecast|projection|outlook|estimate|"
    r"budget|contract|deal|agreement|pact|treaty|accord|option|right|permission|approval|"
    r"licen[cs]e|bid|offer|promise|pledge|commitment|vow|date|election|vote|referendum|"
    r"tender|deliver(?:y|ies)|order|payable|due|intention|ambition|hope|prediction|guidance|"
    r"quota|bond|note|debenture|loan|maturity|term|lease|visit|trip|meeting|summit|"
    r"conference|games|olympics|cup|tournament|championship|season|launch|opening|start|"
    r"completion|expiry|expiration|renewal|review|hearing|trial|auction|issue|warrant)s?",
    flags=0)


def clause_past(text: str, start: int, sent_start: int) -> Governor:
    """The finite past verb of the clause the written year at `start` closes, or no tense:
    "Acme sold 142,000 tons of zinc worth 90 mln dlrs in 2021" gives "sold"; "Acme signed a
    contract for delivery in 2021" and "Acme said output in 2021 would rise" give none."""
    if not _IN.search(text, max(start - 12, 0), start):
        return Governor(None, None)
    tokens = tokenize(text, max(sent_start, start - 240), start)[:-1]  # without "in"
    for j in range(len(tokens) - 1, max(len(tokens) - 1 - CLAUSE_REACH, -1), -1):
        tok, w = tokens[j], tokens[j].lower
        if _stops(tok, w) or (w == "to" and not preposition_to(tokens, j)):
            return Governor(None, None)
        if j < len(tokens) - 1 and _past_form(w) and tok.text.islower():
            return finite_past(tokens, j)
        if w in OPENERS and (j == 0 or tokens[j - 1].text not in ("'", "’")):
            return Governor(None, None)
    return Governor(None, None)


def _stops(tok: Token, w: str) -> bool:
    """Whether the walk back ends at tokens[j] without a tense: a boundary, a modal, a
    present, an "-ing" form, a comparison word or a noun of an event to come."""
    if tok.text in BOUNDARY and not (tok.text == "." and len(w) <= 3):  # "U.S."
        return True
    return (w in MODALS or w in PRESENT_BE or w in _STOPS or w in PERFECT
            or (len(w) > 4 and w.endswith("ing") and tok.text.islower())
            or _AHEAD_NOUN.fullmatch(w) is not None)


def preposition_to(tokens: list[Token], j: int) -> bool:
    """Whether the "to" at tokens[j] is a preposition ("to the United States", "to about 100
    mln dlrs"), not an infinitive's ("agreed to buy ... in 2018")."""
    following = tokens[j + 1]
    return (following.lower in DETERMINERS or following.lower in _APPROXIMATE
            or not following.text.islower())


def _past_form(word: str) -> bool:
    """Whether `word` is a past or participle form: "sold", "exported", "met"."""
    if word in PAST_AUX:
        return True
    lemma = verb_lemma(word)
    return lemma is not None and lemma != word and (word.endswith("ed") or word in IRREGULAR)


def finite_past(tokens: list[Token], j: int) -> Governor:
    """Past when tokens[j] is a finite past: a past form after a subject (a name, a pronoun, a
    noun) or "had", "was", "were", "did", with adverbs between ("the Group sold", "renewables
    only made up"); no tense after a determiner, "to", a modal or a present, and none for a
    target verb or a verb of saying."""
    verb = tokens[j]
    if not (_past_form(verb.lower) and verb.text.islower()):
        return Governor(None, None)
    lemma = verb_lemma(verb.lower) or ""
    targets = TARGET_VERBS & {lemma, verb.lower[:-1], verb.lower[:-2]}  # "scheduled"
    if targets or lemma in SPEECH or verb.lower in ("compared", "based"):
        return Governor(None, None)
    k = j - 1
    while k >= 0 and (tokens[k].lower in ("not", "never", "n't", "himself", "herself",
                                           "itself", "themselves")
                      or (tokens[k].lower.endswith("ly") and tokens[k].text.islower())):
        k -= 1
    if k < 0:
        return Governor(None, None)
    before = tokens[k]
    b = before.lower
    if b in PAST_AUX or (b == "been" and k and tokens[k - 1].lower == "had"):
        return Governor("past", verb)
    if b in DETERMINERS or b in MODALS or b in PRESENT_BE or b in PERFECT or b in _STOPS or (
            b in OPENERS or before.text in BOUNDARY or not before.text[0].isalpha()) or (
            b in FUNCTION and b not in PRONOUNS):  # "in unspecified tax hikes": an adjective
        return Governor(None, None)
    if b in PRONOUNS or before.text[0].isupper() or verb_lemma(b) is None:
        return Governor("past", verb)  # "the Group sold", "renewables only made up"
    return Governor(None, None)
