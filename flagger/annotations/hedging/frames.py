"""Marks for a cue word that its clause frames as a concession, a comparison, a stated intention
or a refusal: in each the word describes rather than guesses.

"even if it rains" and "regardless of whether" concede; "faster than expected" compares a fact
with an expectation; "she said they would appeal" reports a stated intention (future in the past);
"the bank would not identify the buyer" reports a refusal.
"""

from __future__ import annotations

CONCESSIVE_WH = frozenset({"however", "whatever", "whichever", "whoever", "wherever", "matter"})
"""Before may/might these make a concessive clause ("however careful you may be", "no matter
what it may cost"): the modal concedes, it does not guess."""
OPENERS = frozenset({"", '"', "“", "‘", "'", ":", "(", "-", "—", ".", "?", "!"})
EXPECTATIONS = frozenset({"thought", "forecast", "feared", "hoped", "suggested", "expected"})
"""Participles of expecting; after "than" ("better than expected", "than was first thought")
they name the expectation a fact is compared with. Any other -ed participle counts too."""
STATING = frozenset(
    {"said", "told", "announced", "promised", "pledged", "vowed", "agreed", "decided",
     "confirmed", "insisted", "stated"}
)  # fmt: skip
"""Past verbs that report what someone stated or resolved ("said they would appeal")."""
PERSONS = frozenset({"he", "she", "they", "it", "we", "i", "i^"})
NOT_ACTIONS = frozenset({"be", "have", "not", "never", "probably", "likely", "surely", "also"})
"""After would these make it a state or a guess ("said it would be hard"), not an action."""
SPEAKERS = frozenset({"i", "we", "you"})
"""A first or second person's "I wouldn't say" still hedges ("i^", a capital I, is no word)."""
DISCLOSING = frozenset(
    {"say", "comment", "identify", "disclose", "reveal", "confirm", "name", "elaborate",
     "specify", "discuss", "answer", "speculate", "divulge"}
)  # fmt: skip
"""After a third person's "would not" these report a refusal ("it would not identify them")."""
BREAKS = frozenset({",", ";", ":", ".", "?", "!", "(", ")", "—", "-"})
ASKING = frozenset({"asked", "ask", "asks", "asking", "question", "questioned", "wondered"})
"""A reporter's question: "asked whether she would run again" reports the question."""
CLAUSE_WINDOW = 8


def asked_before(words: list[str], i: int) -> bool:
    """Return whether a verb of asking opens the clause of token `i` within eight words ("asked
    by the host whether he agreed"): the whether or if then reports a question."""
    for j in range(i - 1, max(-1, i - CLAUSE_WINDOW - 1), -1):
        if words[j] in ASKING:
            return True
        if words[j] in BREAKS:
            return False
    return False


def frame_mark(words: list[str], i: int, l1: str, r1: str) -> str:
    """Return "~concessive", "~compared", "~intent" or "~refusal" for a framed cue word, or
    "" for any other word."""
    word = words[i]
    if word == "would" or word == "wouldn't":
        return _intent_or_refusal(words, i, l1, r1)
    if (word.endswith("ed") or word in EXPECTATIONS) and _after_than(words, i):
        return "~compared"
    return _concessive(words, i, l1, r1)


def _after_than(words: list[str], i: int) -> bool:
    """Return whether "than" stands at most three words before token `i` in the same clause."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] == "than":
            return True
        if words[j] in BREAKS:
            return False
    return False


def _intent_or_refusal(words: list[str], i: int, l1: str, r1: str) -> str:
    """Return "~intent" for "said (that) they would appeal" (not negated) and "~refusal" for "it
    would not identify" (a third-person subject; "I wouldn't say" still hedges)."""
    negated = words[i] == "wouldn't" or r1 == "not"
    verb = words[i + 2] if words[i] == "would" and negated and i + 2 < len(words) else r1
    if negated and verb in DISCLOSING and l1.isalpha() and l1 not in SPEAKERS:
        return "~refusal"
    before = words[i - 2] if i >= 2 else ""
    if before == "that" and i >= 3:
        before = words[i - 3]
    stated = before in STATING and not negated  # "said she wouldn't rule out" still hedges
    if l1 in PERSONS and stated and verb.isalpha() and verb not in NOT_ACTIONS:
        return "~intent"
    return ""


def _concessive(words: list[str], i: int, l1: str, r1: str) -> str:
    """Return "~concessive" for a cue word that concedes rather than guesses: ", if not" (both
    words), "even if", "no matter whether", "regardless (irrespective) of whether", a whether
    opening a clause with its alternatives, and may/might after "however"/"whatever"/"no matter"
    plus a word ("however careful you may be")."""
    word = words[i]
    if word == "if" and (l1 == "even" or (l1 == "," and r1 == "not")):
        return "~concessive"
    if word == "not" and l1 == "if" and i >= 2 and words[i - 2] == ",":
        return "~concessive"
    opens_clause = l1 in OPENERS or l1 == ","
    if word == "whether" and opens_clause and r1 != "or" and "or" in words[i + 2 : i + 25]:
        return "~concessive"
    two_back = words[i - 2] if i >= 2 else ""
    if word == "whether" and l1 == "matter" and two_back == "no":
        return "~concessive"
    if word == "whether" and l1 == "of" and two_back in ("regardless", "irrespective"):
        return "~concessive"
    if word == "may" or word == "might":
        for j in range(max(0, i - 5), i - 1):
            opener = words[j]
            no_matter = opener != "matter" or (j > 0 and words[j - 1] == "no")
            if opener in CONCESSIVE_WH and words[j + 1] != "," and no_matter:
                return "~concessive"
    return ""
