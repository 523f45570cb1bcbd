"""Whether the words before a verb put it in a future, modal or conditional frame ("Banks must
repurchase securities pledged on May 20"): such a past participle dates no past event."""

from __future__ import annotations

from flagger.detectors.temporal.events import Token, verb_lemma
from flagger.detectors.temporal.verb_words import (
    ASPECT,
    CLOSING,
    DETERMINERS,
    FUTURE,
    INTEND,
    is_modal,
)


def ahead_in_clause(tokens: list[Token], verb: Token) -> bool:
    """Whether the words before `verb` in its sentence put it in a future, modal or
    conditional frame ("Banks must repurchase securities pledged on May 20")."""
    ahead = False
    finite = _finite_past(tokens, verb)
    previous = ""
    for tok in tokens:
        if tok.start >= verb.start:
            break
        w, before, previous = tok.lower, previous, tok.lower
        if tok.text in CLOSING or (finite and tok.text == ","):
            ahead = False  # a quotation or sentence before this one: "“I would say no.” X said"
            continue  # "The order, which noted homes cannot refuse, was reversed on May 30"
        if finite and before in ("that", "which", "who") and (w in FUTURE or is_modal(tok)):
            continue  # "A bill that would impose a fee was introduced": the relative's modal
        if w in FUTURE or is_modal(tok) or w in INTEND or w in (
                "if", "unless", "planned", "scheduled", "expected", "due"):
            ahead = True
        if w == "to" and tok.end < verb.start and _infinitive(tokens, tok) and (
                before not in ASPECT):
            ahead = True  # "began to pop up" is no plan
    return ahead


def _finite_past(tokens: list[Token], verb: Token) -> bool:
    """Whether `verb` follows "was", "were" or "had" (adverbs between): a finite past verb,
    not a participle that a modal earlier in the sentence may govern."""
    before = [t for t in tokens if t.start < verb.start]
    while before and (before[-1].lower.endswith("ly") or before[-1].lower in ("also", "not")):
        before.pop()
    return bool(before) and before[-1].lower in ("was", "were", "had")


def _infinitive(tokens: list[Token], to: Token) -> bool:
    """Whether `to` opens an infinitive (the next word is a base verb form, not a name or a
    determiner)."""
    following = [t for t in tokens if t.start > to.start][:1]
    if not following:
        return False
    w = following[0].lower
    return following[0].text[0].islower() and w not in DETERMINERS and (
        verb_lemma(w) == w or w == "be")
