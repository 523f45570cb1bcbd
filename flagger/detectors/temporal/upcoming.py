"""T104 for a deadline, an expiry or a plan still told as ahead: a future anchored at the time
of writing ("will", "must", "is due to", "is scheduled for", "plans to") whose verb phrase ends
in a day or month through a preposition of time ("must pass the bill before April 15", "will
remain in place until May 13", "will start selling from April 12", "will vote at the annual
meeting on April 6", "is due back in court May 10", "is set to arrive in Oslo May 3"), a
progressive that lasts until a day ("is capping shipments until at least May 9"), or a present
tense that schedules a start, an end or a held event ("the conference, which starts June 15",
"before the program expires on Oct. 8", "the country holds elections on May 2", "Acme, which
on May 3 becomes Acme Group"). A plural subject's "plan to" looks ahead as "plans to" does
("lenders plan to foreclose on May 3").

The conditional ("would open on May 1") is the future of a report: it looks ahead only from a
report dated at or near publication ("announced today that it would open ... on May 1").
A report dated earlier in the sentence than the event ("said on May 2 it will open on May 10")
may have been overtaken since, and gives no conflict.
"""

from __future__ import annotations

import re
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.temporal.dates import interval
from flagger.detectors.temporal.events import Token, tokenize, verb_lemma
from flagger.detectors.temporal.range_ends import range_end
from flagger.detectors.temporal.verb_words import DETERMINERS, FUNCTION, OPENERS, PRESENT_BE

_REACH = 110  # characters back from the date to its future marker
# A future anchored at the time of writing; a conditional ("would", "could") counts only after
# a report dated after the event, or before "as early as".
_AHEAD = lazy(
    r"\b(?:will|shall|must|won't|(?:is|are|am)\s+(?:now\s+|still\s+)?(?:due|"
    r"(?:scheduled|slated|set|expected|poised)\s+(?:to|for))|(?:is|are)\s+to|(?<!'s )(?<!’s )"
    r"(?<!the )(?:plans|intends|expects|anticipates|hopes)\s+(?:to|(?=[a-z]{3,}ing\b))|"
    r"(?!(?:its|his|this|was|has|is|us|as|thus|plus)\b)(?:[a-z]{2,}s|they|we)\s+"
    r"(?:plan|intend|expect|hope)\s+to|"
    r"(?P<would>would|could|might)|(?P<ing>(?:is|are|'s|’s)\s+(?:now\s+|still\s+)?"
    r"[a-z]{3,}ing))\b", re.IGNORECASE)
# The preposition (or none) that joins the date to the verb phrase: "by", "until", "before".
_LEAD = lazy(
    r"(?:\b(?P<prep>on|by|until|till|through|before|beyond|from|in)\s+(?:at\s+least\s+)?|"
    r"(?P<earliest>\bas\s+(?:early|soon)\s+as\s+)|(?P<bare>\b[a-z]+\s+)|"
    r"(?P<place>\b(?:in|at|to)\s+[A-Z][a-z]{2,}\s+))$")
# What opens another clause or another time between the marker and the date.
_BREAK = lazy(
    r",(?!\d)|[;:()\"“”]|\b(?:said|says|than|since|compared|against|versus|after|when|which|who|that|"
    r"was|were|had|did|as|like|despite|following|amid|including|last|ago|earlier|previous|"
    r"prior|year-ago|if|unless|while|because|where|whether|or|and\s+(?:then|later)|"
    r"(?:about|regarding|concerning)\s+(?:their|his|her|its|the|a|an|that|this)\b|"
    r"(?<!for )(?<!of )(?:1[89]|20)\d\d|January|February|March|April|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A start or an end an event keeps to in the present tense: "the conference, which starts
# June 15", "before the program expires on Oct. 8" (a subject right before the verb).
_PRESENT = lazy(r"\b(?:which|that|[a-z]{3,}|[A-Z][a-z]{2,})\s+(?:(?P<verb>starts|begins|opens|"
                r"closes|ends|expires|lapses|resumes|kicks\s+off|gets\s+under\s?way|"
                r"convenes|takes\s+effect)|(?P<host>holds|hosts|stages)\s+(?:(?:a|an|its|"
                r"their|the)\s+)?(?:[a-z-]+\s+){0,2}(?:elections?|polls|talks|meeting|summit|"
                r"referendum|conference|congress|convention|auction|tender|session|hearing|"
                r"ballot|primary|run-?off))\s+(?:on\s+)?$")
# A relative clause that a date opens before its present verb: "Acme, which on May 3 becomes".
_RELATIVE_OPEN = lazy(r"\b(?:which|who)\s+(?:on\s+)?$")
_RELATIVE_VERB = lazy(r",?\s+(?P<verb>(?!says\b|tells\b)[a-z]{3,}s)\b")
# A present tense in a hypothesis looks ahead to no known date: "if a new term begins on
# January 20" may be next year's ("when the period ends on May 2, the union may strike" tells
# of a known day).
_HYPOTHESIS = lazy(r"\b(?:if|unless|whether|once|should)\b[^,;:]*$", re.IGNORECASE)
# A change or a sum that counts from a day already gone: "will be paid retroactively from
# March 1", "plus interest from Nov. 1".
_RETROACTIVE = lazy(r"\b(?:retroactiv\w*|backdat\w*|accru\w*|interest)",
                               re.IGNORECASE)
_SPAN_END = lazy(r"\s*(?:to|through|until|till|and|-|–|/)\s*(?:[A-Z][a-z]+\.?\s+)?\d")
# Days back within which a present tense's yearless date cannot be next year's: "The
# tournament starts on June 9" in November is next June's.
_SEASON = 90
_PREPOSITIONS = frozenset({"between", "around", "among", "within", "including", "except", "per",
                           "via", "near", "past", "despite", "toward", "towards", "against",
                           "across", "along", "behind", "beyond", "under", "through",
                           "throughout", "amid", "upon", "versus", "starting", "beginning",
                           "ending"})
# A date that comes back: "payable in half-yearly instalments on Feb. 28 and Aug. 31".
_RECURRING_AFTER = 15  # characters after the date: "on May 1 and Nov. 1 each year", not "on
# May 1 that the quarterly dividend be raised"
_RECURRING = lazy(r"\b(?:each|every|annually|yearly|half-yearly|"
                             r"semi-?annual(?:ly)?|quarterly|monthly|weekly|instal(?:l)?ments?)\b",
                             re.IGNORECASE)
_OF = lazy(r"\bof\s+$")
# A year named as the period of an object, not the time of the report: "its report for 1986".
_PERIOD = lazy(r"\b(?:for|of|fiscal)\s+$", re.IGNORECASE)
# Verbs whose object a participle completes: "keep the government funded".
_COMPLEMENT = frozenset({"keep", "keeps", "keeping", "get", "gets", "getting", "have", "has",
                         "having", "leave", "leaves", "leaving"})
_REPORT = lazy(r"\b(?:said|says|announced|announces|told|tells|confirmed|reported|"
                          r"added|stated)\b")


def upcoming(doc: Document, tx: TimeExpression, sent_start: int,
             event: tuple[date, date]) -> tuple[str | None, str]:
    """("future", marker) when the day or month `tx` (read as `event`) closes a verb phrase
    that still looks ahead (see the module's docstring); (None, "") otherwise."""
    text = doc.text
    if not (tx.granularity == "day" or (tx.granularity == "month" and tx.has_year)):
        return None, ""  # "will be 20 dlrs in January" in June may be next January
    lead = _LEAD.search(text, max(tx.start - 20, 0), tx.start)
    if lead is None or (lead["bare"] and not _bare(text, lead, tx)) or (
            lead["place"] and (tx.granularity != "day" or tx.has_year)):
        return None, ""  # a yearless day only after a place: "will arrive in Oslo May 3"
    close = tx.end
    if _SPAN_END.match(text, tx.end):  # "from Oct. 15 to 26": over only after its last day
        closed = range_end(text, tx.end, event[0]) if tx.granularity == "day" else None
        published = doc.article.published
        if closed is None or published is None or (published - closed[1]).days <= 1:
            return None, ""  # "between April 8 and Oct. 7": the span's end may lie ahead
        close, event = closed[0], (event[0], closed[1])
    back = max(sent_start, tx.start - _REACH)
    if doc.field != "title" and tx.granularity == "day" and _RELATIVE_OPEN.search(
            text, back, tx.start) and (tx.has_year or _within_season(doc, event)):
        verb = _RELATIVE_VERB.match(text, close)
        if verb is not None:
            return among_dates("future", verb["verb"], doc, (tx, close), event, tx.start)
    if doc.field != "title":
        present = _PRESENT.search(text, back, tx.start)
        if present is not None and tx.granularity == "day" and not _HYPOTHESIS.search(
                text, back, present.start()) and (tx.has_year or _within_season(doc, event)):
            return among_dates("future", present["verb"] or present["host"], doc, (tx, close),
                             event, present.start())
    markers = list(_AHEAD.finditer(text, back, lead.start()))
    if not markers:
        return None, ""
    marker = markers[-1]
    if _BREAK.search(text, marker.end(), lead.start()) or not _verb_phrase(text, marker,
                                                                          lead.start()):
        return None, ""
    if lead["prep"] == "from" and (tx.granularity != "day"
                                   or _RETROACTIVE.search(text, sent_start, tx.end + 40)):
        return None, ""  # "plus interest from May 1"
    if _RECURRING.search(text, sent_start, min(close + _RECURRING_AFTER,
                                               _sentence_end(doc, tx))):
        return None, ""  # "payable in half-yearly instalments on May 1 and Nov. 1"
    if marker["ing"] and lead["prep"] not in ("until", "till", "through"):
        return None, ""  # a progressive lasts to a date: "is capping orders until May 9"
    # "could reopen as early as May 1": the earliest day a possibility is still open
    tense = "future" if marker["would"] is None or lead["earliest"] else "conditional"
    return among_dates(tense, marker.group(), doc, (tx, close), event, marker.start())


def _within_season(doc: Document, event: tuple[date, date]) -> bool:
    """Whether a yearless `event` lies at most `_SEASON` days before publication."""
    published = doc.article.published
    return published is not None and (published - event[1]).days <= _SEASON


def _sentence_end(doc: Document, tx: TimeExpression) -> int:
    """Where the sentence of `tx` ends."""
    if not doc.sentences:
        return len(doc.text)
    return doc.sentences[doc.sentence_index(tx.start)].end


def _bare(text: str, lead: re.Match[str], tx: TimeExpression) -> bool:
    """Whether a day follows its verb phrase with no preposition, as news style drops "on"
    ("will return to the islands May 3"), not a word that opens another phrase ("since"),
    nor a noun's modifier ("holders of record May 2", "the year ended Jan. 31")."""
    word = lead["bare"].strip()
    lemma = verb_lemma(word)
    if lemma is not None and lemma != word:
        return False  # "the year ended Jan. 31", "a statement filed May 14"
    return tx.granularity == "day" and word not in DETERMINERS | FUNCTION | OPENERS | (
        _PREPOSITIONS) and (
        _OF.search(text, max(lead.start() - 4, 0), lead.start()) is None)


def _verb_phrase(text: str, marker: re.Match[str], end: int) -> bool:
    """Whether the words between the marker and the date's preposition are one verb phrase:
    a past form only after a form of "be" ("will be held") or as an adjective before its noun
    ("a regularly scheduled meeting", not "a program initially approved in"), and "will" a
    verb, not a noun ("against her will at his office")."""
    words = tokenize(text, marker.start(), end)
    if marker.group().lower() == "will" and (len(words) < 2 or words[1].lower in (
            DETERMINERS | FUNCTION)):
        return False
    for k, word in enumerate(words[1:], 1):
        lemma = verb_lemma(word.text)
        before = words[k - 1].lower
        if lemma is None or lemma == word.lower or before in PRESENT_BE:
            continue
        noun = words[k + 1].lower if k + 1 < len(words) else ""
        adjective = (before in DETERMINERS or before.endswith("ly")) and noun.isalpha() and (
            noun not in FUNCTION)
        if not (adjective or _complement(words, k)):
            return False  # "will never know what happened ... on", "a plan first approved in"
    return True


def _complement(words: list[Token], k: int) -> bool:
    """Whether the past form words[k] completes the object of "keep", "get", "have" or "leave"
    ("would keep the government funded beyond Oct. 8")."""
    verbs = words[max(k - 3, 0) : k - 1]
    object_ends = words[k - 1].text.isalpha() and words[k - 1].lower not in DETERMINERS | FUNCTION
    return object_ends and any(v.lower in _COMPLEMENT or verb_lemma(v.text) in _COMPLEMENT
                               for v in verbs)


def among_dates(tense: str, verb: str, doc: Document, written: tuple[TimeExpression, int],
              event: tuple[date, date], at: int) -> tuple[str | None, str]:
    """The reading of the upcoming `event`, `written` as a date and the end of its span, in
    the light of its sentence's other dates: none when one is no later than the event ("said
    on May 2 it will open May 10", "will apply from May 1, officials said on April 20"); a
    conditional only after a report dated after the event ("announced today that it would
    open ... on May 1")."""
    tx, close = written
    start = doc.sentences[doc.sentence_index(tx.start)].start if doc.sentences else 0
    end = _sentence_end(doc, tx)
    others = [d for d in doc.dates if start <= d.start < end and d.type == "DATE"
              and not tx.start <= d.start < close + 1
              and not (d.granularity == "year" and _PERIOD.search(doc.text, start, d.start))]
    days = [_desk(d, doc.article.published) for d in others]
    if any(d is not None and d[0] <= event[1] for d in days):
        return None, ""  # the report, or another event, is dated no later than this one
    if tense == "conditional" and not (any(d.end <= at for d in others)
                                       and _REPORT.search(doc.text, start, at)):
        return None, ""
    return "future", verb


def _desk(tx: TimeExpression, published: date | None) -> tuple[date, date] | None:
    """The days of `tx`, a yearless date read in the publication year."""
    span = interval(tx)
    if span is None or tx.has_year or not tx.explicit or published is None:
        return span
    try:
        return (span[0].replace(year=published.year), span[1].replace(year=published.year))
    except ValueError:
        return None
