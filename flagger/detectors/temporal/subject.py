"""The words around a clause's subject and verb: whether a word may stand in a subject
("The U.S. panel, on May 25, approved"), and whether a past form modifies a noun ("a full
paid holiday") or is the clause's verb ("a meeting took place", "the judge ruled against")."""

from __future__ import annotations

from flagger.detectors.temporal.events import Token, verb_lemma
from flagger.detectors.temporal.irregular import IRREGULAR
from flagger.detectors.temporal.noun_phrase import attributive, modifier
from flagger.detectors.temporal.verb_words import FUTURE, OPENERS, PAST_AUX, PRESENT_BE, is_modal

# Irregular simple past forms whose participle differs ("took", "taken"): never an adjective,
# so "a meeting took place" has its verb.
_PARTICIPLES = {lemma for form, lemma in IRREGULAR.items() if form.endswith("n")}
_PAST_ONLY = frozenset(form for form, lemma in IRREGULAR.items()
                       if lemma in _PARTICIPLES and not form.endswith("n") and form != lemma)


# Prepositions that no noun follows as a compound's head: "ruled against the plan".
_PREPOSITIONS = frozenset({"against", "across", "through", "toward", "towards", "under",
                           "between", "among", "without", "upon", "behind", "beyond",
                           "despite", "alongside", "throughout"})


# Nouns of bodies and people that act in news and modify no participle: "the company filed
# suit" and "the banks reduced rates" have their verb, unlike "a full paid holiday".
AGENTS = frozenset({"company", "firm", "group", "bank", "government", "board", "court",
                    "ministry", "agency", "union", "committee", "council", "commission",
                    "administration", "parliament", "senate", "cabinet", "party", "army",
                    "police", "subsidiary", "unit", "utility", "airline", "lender", "insurer",
                    "spokesman", "spokeswoman", "official", "minister", "president",
                    "chairman", "judge", "banks", "companies", "firms", "lenders", "officials",
                    "governments", "unions", "ministers", "investors", "traders", "producers",
                    "members", "workers", "shareholders", "authorities", "troops"})


# The legal form after a company's name and its comma: "Acme, Inc".
COMPANY = frozenset({"inc", "corp", "ltd", "co", "llc", "plc", "lp", "llp"})


def nominal(tok: Token) -> bool:
    """Whether `tok` may stand in a subject: no punctuation, clause opener, auxiliary or
    modal, and no past form ("The board said, on May 2, ..." has a verb before the date)."""
    w = tok.lower
    if not tok.text[0].isalnum() and not w.endswith(("'s", "’s")):
        return False
    if w in OPENERS or w in PAST_AUX or w in PRESENT_BE or w in FUTURE or is_modal(tok):
        return False
    lemma = verb_lemma(tok.text)
    return tok.text[0].isupper() or lemma is None or lemma == w or w.endswith("s")


def adjective(tokens: list[Token], j: int) -> bool:
    """Whether the past form tokens[j] modifies the noun after it ("a full paid holiday"): not
    a simple past only ("a meeting took place"), nor a form a preposition follows ("the
    judge ruled against")."""
    following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    if following in _PREPOSITIONS:
        return False
    return attributive(tokens, j) or (modifier(tokens, j) and tokens[j].lower not in _PAST_ONLY)
