"""Noun-phrase readings of the words before a date: whether a word belongs to a noun phrase
(an attributive participle, a compound noun, nouns joined by "and") or opens a time phrase
of its own, so that the governor reads past it or stops there."""

from __future__ import annotations

from flagger.detectors.temporal.events import Token, verb_lemma
from flagger.detectors.temporal.verb_words import (
    CLAUSE_ADVERBS,
    DETERMINERS,
    FUNCTION,
    OPENERS,
    TARGET_VERBS,
    TIME_PHRASES,
)


def joins_nouns(tokens: list[Token], j: int) -> bool:
    """Whether the "and" or "or" at tokens[j] joins two plain lower-case nouns ("loan and
    overdraft rates"), not two clauses or verbs."""
    if not 0 < j < len(tokens) - 1:
        return False
    words = (tokens[j - 1], tokens[j + 1])
    return all(t.text.isalpha() and t.text.islower() and verb_lemma(t.text) is None
               and not t.lower.endswith(("ing", "ly")) and t.lower not in DETERMINERS
               and t.lower not in FUNCTION and t.lower not in OPENERS
               and t.lower not in CLAUSE_ADVERBS for t in words)


def modifier(tokens: list[Token], j: int) -> bool:
    """Whether the past form tokens[j] stands between a determiner with an adjective and a
    noun ("a full paid holiday"): an adjective."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return (j > 1 and following is not None and tokens[j - 2].lower in DETERMINERS
            and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower()
            and following.text.isalpha() and following.text.islower()
            and following.lower not in FUNCTION and following.lower not in DETERMINERS
            and not following.lower.endswith("ly"))  # "The city started slowly reopening"


def compound_preposition(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] opens a time phrase of its own whose noun the date belongs to
    ("ahead of a quarterly report on April 28", "prior to the vote on May 2")."""
    following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    return (tokens[j].lower, following) in TIME_PHRASES


def passive_before(tokens: list[Token], j: int) -> bool:
    """Whether the determiner at tokens[j] opens the plain prepositional object (no verb
    form in it) of a past passive ("was appointed to the federal bench in 2019"): the year
    dates the act, not "a term ending in 2019"."""
    if j < 3 or tokens[j - 1].lower not in ("to", "at", "by", "from", "into", "of"):
        return False
    verb, aux = tokens[j - 2], tokens[j - 3].lower
    lemma = verb_lemma(verb.text)
    plain = all(t.text.isalpha() and not t.lower.endswith("ing") and (
        t.text[0].isupper() or verb_lemma(t.text) is None) for t in tokens[j + 1 : -1])
    return (plain and aux in ("was", "were") and lemma is not None and lemma != verb.lower
            and lemma not in TARGET_VERBS and verb.text[0].islower())


def compound(tokens: list[Token], j: int) -> bool:
    """Whether the "-ing" word tokens[j] heads a noun phrase after a determiner or a
    preposition and one lower-case noun ("a confirmation hearing", "the board meeting",
    "convicted of insider trading")."""
    if j < 2 or (tokens[j - 2].lower not in DETERMINERS
                 and tokens[j - 2].lower not in ("of", "for", "in", "on", "with", "against")):
        return False
    word = tokens[j - 1]
    return word.text.isalpha() and word.text.islower() and verb_lemma(
        word.text) is None


def attributive(tokens: list[Token], j: int) -> bool:
    """Whether the participle tokens[j] stands before a bare noun ("protected status"), not
    before its object ("his resignation", "them") or a preposition ("on", "to")."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is None or not following.text[0].islower() or not tokens[j].lower.endswith(
            ("ed", "en", "ing")):
        return False
    w = following.lower
    return not (w in DETERMINERS or w in FUNCTION or w.endswith("ly"))


_EACH = frozenset({"each", "every", "per", "any"})


def counted_participle(tokens: list[Token], j: int) -> bool:
    """Whether the past form at tokens[j] qualifies a noun counted by "each", "every", "per"
    or "any" ("for each share held at the close of business on", "every vote cast on"): a
    reduced relative clause, with no tense of its own."""
    before = [t.lower for t in tokens[max(j - 4, 0) : j]]
    return bool(before) and before[-1].isalpha() and before[-1] not in _EACH and any(
        w in _EACH for w in before[:-1])
