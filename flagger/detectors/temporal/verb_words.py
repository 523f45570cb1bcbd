"""Closed word classes that the readers of a date's verb share (`governor`, `ahead`):
auxiliaries, modals, openers of a clause, determiners, the verbs whose date is a target, and
when such a verb's past form is dated as an act ("approved its bill on Dec. 16")."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import ORDINALS
from flagger.detectors.temporal.events import Token, verb_lemma

DATE_PREPS = frozenset({"on", "in", "at", "during"})
# Words between a preposition and a date that modifies a noun: "at its March 12 meeting".
PRENOMINAL = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "weekend", "week", "day"})
FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
MODALS = frozenset({"would", "could", "might", "may", "must", "should", "can", "cannot",
                    "won't", "wouldn't", "couldn't"})
PAST_AUX = frozenset({"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"})
PERFECT = frozenset({"has", "have", "hasn't", "haven't"})
PRESENT_BE = frozenset({"is", "are", "am", "be", "been", "being"})
# Before "to": the infinitive is scheduled ("is due to", "are set to").
SCHEDULE = frozenset({"due", "set", "scheduled", "slated", "expected", "likely"})
IS = frozenset({"is", "are", "'s", "’s"})
# Present verbs of intention whose infinitive lies ahead: "still plans to announce ... on".
INTEND = frozenset({"plans", "plan", "intends", "intend", "aims", "aim", "expects", "expect"})
OPENERS = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "while", "if",
                     "unless", "until", "because", "whether", "than", "as", "since", "before",
                     "after", "once", "though", "although", "and", "or", "but", "so", "for"})
# Words in the object that put its event ahead: "announced a planned visit on Nov. 15".
AHEAD_MODIFIERS = frozenset({"planned", "scheduled", "upcoming", "proposed", "expected",
                             "future", "coming", "next", "prospective", "forthcoming"})
# Two-word prepositions that open a time phrase: the date then dates its noun.
TIME_PHRASES = frozenset({("ahead", "of"), ("prior", "to"), ("in", "advance"),
                          ("in", "time"), ("pending", "the")})
# A participle after these is their complement, not a past tense: "get re-elected in 2020".
LINKING = frozenset({"get", "gets", "getting", "become", "becomes", "have", "having"})
# Adverbs that open a second clause after "and": "won the primary and now faces".
CLAUSE_ADVERBS = frozenset({"now", "then", "later", "also", "still", "again", "soon", "since",
                            "thus", "yet", "even", "only", "just", "never", "already"})
# Pronoun subjects before a present "-s" form: "it expects", "which plans".
SUBJECTS = frozenset({"it", "he", "she", "which", "who"})
PRONOUNS = frozenset({"he", "she", "it", "we", "they", "i", "you", "who", "which"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                         "this", "that", "these", "those", "some", "any", "no", "each"})
FUNCTION = frozenset({"on", "in", "at", "to", "for", "with", "by", "from", "of", "during",
                      "as", "about", "into", "over", "after", "before", "up", "out", "off",
                      "down", "him", "her", "them", "it", "us", "me", "you", "himself",
                      "herself", "itself", "themselves"})
CLOSING = frozenset({"”", "\"", ".", "!", "?"})
# Verbs of beginning and ending, whose object is a gerund.
ASPECT = frozenset({"begin", "start", "stop", "continue", "resume", "keep", "finish", "end",
                    "began", "started", "stopped", "continued", "resumed", "kept", "finished",
                    "ended", "begun"})
NAMED = frozenset({"He", "She", "It", "They", "We", "I", "The", "A", "An", "But", "And",
                   "Which", "Who", "That", "This"})
BOUNDARY = frozenset(",;:()[]\"“”—–.!?")
# Verbs whose object may be a date ("said April 30 will be the distribution date").
SPEECH = frozenset({"say", "tell", "announce", "report", "state", "add", "note", "confirm",
                    "predict", "estimate", "expect", "set", "name", "choose", "pick"})
# A date that is the subject of a clause: "said April 30 will be the distribution date".
SUBJECT = lazy(r"\s+(?:will|would|is|was|has|had|could|may|might|should)\b")
# Verbs whose date is a target or a forecast, not the time of the act; an offer or a promise
# dates the thing offered ("had been offered a paid holiday on May 1").
TARGET_VERBS = frozenset(
    {"schedule", "reschedule", "set", "plan", "postpone", "delay", "move", "push", "extend",
     "expect", "slate", "forecast", "project", "target", "aim", "predict", "estimate", "book",
     "propose", "due", "defer", "fix", "budget", "require", "need", "call", "intend", "hope",
     "want", "see", "invite", "seek", "urge", "ask", "agree", "vote", "approve", "order",
     "await", "anticipate", "wait", "prepare", "offer", "promise", "pledge", "put", "place"})
# Target verbs whose past form, before "on" a day, dates their own act.
ACTS = frozenset({"approve", "vote"})


def is_modal(tok: Token) -> bool:
    """Whether `tok` is a modal verb ("may", not the month "May")."""
    return tok.lower in MODALS and tok.text != "May"


def dated_act(tokens: list[Token], j: int) -> bool:
    """Whether the past "approved" or "voted" at tokens[j] is dated by the day after it as an
    act ("The House approved its tax bill on Dec. 16"), not as the target of what was
    approved or voted for ("voted for a strike on May 3", "approved a plan to ... on")."""
    between = tokens[j + 1 :]
    return (verb_lemma(tokens[j].text) in ACTS and tokens[j].lower != verb_lemma(tokens[j].text)
            and bool(between) and between[-1].lower == "on"
            and not any(t.lower in ("for", "to") or t.lower in AHEAD_MODIFIERS
                        or t.text in BOUNDARY for t in between))


def bare_object(tok: Token) -> bool:
    """Whether `tok`, just before a yearless date with no preposition, is a lower-case noun
    that ends the verb's object or complement ("will sign a contract March 8", "began voting
    Sept. 26"): news style drops the "on" of such a date, which then dates the verb."""
    w = tok.lower
    if not (tok.text.isalpha() and tok.text.islower()) or w.endswith("ly"):
        return False
    return w.endswith("ing") or (w not in DETERMINERS and w not in FUNCTION
                                 and verb_lemma(tok.text) in (None, w))


def for_place(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is the preposition "for" before a name ("left for Hong Kong on")."""
    return tokens[j].lower == "for" and j + 1 < len(tokens) and tokens[j + 1].text[0].isupper()


def nth_time(tokens: list[Token], j: int) -> bool:
    """Whether the "for" at tokens[j] opens "for the first time", "for a second time": an
    adverbial of the verb, not a purpose phrase."""
    words = [t.lower for t in tokens[j : j + 4]]
    return (len(words) == 4 and words[0] == "for" and words[1] in ("a", "the")
            and words[3] == "time" and (words[2] in ("last", "final", "next")
                                        or words[2] in ORDINALS))


def relative_that(tokens: list[Token], j: int) -> bool:
    """Whether the "that" at tokens[j] is a relative pronoun after its noun ("its bid that
    expired March 28"), not a determiner ("said that planned vote")."""
    return (tokens[j].lower == "that" and j > 0 and tokens[j - 1].text.isalpha()
            and tokens[j - 1].text.islower() and not tokens[j - 1].lower.endswith("ly")
            and tokens[j - 1].lower not in DETERMINERS and tokens[j - 1].lower not in FUNCTION
            and verb_lemma(tokens[j - 1].text) in (None, tokens[j - 1].lower))
