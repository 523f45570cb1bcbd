"""Target verbs ("schedule", "fix", "target") read in their other forms: the past passive
of a decision before "on" a day dates the decision ("Final terms were fixed on April 15"),
a progressive target gives its date as a target ("was targeting April 10"), and a verb of asking,
judging or committing whose complement follows the day dates its own act ("asked the court on
May 3 to delay", "had estimated on May 3 that sales rose")."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.detectors.temporal.events import Token, verb_lemma
from flagger.detectors.temporal.verb_words import AHEAD_MODIFIERS, BOUNDARY, TARGET_VERBS

# Target verbs whose past passive before "on" a day dates the decision: "were fixed on".
DECISIONS = frozenset({"fix", "approve", "order", "extend", "postpone", "delay", "defer",
                       "agree", "propose"})
# Target verbs of asking, judging or committing: their complement (an infinitive, a "that"
# clause) names the target, so a day written before it dates the act itself.
ASKING = frozenset({"ask", "urge", "call", "invite", "order", "estimate", "predict", "forecast",
                    "project", "propose", "agree", "vote", "promise", "pledge", "seek", "offer"})
# The complement right after the day: "to" and a verb (not a determiner or a figure), "that",
# or a participle of saying ("on May 3, saying").
_COMPLEMENT = lazy(r"\s*,?\s*(?:to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|"
                              r"these|those|some|all|be|date)\b)[a-z]{2,}\b|that\b|"
                              r"(?:saying|stating|adding)\b)")


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


def asked_on(text: str, end: int, tokens: list[Token], j: int) -> bool:
    """Whether the past form of a verb of asking or judging at tokens[j], before "on" the day
    that ends at `end`, dates its own act because its complement follows the day ("asked the
    government on May 3 to hold rates"), not the target ("asked for a vote on May 3")."""
    between = tokens[j + 1 :]
    lemma = verb_lemma(tokens[j].text)
    return (lemma in ASKING and tokens[j].lower != lemma and bool(between)
            and between[-1].lower == "on" and _COMPLEMENT.match(text, end) is not None
            and not any(t.lower in ("for", "to") or t.lower in AHEAD_MODIFIERS
                        or t.text in BOUNDARY for t in between))
