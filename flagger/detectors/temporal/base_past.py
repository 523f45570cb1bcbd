"""Verbs whose past is their base form ("hit", "cut", "set"): past when a singular subject
stands before the form and its object after it ("a quake hit southwest Japan", "Acme cut its
prices"). A singular subject takes "hits" in the present, so the bare form is past there; a
noun reading ("the rate cut on May 2", "a takeover bid price") has no object after it."""

from __future__ import annotations

from flagger.detectors.temporal.events import Token, verb_lemma
from flagger.detectors.temporal.verb_words import (
    CLAUSE_ADVERBS,
    DETERMINERS,
    FUNCTION,
    FUTURE,
    MODALS,
    NAMED,
    OPENERS,
    PAST_AUX,
    PERFECT,
    PRESENT_BE,
    PRONOUNS,
)

BASE_PAST = frozenset({"hit", "cut", "set", "put", "shut", "quit", "spread", "cost", "bid",
                       "let"})


def base_past(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is a base-form past with a singular subject before it and an object
    after it: "Acme cut its prices" is past, "banks cut rates" (a plural) and "the rate cut
    on" (a noun) are not."""
    if tokens[j].text not in BASE_PAST or not 0 < j < len(tokens) - 1:
        return False
    k = j - 1
    while k > 0 and (tokens[k].lower in CLAUSE_ADVERBS or tokens[k].lower.endswith("ly")):
        k -= 1  # "Acme also cut", "Acme quickly cut"
    return _singular(tokens[k]) and _object(tokens[j + 1])


def _singular(tok: Token) -> bool:
    """Whether `tok` may end a singular subject: a name ("Acme", not "They") or a lower-case
    noun not in "-s" ("quake", not "banks", "to", "may" or "would")."""
    w = tok.lower
    if not tok.text.isalpha() or w.endswith("s") or w in PRONOUNS or tok.text in NAMED:
        return False
    if tok.text[0].isupper():
        return True
    closed = DETERMINERS | FUNCTION | OPENERS | MODALS | FUTURE | PAST_AUX | PERFECT | PRESENT_BE
    return w not in closed and w not in CLAUSE_ADVERBS and w not in ("not", "never") and (
        verb_lemma(tok.text) is None and not w.endswith("ly"))


def _object(tok: Token) -> bool:
    """Whether `tok` may open a verb's object: a determiner, a name, a figure or a plain
    lower-case noun or adjective ("its", "Japan", "5", "southwest")."""
    w = tok.lower
    if w in DETERMINERS or tok.text[0].isdigit() or tok.text[0] in "$£€":
        return True
    if not tok.text.isalpha():
        return False
    if tok.text[0].isupper():
        return tok.text not in NAMED
    return w not in FUNCTION and w not in OPENERS and verb_lemma(tok.text) is None and not (
        w.endswith("ly"))
