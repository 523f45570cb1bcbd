"""T104: a relative year or month told in a tense its period cannot take.

"Last year" and "last month" are over at publication, so a clause that still looks ahead to
them is wrong in its date or its tense: "output is expected to decline sharply last year",
"the board is expected to decide at the end of last month", "the centre will open in October
last year". "Next year" and "next month" have
not begun, so a finite past cannot date an act in them: "Acme sold its stake next year";
after a common noun the past form may be a participle that looks ahead ("legislation passed
next year"), so it needs a name, a pronoun or an auxiliary before it. After a determiner
"last" is the final one or a span back ("in the last year", "its last month in office"), not
a relative period.

The relative period must time the clause as an adverbial ("last year", "in", "during" or "at
the end of" it); a period that is the object of "for", "of", "since" or "from" ("expects to
report a loss for last year", "than last year") and a possessive ("last year's") name a period,
not the time of the act; so may a noun after a preposition ("depends on an agreement last month
among the ministers"), so a bare period is read only with no preposition after its verb. The
verb is read back over the clause's object (`clause_years`) to the first verb group: "will"
or "shall", a present plan or forecast before "to" ("expects to", "is expected to", "plans
to") is ahead; a finite past is past. A boundary, an opener, a modal or any other verb group
first gives no tense.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.clause_years import finite_past, preposition_to
from flagger.detectors.temporal.events import Token, tokenize, verb_lemma
from flagger.detectors.temporal.verb_words import (
    BOUNDARY,
    DETERMINERS,
    FUTURE,
    MODALS,
    OPENERS,
    PAST_AUX,
    PRONOUNS,
)
from flagger.report.finding import Finding

REACH = 14  # words read back from the relative period
_PERIOD = lazy(
    r"\b(?P<lead>(?:in|during)\s+|at\s+the\s+(?:end|start|beginning|close)\s+of\s+)?"
    r"(?P<rel>(?:(?:early|late|later|earlier)\s+)?(?:(?P<month>January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+(?:of\s+)?(?=\w+\s+year))?"
    r"(?P<which>last|next)\s+(?P<unit>year|month))"
    r"\b(?!\s*['’]s)(?!\s*,?\s*(?:on|in)?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|(?:1[6-9]|20)\d\d))",
    re.IGNORECASE)
# Words that make the period an object or a bound, not the time of the clause.
_OBJECT = frozenset({"for", "of", "since", "from", "than", "until", "till", "by", "to", "over",
                     "through", "with", "versus", "vs", "against", "like", "as"})
_PREPOSITIONS = frozenset({"on", "in", "at", "of", "for", "with", "by", "from", "into", "over",
                           "under", "among", "between", "about", "after", "before", "during",
                           "against", "toward", "towards", "across", "within", "without"})
# Before "to": a present plan or forecast looks ahead ("expects to", "is expected to").
_PLANS = frozenset({"expects", "expect", "plans", "plan", "intends", "intend", "aims", "aim",
                    "hopes", "hope", "wants", "want", "seeks", "seek", "promises", "promise"})
_FORECAST = frozenset({"expected", "forecast", "projected", "set", "due", "scheduled", "slated",
                       "likely", "poised", "going"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s"})
_PAST_BE = frozenset({"was", "were", "had", "been", "did"})


def relative_tense_conflicts(doc: Document, published: date, rule: Rule) -> Iterator[Finding]:
    """T104: "is expected to decline sharply last year"; "sold its stake next year"."""
    text = doc.text
    low = doc.lowered or text.lower()
    if "last" not in low and "next" not in low:
        return
    for match in _PERIOD.finditer(text):
        sentence = doc.sentences[doc.sentence_index(match.start())] if doc.sentences else None
        sent_start = sentence.start if sentence else 0
        tokens = tokenize(text, max(sent_start, match.start() - 240), match.start())
        if tokens and (tokens[-1].lower in _OBJECT or tokens[-1].lower in DETERMINERS):
            continue  # "than last year", "in the last year"
        ahead = match["which"].lower() == "next"
        if not match["lead"]:  # "the success of an agreement last month": the noun's time
            tokens = tokens[_after_preposition(tokens):]
        verb = _past(tokens) if ahead else _ahead(tokens)
        if verb is None:
            continue
        said = match["rel"]
        unit = "month" if match["month"] else match["unit"].lower()
        if ahead:
            message = (f"“{verb.text}” reports a past event, but “{said}” is a {unit} that had "
                       f"not begun at publication ({published.isoformat()})")
        else:
            message = (f"“{verb.text}” looks ahead, but “{said}” is a {unit} already over at "
                       f"publication ({published.isoformat()})")
        yield rule.finding(
            doc, match.start("rel"), match.end("rel"), message, score=0.7,
            evidence=(f"{said}: {'after' if ahead else 'before'} publication",
                      f"published {published.isoformat()}"),
            related=(Span(verb.start, verb.end, verb.text, "event"),))


def _after_preposition(tokens: list[Token]) -> int:
    """Where the clause's own words start after the last preposition before a bare period:
    past it the period may time a noun ("an agreement last month among the ministers")."""
    for j in range(len(tokens) - 1, max(len(tokens) - 1 - REACH, -1), -1):
        if tokens[j].lower in _PREPOSITIONS or (
                tokens[j].lower == "to" and preposition_to(tokens, j)):
            return len(tokens)  # "similar to its fourth quarter earnings last year"
        if tokens[j].text in BOUNDARY or tokens[j].lower in FUTURE or (
                tokens[j].lower == "to" and not preposition_to(tokens, j)) or (
                finite_past(tokens, j).tense is not None):
            break  # the clause's verb comes first
    return 0


def _ahead(tokens: list[Token]) -> Token | None:
    """The word that puts the clause ending at the period ahead: "will", or "to" after a
    present plan or forecast ("expects to", "is expected to"); None at a boundary, an opener,
    a modal, a past or any other verb group."""
    for j in range(len(tokens) - 1, max(len(tokens) - 1 - REACH, -1), -1):
        tok, w = tokens[j], tokens[j].lower
        if tok.text in BOUNDARY or w in OPENERS or w in MODALS or w in _PAST_BE:
            return None
        if w in FUTURE:
            before = tokens[j - 1].lower if j else ""
            return None if before in DETERMINERS else tok
        if w == "to" and not preposition_to(tokens, j):
            return _planned(tokens, j)
        if finite_past(tokens, j).tense is not None:
            return None
    return None


def _planned(tokens: list[Token], j: int) -> Token | None:
    """The plan word when the "to" at tokens[j] follows a present plan or forecast."""
    before = tokens[j - 1] if j else None
    if before is None:
        return None
    if before.lower in _PLANS:  # a verb after its subject, not a noun ("announced plans to")
        subject = tokens[j - 2] if j > 1 else None
        if subject is None or subject.lower in DETERMINERS or subject.lower in _PAST_BE or (
                subject.lower in _PREPOSITIONS or finite_past(tokens, j - 2).tense is not None
                or (verb_lemma(subject.lower) or subject.lower) != subject.lower):
            return None
        return before
    if before.lower in _FORECAST and j > 1 and tokens[j - 2].lower in _PRESENT_BE:
        return before
    return None


def _named_subject(tokens: list[Token], j: int) -> bool:
    """Whether a name, a pronoun or "was", "had", "did" stands before the past at tokens[j]
    ("Ayer bought", "it was sold"): after a common noun the form may be a participle that
    looks ahead ("legislation passed next year", "the talks scheduled next month")."""
    k = j - 1
    while k >= 0 and tokens[k].lower.endswith("ly") and tokens[k].text.islower():
        k -= 1
    return k >= 0 and (tokens[k].text[0].isupper() or tokens[k].lower in PRONOUNS
                       or tokens[k].lower in PAST_AUX)


def _past(tokens: list[Token]) -> Token | None:
    """The finite past that the clause ending at the period takes, or None."""
    for j in range(len(tokens) - 1, max(len(tokens) - 1 - REACH, -1), -1):
        tok, w = tokens[j], tokens[j].lower
        if tok.text in BOUNDARY or w in OPENERS or w in MODALS or w in FUTURE or w == "to":
            return None
        found = finite_past(tokens, j)
        if found.tense is not None:
            return found.verb if _named_subject(tokens, j) else None
        if re.fullmatch(r"[a-z]+(?:ed|ing)", w) or w in _PRESENT_BE or w in _PLANS:
            return None  # another verb form first
    return None
