"""Cue-tagger features for a could or a suggest-verb that describes rather than guesses.

A negated could or one in a past narrative usually states past ability ("she could not attend",
"in those years fans could enter free"); a suggest-verb before a subject and a bare verb proposes
a course (a mandative subjunctive: "they suggested he talk to her"). Each is a feature the model
weighs, not a rule.
"""

from __future__ import annotations

PAST_MARKERS = frozenset({"was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"})
"""Past forms that set a narrative in the past ("when he was young he could run")."""
PROPOSAL_VERBS = frozenset(
    {"suggested", "suggest", "suggests", "suggesting", "proposed", "propose", "proposes",
     "proposing", "recommended", "recommend", "recommends", "recommending", "urged", "urge",
     "urges", "urging", "insisted", "demanded", "demanding", "asked"}
)  # fmt: skip
SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you", "it", "the", "that"})
"""Words that open the subject of a proposed course ("suggested that the state pay")."""
MODALS = frozenset({"may", "might", "could", "would", "can", "should", "will", "must"})
NOT_BARE = frozenset({"are", "were", "had", "did"})
"""Finite verbs without an -s or -ed ending: after them the clause is indicative."""


def use_features(words: list[str], i: int) -> list[str]:
    """Return the describing-use features of token `i` (empty for most words)."""
    word = words[i]
    if word == "could" or word == "couldn't":
        return _ability(words, i)
    if word in PROPOSAL_VERBS and _bare_proposal(words, i):
        return ["use proposal-bare"]
    return []


def _ability(words: list[str], i: int) -> list[str]:
    """Return features of a could that states ability: negated, or in a past narrative (a past
    form in the eight words before it and no if before it)."""
    out = []
    r1 = words[i + 1] if i + 1 < len(words) else ""
    if words[i] == "couldn't" or r1 == "not" or r1 == "never":
        out.append("use could-negated")
    if not PAST_MARKERS.isdisjoint(words[max(0, i - 8) : i]) and "if" not in words[:i]:
        out.append("use could-past")
    return out


def _bare_proposal(words: list[str], i: int) -> bool:
    """Return whether a suggest-verb is followed by a subject and a bare verb ("suggested he
    talk to her", "urged that the firm be closed"), not a finite one ("suggested it works")."""
    j = i + 1
    if j < len(words) and words[j] == "that":
        j += 1
    if j >= len(words) or words[j] not in SUBJECTS:
        return False
    if words[j] == "the":
        j += 1  # the subject's noun
    verb = words[j + 1] if j + 1 < len(words) else ""
    if verb == "be":
        return True
    finite = verb.endswith(("ed", "s", "ing")) or verb in NOT_BARE or verb in MODALS
    return verb.isalpha() and not finite
