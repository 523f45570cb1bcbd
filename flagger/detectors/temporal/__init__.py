"""Temporal rules (T1xx): dates that contradict each other or the publication date."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.timex import TimeExpression
from flagger.annotations.timex.lexicon import WEEKDAY_NAMES
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import interval, overlaps, show, widen_ago
from flagger.detectors.temporal.elapsed import age_conflicts, elapsed_conflicts
from flagger.detectors.temporal.events import (
    WINDOW_CHARS,
    EventMention,
    link,
    possessive_end,
    same_event,
    tokenize,
    verb_lemma,
)
from flagger.detectors.temporal.local import (
    relative_day_mismatches,
    relative_year_appositions,
    same_period_comparisons,
    weekday_mismatches,
)
from flagger.detectors.temporal.tense import clause_tense
from flagger.report.finding import Finding

RULES: tuple[Rule, ...] = (
    Rule(
        "T101", "relative-date-conflict", "temporal", "warning",
        flags="A relative date (\"last year's talks\") that resolves to a period other than an "
        "explicit date given for the same event elsewhere in the article.",
        why="One of the two dates is wrong, often because copy was reused from an older story "
        "and \"last year\" was not updated.",
        example="Talks that were interrupted in 2022 ... last year's talks, which were "
        "interrupted by the war (published 2025: last year = 2024)",
        fix="Use the explicit date in both places (\"the 2022 talks\"), or correct the one "
        "that is wrong.",
        needs_published=True,
    ),
    Rule(
        "T102", "weekday-date-mismatch", "temporal", "error",
        flags="A weekday written next to a full date (with its year) that falls on another "
        "weekday.",
        why="Either the weekday or the date is wrong; readers cannot tell which.",
        example="The vote is on Friday, May 15, 2025 (May 15, 2025 is a Thursday).",
        fix="Check the calendar and correct the weekday or the date.",
    ),
    Rule(
        "T103", "elapsed-time-conflict", "temporal", "warning",
        flags="An elapsed time (\"three years ago\") that does not fit an explicit date of the "
        "same event, counted from the publication date.",
        why="The count was probably right when first written and went stale, or the date is "
        "wrong.",
        example="The agreement was signed three years ago. ... the 2019 agreement "
        "(published 2024: three years ago = 2021)",
        fix="Give the year instead of the count (\"in 2019\"), or correct the count.",
        needs_published=True,
    ),
    Rule(
        "T104", "tense-date-conflict", "temporal", "warning",
        flags="A past event dated after the publication date, or an upcoming event dated "
        "before it.",
        why="The year or the tense is wrong: an article cannot report as done what has not "
        "happened yet.",
        example="The plant was opened in 2027 (published 2025).",
        fix="Correct the year, or the tense if the event is still to come.",
        needs_published=True,
    ),
    Rule(
        "T105", "relative-day-conflict", "temporal", "warning",
        flags="A relative day (\"yesterday\", \"on Friday\") that is not the explicit date given "
        "for the same event.",
        why="Relative days go stale when copy is held over or republished.",
        example="Yesterday's vote was close. ... The vote on May 7 followed weeks of debate "
        "(published May 11: yesterday = May 10)",
        fix="Use the explicit date, or correct the relative day.",
        needs_published=True,
    ),
    Rule(
        "T106", "age-birth-conflict", "temporal", "error",
        flags="An age that the birth date, or an age given at a dated time, rules out "
        "(\"Lopez, 29, was born in 1991\" in 2025).",
        why="One of the numbers is wrong, or the age went stale when copy was reused.",
        example="Lopez, 29, was born in 1991 (published 2025: 33 or 34).",
        fix="Recompute the age from the birth date, or correct the date.",
        needs_published=True,
    ),
    Rule(
        "T107", "elapsed-between-dates", "temporal", "error",
        flags="A count of years that the dates beside it contradict: \"five years ago in "
        "2014\", \"ten years later (1854)\" after 1846, \"the 16th anniversary\" of 2001 in "
        "2016.",
        why="The count or a date is wrong; readers who do the sum stop trusting the story.",
        example="That was just five years ago in 2014 (published 2017: three years).",
        fix="Correct the count, or drop it and keep the dates.",
        needs_published=True,
    ),
)
_RULES = {rule.code: rule for rule in RULES}

_DESK_REACH = 330  # days: past "on Nov. 27" in a Nov. 6 story cannot be last November
WINDOW = 8  # sentences between two mentions of one event
NEARBY = 32  # explicit dates compared on each side, so a list of thousands stays linear
_WEEKDAY = "|".join(WEEKDAY_NAMES)
# A weekday just before a date, or opening it ("Friday, May 15, 2025").
_WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY}),?\s+(the\s+)?$", re.IGNORECASE)
_WEEKDAY_START = re.compile(rf"^(?:(?:this|next|last|coming)\s+)*({_WEEKDAY}),?\s+", re.IGNORECASE)
_PAST_AUX = frozenset({"was", "were", "had", "has", "have"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll"})
_MODAL_OR_INFINITIVE = frozenset({"will", "would", "to", "shall", "could", "can", "may", "might",
                                  "should", "must", "be", "being", "is", "are", "am"})
# Verbs whose date is a target, not the time of the act: "postponed ... in 2027".
_TARGET_VERBS = frozenset(
    {"schedule", "reschedule", "set", "plan", "postpone", "delay", "move", "push", "extend",
     "expect", "slate", "forecast", "project", "target", "aim", "predict", "estimate", "book",
     "propose", "due", "defer", "fix", "budget", "require", "need", "call", "intend", "hope",
     "want", "see", "invite", "say", "tell", "announce", "report", "state", "add", "note"}
)
_FUTURE_WORDS = re.compile(r"\b(will|would|shall|plans?|planned|scheduled|expected|due|set to)\b",
                           re.IGNORECASE)
# A clause whose past tense may lie ahead of its main clause: "after the lease ended in 1999,
# the city would ...".
_SUBORDINATE = re.compile(r"\b(after|when|once|until|before|if|unless)\b[^,;:]*$",
                          re.IGNORECASE)
_AHEAD_WORDS = re.compile(r"\b(will|would|shall|must|should|can|could|may|might|plans?|planned"
                          r"|scheduled|expected|due|set to|if|unless|to)\b", re.IGNORECASE)
_OTHER_YEAR = re.compile(r"year[- ]ago|a year (?:earlier|before)|(?:previous|prior|last) year",
                         re.IGNORECASE)
_YEARS = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "weekend"})
_DATE_PREPS = frozenset({"in", "on", "at", "during"})
_FOLLOW_OK = frozenset(
    {"and", "or", "but", "to", "when", "after", "before", "with", "as", "at", "in", "on", "for",
     "from", "by", "if", "while", "because", "that", "which", "who", "where", "than", "said",
     "says", "so", "amid", "even", "though", "although", "despite", "until", "then", "is", "are",
     "was", "were", "has", "have", "had", "will", "would", "under", "against", "into", "over"}
)


def detect(doc: Document) -> Iterator[Finding]:
    """Yield T101–T105 findings; rules that need the publication date run only with one."""
    yield from weekday_mismatches(doc, _RULES["T102"])
    published = doc.article.published
    if published is None:
        return
    yield from relative_day_mismatches(doc, _RULES["T105"])
    yield from relative_year_appositions(doc, _RULES["T101"])
    yield from same_period_comparisons(doc, _RULES["T101"])
    yield from age_conflicts(doc, _RULES["T106"])
    yield from elapsed_conflicts(doc, _RULES["T107"])
    sentences = [(s.start, s.end) for s in doc.sentences]
    mentions = link(doc.text, doc.dates, sentences)
    yield from _event_conflicts(doc, mentions, published)
    yield from _tense_conflicts(doc, published)


# T101, T103, T105 -------------------------------------------------------------------------


def _event_conflicts(doc: Document, mentions: list[EventMention],
                     published: date) -> Iterator[Finding]:
    """T101, T103, T105: a deictic date of an event that an explicit date contradicts."""
    explicit = [m for m in mentions if m.timex.explicit and interval(m.timex)]
    positions = [m.timex.start for m in explicit]
    for mention in mentions:
        tx = mention.timex
        if not tx.deictic:
            continue
        span = _relative_interval(tx, published)
        if span is None:
            continue
        here = bisect_left(positions, tx.start)
        nearby = explicit[max(here - NEARBY, 0) : here + NEARBY]
        others = [m for m in nearby if m.timex is not tx and same_event(mention, m)
                  and abs(m.sentence - mention.sentence) <= WINDOW]
        spans = {interval(m.timex) for m in others}
        if len(spans) != 1:
            continue  # no explicit date for the event, or several that disagree
        other_span = spans.pop()
        written = next((m.timex for m in others if m.timex.has_year), others[0].timex)
        if other_span is None or any(overlaps(span, s) for s in _readings(written, other_span)):
            continue
        code = _code(tx, span, other_span)
        if code is not None:
            other = min(others, key=lambda m: abs(m.timex.start - tx.start))
            yield _event_finding(doc, code, mention, other, (span, other_span), published)


def _readings(tx: TimeExpression, span: tuple[date, date]) -> list[tuple[date, date]]:
    """The intervals an explicit date may mean: a date without its year ("September") may
    belong to the year before or after the one it was resolved to."""
    if tx.has_year:
        return [span]
    readings = [span]
    for shift in (-1, 1):
        try:
            readings.append((span[0].replace(year=span[0].year + shift),
                             span[1].replace(year=span[1].year + shift)))
        except ValueError:
            continue  # February 29
    return readings


def _code(tx: TimeExpression, span: tuple[date, date],
          other_span: tuple[date, date]) -> str | None:
    """Pick T103 (elapsed time), T105 (relative day) or T101; None when they agree after all."""
    if tx.ago:
        return "T103"
    if not tx.named_day or span[0] != span[1]:
        return "T101"
    named = tx.weekday
    if named is not None and other_span[0] == other_span[1] and other_span[0].weekday() == named:
        return None  # "Friday" and "May 15" agree: only the week is in doubt
    return "T105"


def _relative_interval(tx: TimeExpression, published: date) -> tuple[date, date] | None:
    """The interval a relative expression allows; counts back ("ago") are approximate."""
    span = interval(tx)
    if not tx.ago:
        return span
    if tx.granularity in ("decade", "century") or span is None:
        return None  # "more than a decade ago" is too vague to contradict a year
    span = widen_ago(span)
    if tx.mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        return (date.min, span[1])
    if tx.mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        return (span[0], published)
    return span


def _event_finding(doc: Document, code: str, mention: EventMention, other: EventMention,
                   spans: tuple[tuple[date, date], tuple[date, date]],
                   published: date) -> Finding:
    """The finding on `mention`, whose date `other` contradicts."""
    text, tx, ox = doc.text, mention.timex, other.timex
    span, other_span = spans
    end = possessive_end(text, tx)
    said, noun = text[tx.start : end], text[mention.noun_start : mention.noun_end]
    explicit = _strip_preposition(ox.text)
    if end != tx.end or said.endswith(("'s", "’s")):
        article = "The" if said[0].isupper() else "the"
        suggestion = f"{article} {explicit}{text[end : mention.noun_end]}"  # "the 2022 talks"
    else:
        suggestion = ("on " if other_span[0] == other_span[1] else "in ") + explicit
    shown = show(interval(tx) or span) if code == "T103" else show(span)
    message = (f"“{said}” puts the {noun} in {shown} (counted from publication on "
               f"{published.isoformat()}), but “{ox.text}” dates the same {noun} to "
               f"{show(other_span)}")
    near = code == "T105" and abs((span[0] - other_span[0]).days) <= 1
    related = (Span(ox.start, ox.end, ox.text, "conflicting date"),
               Span(mention.noun_start, mention.noun_end, noun, "event"))
    return _RULES[code].finding(doc, tx.start, end, message, score=0.6 if near else 0.8,
                                evidence=(f"{said} = {shown}", show(other_span)),
                                related=related, suggestion=suggestion)


def _strip_preposition(value: str) -> str:
    """`value` without a leading "in", "on", "at", "during" or "of"."""
    return re.sub(r"^(in|on|at|during|of)\s+", "", value, flags=re.IGNORECASE)


# T104 --------------------------------------------------------------------------------------


def _tense_conflicts(doc: Document, published: date) -> Iterator[Finding]:
    """T104: a past event dated after publication, or an upcoming one dated before it."""
    text = doc.text
    for tx in doc.dates:
        span = interval(tx)
        if tx.type != "DATE" or span is None or not tx.explicit:
            continue
        if not tx.has_year:
            span = _desk_span(tx, published)
            if span is None:
                continue
        if re.search(r"\bfiscal\b", text[max(tx.start - 8, 0) : tx.end], re.IGNORECASE):
            continue
        if tx.range_start or not _ends_phrase(text, tx):
            continue
        sentence = doc.sentences[doc.sentence_index(tx.start)] if doc.sentences else None
        sent_start = sentence.start if sentence else 0
        tense, verb = _verb_tense(text, tx, sent_start)
        if (tense == "past" and not tx.has_year
                and _AHEAD_WORDS.search(text, sent_start, text.rfind(verb, 0, tx.start))):
            continue  # "Banks must repurchase securities pledged on May 20"
        if tense == "past" and (span[0] - published).days > 1 and _far(tx, span, -1, published):
            message = (f"“{verb}” reports a past event, but “{tx.text}” is after the "
                       f"publication date ({published.isoformat()})")
        elif (tense == "future" and (published - span[1]).days > 1
              and _far(tx, span, 1, published)):
            message = (f"“{verb}” announces an upcoming event, but “{tx.text}” is before the "
                       f"publication date ({published.isoformat()})")
        else:
            continue
        yield _RULES["T104"].finding(
            doc, tx.start, tx.end, message, score=0.7,
            evidence=(f"{tx.text} = {show(span)}", f"published {published.isoformat()}"),
            related=(Span(*_verb_span(text, tx, verb), "event"),))


def _desk_span(tx: TimeExpression, published: date) -> tuple[date, date] | None:
    """A date written without its year ("on Nov. 27"), read in the publication year."""
    span = interval(tx)
    if span is None or tx.granularity not in ("day", "month") or tx.deictic:
        return None
    try:
        return (span[0].replace(year=published.year), span[1].replace(year=published.year))
    except ValueError:
        return None  # February 29


def _far(tx: TimeExpression, span: tuple[date, date], shift: int, published: date) -> bool:
    """Whether a yearless date is wrong in every reading: the occurrence a year before (for a
    past event) or after (for an upcoming one) lies more than half a year from publication,
    so no desk would have left the year out."""
    if tx.has_year:
        return True
    try:
        other = span[0].replace(year=span[0].year + shift)
    except ValueError:
        return False
    return abs((other - published).days) > _DESK_REACH


def _ends_phrase(text: str, tx: TimeExpression) -> bool:
    """Whether the date ends its phrase ("in 2019."), rather than modifying ("2019 results")."""
    following = tokenize(text, tx.end, min(tx.end + 30, len(text)))
    if not following:
        return True
    word = following[0]
    return (not word.text[0].isalnum() or word.lower in _FOLLOW_OK
            or word.lower.endswith("ly") or (word.lower.endswith("ed") and bool(
                verb_lemma(word.text))))


def _verb_tense(text: str, tx: TimeExpression, sent_start: int) -> tuple[str | None, str]:
    """Return ("past" | "future" | None, verb) for the verb the date directly follows.

    Stricter than `timex.tense.tense_near`, which reads the nearest tense marker to choose a
    date's reading: a contradiction is flagged only when the date's own verb ("opened in
    2027") has the tense, not a verb nearby ("will omit its dividend in 1986").
    """
    sent_start = max(sent_start, tx.start - WINDOW_CHARS)
    tokens = tokenize(text, sent_start, tx.start)
    i = len(tokens) - 1
    if i < 1 or tokens[i].lower not in _DATE_PREPS or not tokens[i - 1].text[0].isalpha():
        return _relaxed(text, tx, sent_start)
    verb = tokens[i - 1]
    before: list[str] = []  # up to three words before the verb, within its clause
    for tok in reversed(tokens[max(i - 4, 0) : i - 1]):
        if not tok.text[0].isalnum():
            break
        before.insert(0, tok.lower)
    lemma = verb_lemma(verb.text)
    if lemma is None and not _FUTURE_WORDS.search(text, sent_start, tx.start):
        return _relaxed(text, tx, sent_start)
    if before[-1:] and (before[-1] in _FUTURE_AUX or (
            before[-2:-1] and before[-2] in _FUTURE_AUX and before[-1] in ("be", "have"))):
        return "future", verb.text  # "will meet in 2019", "will be held in 2019"
    if (lemma is None or lemma in _TARGET_VERBS
            or any(w in _MODAL_OR_INFINITIVE for w in before[-2:])
            or _FUTURE_WORDS.search(text, sent_start, verb.start)
            or _SUBORDINATE.search(text, sent_start, verb.start)):
        return None, verb.text  # "will extend ..., with a payment permitted on July 15, 1987"
    if verb.lower != lemma or (before and before[-1] in _PAST_AUX):
        return "past", verb.text
    return None, verb.text


def _relaxed(text: str, tx: TimeExpression, sent_start: int) -> tuple[str | None, str]:
    """The clause's tense read back to its verb group (`tense.clause_tense`); a past tense
    only when nothing earlier in the sentence points ahead ("must", "will", "plans")."""
    if tx.has_year:
        return None, ""  # a written year far from its verb may date the object ("a review in 2008")
    before = tokenize(text, max(sent_start, tx.start - 40), tx.start)[-3:]
    if before and before[-1].lower in ("the", "a", "an"):
        before = before[:-1]
    if before and before[-1].lower == "of" and not (
            len(before) > 1 and before[-2].lower in _DAY_PARTS):
        return None, ""
    if before and before[-1].lower not in _DATE_PREPS and not verb_lemma(before[-1].text):
        return None, ""  # "by June 1", "for 2018", "through July": a target, not a time
    if not tx.has_year and (_OTHER_YEAR.search(text, sent_start, tx.end) or any(
            int(y) != tx.first.year for y in _YEARS.findall(text, max(tx.start - 300, 0),
                                                            tx.start) if tx.first)):
        return None, ""  # "the second quarter ended Oct. 31" a year ago; a story set in 1980
    tense, verb, at = clause_tense(text, tx.start, sent_start, _TARGET_VERBS)
    if tense == "past" and (_AHEAD_WORDS.search(text, sent_start, at)
                            or _SUBORDINATE.search(text, sent_start, at)):
        return None, verb
    return tense, verb


def _verb_span(text: str, tx: TimeExpression, verb: str) -> tuple[int, int, str]:
    """The span of `verb`, the last one before the date."""
    start = text.rfind(verb, 0, tx.start)
    return (start, start + len(verb), verb)
