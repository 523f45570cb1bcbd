"""The verb that governs a date, and its tense.

Read back from the date's preposition ("on", "in", "at", "during", "of the morning of") over
the words of its own clause: nouns, names, determiners and the prepositions of an object
("submitted his resignation to the president on Aug. 27"), to the first verb form. That verb's
group gives the tense: a past form with no auxiliary, or "was", "were", "had", "did" before it,
is past; "will" or "shall" is future. A modal, an infinitive ("invited Triet to visit ... in
2007"), a present or progressive form, a conditional or a target verb ("scheduled for") gives
no tense, and so does a clause boundary (comma, quote, "that", "when") met before any verb.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from flagger.annotations.timex.lexicon import ORDINALS
from flagger.detectors.temporal.events import Token, tokenize, verb_lemma
from flagger.detectors.temporal.irregular import IRREGULAR

REACH = 14  # words read back from the date
FORWARD = 8  # words read on from a date that opens its clause, to the clause's verb
YEAR_REACH = 4  # a written year dates its verb only close by: "took office in 2007"
_DATE_PREPS = frozenset({"on", "in", "at", "during"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "weekend", "day"})
_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_MODALS = frozenset({"would", "could", "might", "may", "must", "should", "can", "cannot",
                     "won't", "wouldn't", "couldn't"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"})
_PERFECT = frozenset({"has", "have", "hasn't", "haven't"})
_PRESENT_BE = frozenset({"is", "are", "am", "be", "been", "being"})
# Before "to": the infinitive is scheduled ("is due to", "are set to").
_SCHEDULE = frozenset({"due", "set", "scheduled", "slated", "expected", "likely"})
_IS = frozenset({"is", "are", "'s", "’s"})
# Present verbs of intention whose infinitive lies ahead: "still plans to announce ... on".
_INTEND = frozenset({"plans", "plan", "intends", "intend", "aims", "aim", "expects", "expect"})
_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "while", "if",
                      "unless", "until", "because", "whether", "than", "as", "since", "before",
                      "after", "once", "though", "although", "and", "or", "but", "so", "for"})
# Words in the object that put its event ahead: "announced a planned visit on Nov. 15".
_AHEAD_MODIFIERS = frozenset({"planned", "scheduled", "upcoming", "proposed", "expected",
                              "future", "coming", "next", "prospective", "forthcoming"})
# Two-word prepositions that open a time phrase: the date then dates its noun.
_TIME_PHRASES = frozenset({("ahead", "of"), ("prior", "to"), ("in", "advance"),
                           ("in", "time"), ("pending", "the")})
# A participle after these is their complement, not a past tense: "get re-elected in 2020".
_LINKING = frozenset({"get", "gets", "getting", "become", "becomes", "have", "having"})
# Adverbs that open a second clause after "and": "won the primary and now faces".
_CLAUSE_ADVERBS = frozenset({"now", "then", "later", "also", "still", "again", "soon", "since",
                             "thus", "yet", "even", "only", "just", "never", "already"})
# Pronoun subjects before a present "-s" form: "it expects", "which plans".
_SUBJECTS = frozenset({"it", "he", "she", "which", "who"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                          "this", "that", "these", "those", "some", "any", "no", "each"})
_FUNCTION = frozenset({"on", "in", "at", "to", "for", "with", "by", "from", "of", "during",
                       "as", "about", "into", "over", "after", "before", "up", "out", "off",
                       "down", "him", "her", "them", "it", "us", "me", "you", "himself",
                       "herself", "itself", "themselves"})
_CLOSING = frozenset({"”", "\"", ".", "!", "?"})
# Verbs of beginning and ending, whose object is a gerund.
_ASPECT = frozenset({"begin", "start", "stop", "continue", "resume", "keep", "finish", "end",
                     "began", "started", "stopped", "continued", "resumed", "kept", "finished",
                     "ended", "begun"})
_NAMED = frozenset({"He", "She", "It", "They", "We", "I", "The", "A", "An", "But", "And",
                    "Which", "Who", "That", "This"})
_BOUNDARY = frozenset(",;:()[]\"“”—–.!?")
# Verbs whose object may be a date ("said April 30 will be the distribution date").
_SPEECH = frozenset({"say", "tell", "announce", "report", "state", "add", "note", "confirm",
                     "predict", "estimate", "expect", "set", "name", "choose", "pick"})
# A date that is the subject of a clause: "said April 30 will be the distribution date".
_SUBJECT = re.compile(r"\s+(?:will|would|is|was|has|had|could|may|might|should)\b")
# Verbs whose date is a target or a forecast, not the time of the act; an offer or a promise
# dates the thing offered ("had been offered a paid holiday on May 1").
TARGET_VERBS = frozenset(
    {"schedule", "reschedule", "set", "plan", "postpone", "delay", "move", "push", "extend",
     "expect", "slate", "forecast", "project", "target", "aim", "predict", "estimate", "book",
     "propose", "due", "defer", "fix", "budget", "require", "need", "call", "intend", "hope",
     "want", "see", "invite", "seek", "urge", "ask", "agree", "vote", "approve", "order",
     "await", "anticipate", "wait", "prepare", "offer", "promise", "pledge", "put", "place"})


class Governor(NamedTuple):
    """The tense of the verb that governs a date: "past", "future" or None."""

    tense: str | None
    verb: Token | None


_NONE = Governor(None, None)


def governing_tense(text: str, span: tuple[int, int], sent_start: int,
                    has_year: bool) -> Governor:
    """The tense of the verb that governs the date at `span`."""
    start, end = span
    tokens = tokenize(text, max(sent_start, start - 160), start)[-REACH:]
    if len(tokens) > 2 and tokens[-1].lower in ("a", "an", "the") and tokens[-2].lower in (
            _DATE_PREPS) and not has_year:
        tokens = tokens[:-1]  # "recounted in an August 14 briefing"
    if tokens and tokens[-1].lower in _DATE_PREPS and _opens_clause(tokens, len(tokens) - 1):
        return _forward(text, end, has_year)  # "On March 30 the committee voted"
    if len(tokens) < 2:
        return _NONE
    if tokens[-1].lower not in _DATE_PREPS | {"of"}:  # "the offer, made March 26"
        last = tokens[-1]
        direct = (_verb_form(tokens, len(tokens) - 1) == "past" and not has_year
                  and not (verb_lemma(last.text) in _SPEECH and _SUBJECT.match(text, end)))
        return _group(tokens, len(tokens) - 1) if direct else _NONE
    j = len(tokens) - 2
    if tokens[-1].lower == "of":  # "on the morning of August 26"
        if tokens[j].lower not in _DAY_PARTS:
            return _NONE
        j -= 1
    limit = len(tokens) - 1 - (YEAR_REACH if has_year else REACH)
    while j >= max(limit, 0):
        tok, w = tokens[j], tokens[j].lower
        if _inner(tokens, j):
            j -= 1
            continue  # "in Hempstead, New York on Sept. 16", "as FBI director on July 9"
        if (w in ("and", "or") and _joins_nouns(tokens, j)) or _nth_time(tokens, j):
            j -= 1
            continue  # "reduced loan and overdraft rates on", "to meet for a second time on"
        if tok.text in _BOUNDARY or w in _OPENERS or _modal(tok) or (
                has_year and w in _DETERMINERS) or _compound_preposition(tokens, j):
            return _NONE  # a year after "its dividend" may date the dividend
        if w in _FUTURE:
            return Governor("future", tok)
        if w in _AHEAD_MODIFIERS:
            return _NONE
        if w in _PAST_AUX:
            return Governor("past", tok)
        if w in _PERFECT:
            return _NONE  # "once the draw has taken place on December 9": no time of its own
        if w == "to" and not _preposition(tokens, j):
            return _scheduled(tokens, j)
        if w in _PRESENT_BE:
            return _NONE  # "is held on": no tense of its own
        found = _verb_form(tokens, j)
        if found == "progressive":
            return _aux_tense(tokens, j - 1, tok)
        if found == "stop":
            return _NONE
        if found is not None:
            return _group(tokens, j)
        j -= 1
    if j < 0 and not has_year and not text[sent_start : tokens[0].start].strip():
        return _after_subject(text, end)  # "The fund on June 14 said ..."
    return _NONE


def _joins_nouns(tokens: list[Token], j: int) -> bool:
    """Whether the "and" or "or" at tokens[j] joins two plain lower-case nouns ("loan and
    overdraft rates"), not two clauses or verbs."""
    if not 0 < j < len(tokens) - 1:
        return False
    words = (tokens[j - 1], tokens[j + 1])
    return all(t.text.isalpha() and t.text.islower() and verb_lemma(t.text) is None
               and not t.lower.endswith(("ing", "ly")) and t.lower not in _DETERMINERS
               and t.lower not in _FUNCTION and t.lower not in _OPENERS
               and t.lower not in _CLAUSE_ADVERBS for t in words)


def _nth_time(tokens: list[Token], j: int) -> bool:
    """Whether the "for" at tokens[j] opens "for the first time", "for a second time": an
    adverbial of the verb, not a purpose phrase."""
    words = [t.lower for t in tokens[j : j + 4]]
    return (len(words) == 4 and words[0] == "for" and words[1] in ("a", "the")
            and words[3] == "time" and (words[2] in ("last", "final", "next")
                                        or words[2] in ORDINALS))


def _after_subject(text: str, end: int) -> Governor:
    """The tense of a date set between its clause's subject and verb: past when a past form
    follows the date at once ("The fund on June 14 said", "The board on May 2 approved")."""
    following = tokenize(text, end, min(end + 40, len(text)))[:2]
    if not following:
        return _NONE
    verb = following[0]
    if _verb_form(following, 0) != "past" or verb.lower in _SCHEDULE:
        return _NONE
    return Governor("past", verb)  # the date dates the act: "The board on May 2 postponed"


def _inner(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is a comma inside a place name ("Hempstead, New York") or an "as"
    before a role ("as FBI director"), which do not end the clause."""
    if not 0 < j < len(tokens) - 1:
        return False
    before, following = tokens[j - 1].text, tokens[j + 1].text
    if tokens[j].text == ",":
        return before[0].isupper() and following[0].isupper() and following not in _NAMED
    return tokens[j].lower == "as" and following[0].isupper() and following not in _NAMED


def _opens_clause(tokens: list[Token], j: int) -> bool:
    """Whether the preposition at tokens[j] opens its clause ("On March 30 the ...", "said
    that, on Nov. 27, Fox had agreed")."""
    if j == 0:
        return True
    before = tokens[j - 1]
    return before.text in (",", ";", ":", "—") or before.lower in ("that", "and", "but")


def _forward(text: str, end: int, has_year: bool) -> Governor:
    """The tense of the clause a fronted date opens: past when its subject (a few words with
    no verb among them) is followed by a past verb group."""
    tokens = tokenize(text, end, min(end + 120, len(text)))[:FORWARD + 2]
    if has_year or not tokens:
        return _NONE
    if tokens[0].text == ",":
        tokens = tokens[1:]
    for j, tok in enumerate(tokens[:FORWARD]):
        w = tok.lower
        if w in ("and", "or") and j and j + 1 < len(tokens) and (
                tokens[j + 1].text[0].isupper() or _joins_nouns(tokens, j)):
            continue  # "On May 24, league president and CEO David Andrews said"
        if tok.text in _BOUNDARY or w in _OPENERS or _modal(tok) or w in _PRESENT_BE:
            return _NONE
        if w in _FUTURE:
            return Governor("future", tok)
        if w in _PAST_AUX:
            following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
            return _NONE if following in ("to", "due", "set") else Governor("past", tok)
        if j and tok.text[0].islower() and _verb_form(tokens, j) == "past":
            return Governor("past", tok)
        if j and w.endswith("s") and tok.text[0].islower() and tokens[j - 1].text[0].isupper():
            return _NONE  # "On May 3 Smith presents ...": a present tense
    return _NONE


def _modal(tok: Token) -> bool:
    """Whether `tok` is a modal verb ("may", not the month "May")."""
    return tok.lower in _MODALS and tok.text != "May"


def _scheduled(tokens: list[Token], j: int) -> Governor:
    """Future for an infinitive a present schedule governs ("is due to take place on", "are
    to meet on"); no tense for any other ("invited Triet to visit ... in 2007")."""
    before = tokens[j - 1].lower if j else ""
    ahead = tokens[j - 2] if j > 1 else None
    if before in _INTEND and ahead is not None and (
            ahead.lower in _DETERMINERS or ahead.lower.endswith(("'s", "’s"))):
        return _NONE  # "Pennzoil's plan to acquire Getty Oil in 1983": a noun
    if before in _IS or before in _INTEND or (
            before in _SCHEDULE and j > 1 and tokens[j - 2].lower in _IS):
        return Governor("future", tokens[j])
    return _NONE


def _preposition(tokens: list[Token], j: int) -> bool:
    """Whether the "to" at tokens[j] is a preposition ("to the president", "to Congress")."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return following is not None and (following.lower in _DETERMINERS
                                      or following.text[0].isupper()
                                      or following.text[0].isdigit())


def _verb_form(tokens: list[Token], j: int) -> str | None:
    """"past" when tokens[j] is a past form, "progressive" for "-ing" after a form of "be",
    "stop" for another verb form that gives no tense, None when it is not a verb we can
    tell."""
    tok, w = tokens[j], tokens[j].lower
    before = tokens[j - 1].lower if j else ""
    if tok.text[0].isupper() or not tok.text[0].isalpha():
        return None
    if len(w) > 4 and w.endswith("ing"):
        if before in _PRESENT_BE or before in ("was", "were"):
            return "progressive"
        noun = (before in _DETERMINERS or before in _DATE_PREPS or before in ("of", "for")
                or _compound(tokens, j))
        gerund = before in _ASPECT  # "will begin trading on May 6"
        return None if noun or gerund or _attributive(tokens, j) else "stop"
    lemma = verb_lemma(tok.text)
    if before in _SUBJECTS and w.endswith("s") and len(w) > 3:
        return "stop"  # "it expects a shortage in April": a present tense
    if lemma == w and w in IRREGULAR and before in _PAST_AUX and w != "set":
        return "past"  # "had put": a participle like its base ("was set on" stays an act:
        # "the record was set on March 17"; a target is "set for")
    if lemma is None or lemma == w:
        return None
    if before in _DETERMINERS or _attributive(tokens, j) or _modifier(tokens, j):
        return None  # "the planned talks", "protected status": an adjective
    return "past"


def _modifier(tokens: list[Token], j: int) -> bool:
    """Whether the past form tokens[j] stands between a determiner with an adjective and a
    noun ("a full paid holiday"): an adjective."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return (j > 1 and following is not None and tokens[j - 2].lower in _DETERMINERS
            and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower()
            and following.text.isalpha() and following.text.islower()
            and following.lower not in _FUNCTION and following.lower not in _DETERMINERS)


def _compound_preposition(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] opens a time phrase of its own whose noun the date belongs to
    ("ahead of a quarterly report on April 28", "prior to the vote on May 2")."""
    following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    return (tokens[j].lower, following) in _TIME_PHRASES


def _compound(tokens: list[Token], j: int) -> bool:
    """Whether the "-ing" word tokens[j] heads a noun phrase after a determiner and one
    lower-case noun ("a confirmation hearing", "the board meeting")."""
    if j < 2 or tokens[j - 2].lower not in _DETERMINERS:
        return False
    modifier = tokens[j - 1]
    return modifier.text.isalpha() and modifier.text.islower() and verb_lemma(
        modifier.text) is None


def _attributive(tokens: list[Token], j: int) -> bool:
    """Whether the participle tokens[j] stands before a bare noun ("protected status"), not
    before its object ("his resignation", "them") or a preposition ("on", "to")."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is None or not following.text[0].islower() or not tokens[j].lower.endswith(
            ("ed", "en", "ing")):
        return False
    w = following.lower
    return not (w in _DETERMINERS or w in _FUNCTION or w.endswith("ly"))


def _group(tokens: list[Token], j: int) -> Governor:
    """The tense of the verb group ending in the past form tokens[j]."""
    verb = tokens[j]
    lemma = verb_lemma(verb.text) or ""
    if lemma in TARGET_VERBS:
        return _NONE
    k = j - 1
    while k >= 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in ("not", "never",
                                                                            "also", "just")):
        k -= 1  # adverbs inside the group: "was quickly dismissed"
    aux = tokens[k].lower if k >= 0 else ""
    if aux in _FUTURE:
        return Governor("future", verb)
    if aux in ("be", "been", "being", "is", "are", "am", "was", "were"):
        return _aux_tense(tokens, k, verb)
    if aux in _MODALS or aux == "to" or aux in _LINKING:
        return _NONE  # "would have closed", "to meet", "get re-elected"
    return Governor("past", verb)


def _aux_tense(tokens: list[Token], k: int, verb: Token) -> Governor:
    """The tense a form of "be" at tokens[k] gives `verb`: "will be held" future, "was held"
    and "had been held" past; "is held", "to be held", "would be held" none."""
    aux = tokens[k].lower if k >= 0 else ""
    before = tokens[k - 1].lower if k > 0 else ""
    if aux in ("was", "were"):
        return Governor("past", verb)
    if aux == "been" and before in _PAST_AUX:
        return Governor("past", verb)
    if aux == "be" and before in _FUTURE:
        return Governor("future", verb)
    return _NONE


def ahead_in_clause(tokens: list[Token], verb: Token) -> bool:
    """Whether the words before `verb` in its sentence put it in a future, modal or
    conditional frame ("Banks must repurchase securities pledged on May 20")."""
    ahead = False
    for tok in tokens:
        if tok.start >= verb.start:
            break
        w = tok.lower
        if tok.text in _CLOSING:
            ahead = False  # a quotation or sentence before this one: "“I would say no.” X said"
            continue
        if w in _FUTURE or _modal(tok) or w in _INTEND or w in (
                "if", "unless", "planned", "scheduled", "expected", "due"):
            ahead = True
        if w == "to" and tok.end < verb.start and _infinitive(tokens, tok):
            ahead = True
    return ahead


def _infinitive(tokens: list[Token], to: Token) -> bool:
    """Whether `to` opens an infinitive (the next word is a base verb form, not a name or a
    determiner)."""
    following = [t for t in tokens if t.start > to.start][:1]
    if not following:
        return False
    w = following[0].lower
    return following[0].text[0].islower() and w not in _DETERMINERS and (
        verb_lemma(w) == w or w == "be")
