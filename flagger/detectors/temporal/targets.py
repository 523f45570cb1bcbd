"""Target verbs ("schedule", "fix", "target") read in their other forms: the past passive
of a decision before "on" a day dates the decision ("Final terms were fixed on April 15"),
and a progressive target gives its date as a target ("was targeting April 10")."""

from __future__ import annotations

from flagger.detectors.temporal.events import Token, verb_lemma
from flagger.detectors.temporal.verb_words import AHEAD_MODIFIERS, BOUNDARY, TARGET_VERBS

# Target verbs whose past passive before "on" a day dates the decision: "were fixed on".
DECISIONS = frozenset({"fix", "approve", "order", "extend", "postpone", "delay", "defer",
                       "agree", "propose"})


def passive_act(tokens: list[Token], j: int) -> bool:
    """Whether the past passive of a decision at tokens[j], before "on" a day, dates the
    decision itself ("Final terms were fixed on April 15"), not a target ("was set for")."""
    between = tokens[j + 1 :]
    return (j > 0 and tokens[j - 1].lower in ("was", "were")
            and verb_lemma(tokens[j].text) in DECISIONS and bool(between)
            and between[-1].lower == "on" and tokens[j].lower.endswith("ed")
            and not any(t.lower in ("for", "to", "until") or t.lower in AHEAD_MODIFIERS
                        or t.text in BOUNDARY for t in between))


def target_form(word: str) -> bool:
    """Whether the "-ing" form `word` is of a target verb ("was targeting April 10")."""
    stem = word[:-3]
    return bool({stem, stem + "e", stem[:-1]} & TARGET_VERBS)
