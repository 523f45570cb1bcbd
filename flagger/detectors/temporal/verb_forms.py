"""The verb forms read back from a date: a past form, a progressive, a form that gives no
tense, and the tense a verb group gives its date (`Governor`)."""

from __future__ import annotations

from typing import NamedTuple

from flagger.detectors.temporal.base_past import base_past
from flagger.detectors.temporal.events import Token, verb_lemma
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.noun_phrase import attributive, compound
from flagger.detectors.temporal.subject import AGENTS, adjective
from flagger.detectors.temporal.verb_words import (
    ASPECT,
    DATE_PREPS,
    DETERMINERS,
    PAST_AUX,
    PRESENT_BE,
    PRONOUNS,
    SUBJECTS,
    relative_that,
)


class Governor(NamedTuple):
    """The tense of the verb that governs a date: "past", "future" or None."""

    tense: str | None
    verb: Token | None


NONE = Governor(None, None)


def verb_form(tokens: list[Token], j: int) -> str | None:
    """"past" when tokens[j] is a past form, "progressive" for "-ing" after a form of "be",
    "stop" for another verb form that gives no tense, None when it is not a verb we can
    tell."""
    tok, w = tokens[j], tokens[j].lower
    before = tokens[j - 1].lower if j else ""
    if tok.text[0].isupper() or not tok.text[0].isalpha():
        return None
    if len(w) > 4 and w.endswith("ing"):
        k = before_adverbs(tokens, j)
        be = tokens[k].lower if k >= 0 else ""
        if be in PRESENT_BE or be in ("was", "were"):
            return "progressive"  # "was still drafting"
        noun = (before in DETERMINERS or before in DATE_PREPS or before in ("of", "for")
                or compound(tokens, j))
        gerund = before in ASPECT or (  # "will begin trading on May 6"
            before.endswith("ly") and j > 1 and tokens[j - 2].lower in ASPECT)
        return None if noun or gerund or attributive(tokens, j) else "stop"
    lemma = verb_lemma(tok.text)
    if before in SUBJECTS and w.endswith("s") and len(w) > 3:
        return "stop"  # "it expects a shortage in April": a present tense
    if lemma == w and w in IRREGULAR and before in PAST_AUX and w != "set":
        return "past"  # "had put": a participle like its base ("was set on" stays an act:
        # "the record was set on March 17"; a target is "set for")
    if base_past(tokens, j):
        return "past"  # "a quake hit southwest Japan"
    if lemma is None or lemma == w:
        return None
    subject = j > 0 and (tokens[j - 1].text[0].isupper() or before in PRONOUNS
                         or before in AGENTS  # "the company filed suit"
                         or relative_that(tokens, j - 1))  # "its bid that expired"
    if (before in DETERMINERS and not subject) or (not subject and (
            adjective(tokens, j))):
        return None  # "the planned talks", "protected status": adjectives
    return "past"

def before_adverbs(tokens: list[Token], j: int) -> int:
    """The index of the word before tokens[j] and the adverbs before it ("was quickly
    dismissed", "was still drafting"); -1 when none is left."""
    k = j - 1
    while k >= 0 and ((tokens[k].text.islower() and tokens[k].text.endswith("ly"))
                      or tokens[k].lower in ("not", "never", "also", "just", "still")):
        k -= 1
    return k
