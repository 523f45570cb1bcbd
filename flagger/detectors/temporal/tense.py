"""T104: a past event dated after publication, or an upcoming one dated before it.

`_verb_tense` reads a verb directly before the date's preposition ("opened in 2027"); when a
verb stands further back ("had submitted his resignation to the president on Aug. 27", "will
start commercial operation on May 1st") the verb that governs the date is found by
`governor.governing_tense`. Dates without a year are read in the publication year, except in
a story that opens on a full date of an earlier year ("On April 18, 2019, ..."), which is set
in that year until it writes a date of the publication year.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ahead import ahead_in_clause
from flagger.detectors.temporal.date_phrase import ends_phrase, opens_its_clause, prenominal
from flagger.detectors.temporal.dated_nouns import noun_time
from flagger.detectors.temporal.dates import interval, show, week_of
from flagger.detectors.temporal.day_words import yesterday
from flagger.detectors.temporal.deadlines import deadline_future
from flagger.detectors.temporal.events import WINDOW_CHARS, Token, tokenize, verb_lemma
from flagger.detectors.temporal.future_years import future_year
from flagger.detectors.temporal.governor import governing_tense
from flagger.detectors.temporal.headline_posts import headline_posts
from flagger.detectors.temporal.live import live_until
from flagger.detectors.temporal.measured_months import measured_month
from flagger.detectors.temporal.past_years import past_year
from flagger.detectors.temporal.period_ends import period_ended, period_ending
from flagger.detectors.temporal.quarter_headlines import headline_quarters
from flagger.detectors.temporal.quarters import unfinished_quarters
from flagger.detectors.temporal.range_ends import range_end
from flagger.detectors.temporal.schedule_days import present_schedule
from flagger.detectors.temporal.scheduled import headline_plan, scheduled_event
from flagger.detectors.temporal.upcoming import upcoming
from flagger.detectors.temporal.verb_words import DATE_PREPS, SPEECH
from flagger.report.finding import Finding

DESK_REACH = 330  # days: past "on Nov. 27" in a Nov. 6 story cannot be last November
# Days ahead: a desk writes the year of a date in another year more than half a year off, so
# "will begin trading on January 29" in a March story is not next January.
_DESK_AHEAD = 183
_PAST_AUX = frozenset({"was", "were", "had", "has", "have"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll"})
_MODAL_OR_INFINITIVE = frozenset({"will", "would", "to", "shall", "could", "can", "may", "might",
                                  "should", "must", "be", "being", "is", "are", "am",
                                  "get", "gets", "getting", "become", "becomes"})
# Verbs whose date is a target, not the time of the act: "postponed ... in 2027".
_TARGET_VERBS = frozenset(
    {"schedule", "reschedule", "set", "plan", "postpone", "delay", "move", "push", "extend",
     "expect", "slate", "forecast", "project", "target", "aim", "predict", "estimate", "book",
     "propose", "due", "defer", "fix", "budget", "require", "need", "call", "intend", "hope",
     "want", "see", "invite"}
)
_FALLS_DUE = lazy(r"\s+(?:then\s+|also\s+|still\s+)?due\b", re.IGNORECASE)
"""A past copula before "due" tells when something falls due, not a past act."""
_HELD_ON = lazy(r"\b(?:(?:outstanding|of\s+record)\s+(?:at|on|as\s+of)|payable(?:\s+on)?"
                r"|effective(?:\s+(?:on|from|as\s+of))?)\s+$", re.IGNORECASE)
"""A day after "outstanding" or "of record" dates what is held then, one after "payable" the day
a payment falls due, and one after "effective" the day a change takes effect, not the act of the
clause ("declared a dividend payable April 15", "said effective July 15 it is raising prices")."""
_NAMED_AS = lazy(r"\s+as\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:deadline|date|day|target|cut-?off|limit)\b", re.IGNORECASE)
"""A day named as a deadline or a date ("set April 15 as the deadline") is the day set, not the
day the setting was done or said."""
_FUTURE_WORDS = lazy(
    r"\b(will|would|shall|plans?|planned|scheduled|expected|due|set to)\b",
    re.IGNORECASE)
# A clause whose past tense may lie ahead of its main clause: "after the lease ended in 1999,
# the city would ...".
_SUBORDINATE = lazy(r"\b(after|when|once|until|before|if|unless)\b[^,;:]*$",
                               re.IGNORECASE)
_OTHER_YEAR = lazy(r"year[- ]ago|a year (?:earlier|before)|(?:previous|prior|last) year",
                              re.IGNORECASE)
# A date that dates the base figure of a change, not the change: "from 319 mln on April 30".
_BASE_FIGURE = lazy(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?[$£€]?\d[\d.,]*\s*"
                               r"(?:[A-Za-z%]+\s+){0,3}(?:on|in|at)\s+$")
# A paragraph that ends by introducing a quoted report: "As Bearing Arms reported:".
_INTRODUCES = lazy(r"\b(?:reported|reports|wrote|writes|noted|notes|explained)\s*:\s*$")
_SENTENCE_END = lazy(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)"
                                r"[.!?][\"”’]?\s+(?=[\"“A-Z])")
_YEARS = lazy(r"\b(?:1[6-9]|20)\d\d\b")
# The year a security matures in dates no event of the sentence: "bonds due 2013", "12 pct
# notes of 2016", "a eurobond due March 31, 2002".
_MATURITY = lazy(r"(?:\bdue|\b(?:bonds?|notes?|debentures?|debt|loans?|stock)\s+of)\s+"
                            r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?$")
# The year in a title names no scene: "the Visiting Forces Agreement of 1998".
_TITLE_YEAR = lazy(r"\b[A-Z][\w'’-]*\s+[A-Z][a-z]+\s+of\s+$")
_RANGE_OPEN = lazy(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = lazy(r"\s*(?:and|to|through|until|-|–)\s*")
# T104 --------------------------------------------------------------------------------------


def tense_conflicts(doc: Document, published: date, rule: Rule) -> Iterator[Finding]:
    """T104: a past event dated after publication, or an upcoming one dated before it."""
    text = doc.text
    found: list[tuple[date | None, Finding]] = []  # the day of a past event, and its finding
    past_after: set[date] = set()  # days after publication reported as past: a live page?
    covered = 0  # where the span of the last finding ends
    for first, tx in zip((None, *doc.dates), doc.dates):
        span, told = interval(tx), yesterday(text, tx, published)  # "will vote yesterday"
        if told is not None:
            span = told
        elif tx.type != "DATE" or span is None or not tx.explicit:
            continue
        elif not tx.has_year:
            span = desk_span(tx, published)
            if span is None:
                continue
        if re.search(r"\bfiscal\b", text[max(tx.start - 8, 0) : tx.end], re.IGNORECASE):
            continue
        # "will be held Nov. 14-15", "from Oct. 15 to 26": over only after its last day
        closed = range_end(text, tx.end, span[0]) if tx.granularity == "day" else None
        if tx.start < covered or (tx.range_start and closed is None):
            continue  # the last day of a span already read, or a span of another shape
        end, span = (closed[0], (span[0], closed[1])) if closed else (tx.end, span)
        named_day, span = span, week_of(text, tx, span)  # "reopen the week of May 5"
        sentence = doc.sentences[doc.sentence_index(tx.start)] if doc.sentences else None
        sent_start = sentence.start if sentence else 0
        named = noun_time(text, tx, sentence.end if sentence else len(text))
        phrase = (ends_phrase(text, tx, end) or prenominal(text, tx)
                  or opens_its_clause(text, tx, sent_start))  # "On May 2 Acme said"
        if not phrase and named[0] is None:
            continue
        tense, verb = _verb_tense(text, tx, sent_start) if phrase else named
        if tense is None:
            tense, verb = _relaxed(text, tx, sent_start, published.year, first)
        if tense is None:
            tense, verb = scheduled_event(text, tx, sent_start)
        if tense is None and doc.field == "title":
            tense, verb = headline_plan(text, tx)
        if tense is None and doc.field == "title":
            tense, verb = headline_posts(text, tx)  # "Mayor on Twitter (May 3)"
        if tense is None:
            marker = future_year(text, tx, sent_start, published)
            if marker is not None:
                tense, verb = "future", text[marker[0] : marker[1]]
        if tense is None:
            tense, verb = upcoming(doc, tx, sent_start, span)
        if tense is None:
            tense, verb = present_schedule(text, tx, sent_start)  # "is scheduled for May 8"
        if tense is None:
            tense, verb = deadline_future(doc, tx, end, sent_start, span)  # "will close by March 6"
        if tense is None:
            tense, verb = named  # "an April 28 order that banned gatherings"
        if tense == "future" and _another_year(text, tx, sent_start, published.year):
            continue  # "Sales will peak in 2026. Delivery will begin on May 3."
        if _BASE_FIGURE.search(text, max(tx.start - 60, sent_start), tx.start):
            continue  # "debt will rise to 1.1 billion from 319 mln on April 30": the base's date
        ended = period_ended(text, tx.start)
        if tense == "future" and not tx.has_year and period_ending(text, tx.start):
            continue  # "profits will fall in the year ending March 31": the next March 31
        if ended is not None and tense is None and not _another_year(text, tx, sent_start):
            tense, verb = "past", text[ended[0] : ended[1]]  # "the quarter ended March 31"
        at = text.rfind(verb, max(tx.start - WINDOW_CHARS, 0), tx.start)
        if (tense == "past" and not tx.has_year and at >= 0 and ended is None
                and ahead_in_clause(_clause(text, sent_start, at + 1), Token(at, at, verb))):
            continue  # "Banks must repurchase securities pledged on May 20"
        if tense == "past" and at >= 0 and _FALLS_DUE.match(text, at + len(verb)):
            continue  # "Payment was due April 16": the day it falls due, told in the past
        if _NAMED_AS.match(text, end):
            continue  # "said it set April 15 as the deadline"
        if _HELD_ON.search(text, max(tx.start - 30, 0), tx.start):
            continue  # "contracts outstanding at March 13": the day dates the holding
        year = "" if tx.has_year or told else f" (read in {published.year})"
        said = text[tx.start : end]
        # No day's slack for a past day ("said on March 31" on March 30); a month starting
        # the day after may be last year's ("named in December" on November 30).
        if (tense == "past" and (span[0] - published).days > (tx.granularity != "day")
                and far_reading(tx, span, -1, published)):
            days = (named_day[0] - published).days
            message = (f"“{verb}” reports a past event, but “{said}”{year} is {_days(days)} "
                       f"after the publication date ({published.isoformat()})")
            if ended is None:
                past_after.add(named_day[0])  # "the year ended June 30, 1988" reports no event
        elif (tense == "future" and (published - span[1]).days > (0 if told else 1)
              and (told or far_reading(tx, span, 1, published))  # a day's slack, not "yesterday"
              and not (tx.granularity == "month" and measured_month(text, max(at, sent_start),
                                                                    tx.start))):
            days = (published - named_day[1]).days
            message = (f"“{verb}” announces an upcoming event, but “{said}”{year} is {_days(days)} "
                       f"before the publication date ({published.isoformat()})")
        else:
            continue
        if not tx.has_year and (_quoted_report(text, tx.start)
                                or (tense == "past" and _set_earlier(doc, tx, published))):
            continue
        covered = end
        found.append((named_day[0] if tense == "past" else None, rule.finding(
            doc, tx.start, end, message, score=0.7,
            evidence=(f"{said} = {show(named_day)}", f"published {published.isoformat()}"),
            related=(Span(*_verb_span(text, tx, verb), "event"),))))
    for sentence in doc.sentences:
        if "uarter" in sentence.text:
            for match, ends in unfinished_quarters(text, sentence.start, sentence.end,
                                                   published):
                found.append((ends, _quarter_finding(doc, rule, match, ends, published)))
    if doc.field == "title" and "Q" in text:
        for match, ends in headline_quarters(text, published):
            found.append((ends, _quarter_finding(doc, rule, match, ends, published)))
    until = live_until(text, past_after, published)
    yield from (finding for day, finding in found
                if day is None or until is None or day > until)


def _quarter_finding(doc: Document, rule: Rule, match: re.Match[str], ends: date,
                     published: date) -> Finding:
    """T104 on results reported for a quarter that ends after publication."""
    days = (ends - published).days
    said = match.group()
    return rule.finding(
        doc, match.start(), match.end(),
        f"“{said}” are reported as out, but the quarter ends on {ends.isoformat()}, {days} "
        f"days after the publication date ({published.isoformat()})", score=0.8,
        evidence=(said, f"published {published.isoformat()}"),
        suggestion="Check the year or the quarter.")


def _days(days: int) -> str:
    """"1 day", "5 days"."""
    return f"{days} day" if days == 1 else f"{days} days"


def desk_span(tx: TimeExpression, published: date) -> tuple[date, date] | None:
    """A date written without its year ("on Nov. 27"), read in the publication year; a month
    keeps its own last day there ("in February" read in 1988 ends on the 29th, in 1987 on the
    28th)."""
    span = interval(tx)
    if span is None or tx.granularity not in ("day", "month") or tx.deictic:
        return None
    year = published.year
    if tx.granularity == "month":
        month = span[1].month
        return (span[0].replace(year=year, day=1), date(year, month, monthrange(year, month)[1]))
    try:
        return (span[0].replace(year=year), span[1].replace(year=year))
    except ValueError:
        return None  # February 29


def _set_earlier(doc: Document, tx: TimeExpression, published: date) -> bool:
    """Whether the story opens on a full date of an earlier year, in its first sentence, and
    writes no date of the publication year before the yearless `tx` ("On April 18, 2019, ...
    He shut out Houston on May 23" in an April 2020 story): a story set in that year, whose
    yearless dates are read in it."""
    opening = doc.dates[0] if doc.dates else None
    if opening is None or opening.start >= tx.start or doc.sentence_index(opening.start) \
            or not opening.has_year or opening.granularity != "day" \
            or opening.first is None or opening.first.year >= published.year:
        return False
    return not any(d.has_year and d.first is not None and d.first.year == published.year
                   for d in doc.dates if d.start < tx.start)


def _quoted_report(text: str, start: int) -> bool:
    """Whether the paragraph at `start` is quoted from another report ("As the Herald
    reported:" closes the paragraph before): its yearless dates count from that report's
    date, which the article does not give."""
    here = text.rfind("\n\n", 0, start)
    if here < 0:
        return False
    before = text.rfind("\n\n", 0, here)
    return _INTRODUCES.search(text, max(before, here - 200, 0), here) is not None


def far_reading(tx: TimeExpression, span: tuple[date, date], shift: int,
                published: date) -> bool:
    """Whether a yearless date is wrong in every reading: the occurrence a year before (for a
    past event) lies more than `DESK_REACH` days back, or the one a year after (for an
    upcoming one) more than half a year ahead, so no desk would have left the year out."""
    if tx.has_year:
        return True
    edge = span[1] if shift < 0 else span[0]  # last December ended ten months back
    try:
        other = edge.replace(year=edge.year + shift)
    except ValueError:
        return False
    return abs((other - published).days) > (DESK_REACH if shift < 0 else _DESK_AHEAD)


def _verb_tense(text: str, tx: TimeExpression, sent_start: int) -> tuple[str | None, str]:
    """Return ("past" | "future" | None, verb) for the verb the date directly follows.

    Stricter than `timex.tense.tense_near`, which reads the nearest tense marker to choose a
    date's reading: a contradiction is flagged only when the date's own verb ("opened in
    2027") has the tense, not a verb nearby ("will omit its dividend in 1986").
    """
    sent_start = max(sent_start, tx.start - WINDOW_CHARS)
    tokens = tokenize(text, sent_start, tx.start)
    i = len(tokens) - 1
    if i < 1 or tokens[i].lower not in DATE_PREPS or not tokens[i - 1].text[0].isalpha():
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
            or _SUBORDINATE.search(text, max(sent_start, verb.start - WINDOW_CHARS), verb.start)):
        return None, verb.text  # "will extend ..., with a payment permitted on July 15, 1987"
    if verb.lower != lemma or (before and before[-1] in _PAST_AUX):
        return "past", verb.text
    return None, verb.text


def _relaxed(text: str, tx: TimeExpression, sent_start: int, published: int | None = None,
             first: TimeExpression | None = None) -> tuple[str | None, str]:
    """The tense of the verb that governs the date (`governor.governing_tense`), read from
    the `first` date of a range it ends ("between March 30 and April 28"); a past tense
    only when nothing earlier in its sentence points ahead ("must", "will", "plans")."""
    start, preps = tx.start, DATE_PREPS
    if first is not None and tx.granularity == "day" and _RANGE_JOIN.fullmatch(
            text, first.end, tx.start) and _RANGE_OPEN.search(text, first.start - 9, first.start):
        start, preps = first.start, DATE_PREPS | {"between", "from"}
    tense, verb = governing_tense(text, (start, tx.end), sent_start, tx.has_year,
                                  tx.granularity == "day", preps)
    if tense is None and tx.has_year and tx.granularity in ("year", "month"):  # "in June 2018"
        tense, verb = past_year(text, tx.start, tx.end, sent_start)
    ahead_of = published if tense == "future" else None
    if verb is None or tense is None or _another_year(text, tx, sent_start, ahead_of):
        return None, ""
    if tense == "past" and ahead_in_clause(_clause(text, sent_start, verb.start), verb):
        return None, verb.text
    sent_end = text.find(". ", tx.end, tx.end + WINDOW_CHARS)
    rest = tokenize(text, tx.end, sent_end if sent_end > 0 else tx.end + WINDOW_CHARS)
    if verb_lemma(verb.text) in SPEECH:  # "When Lee announced on May 2 he would quit, ...":
        rest = rest[next((k for k, t in enumerate(rest) if t.text == ","), len(rest)):]
    back = max(sent_start, verb.start - WINDOW_CHARS)
    if tense == "past" and _SUBORDINATE.search(text, back, verb.start) and rest and (
            ahead_in_clause(rest, rest[-1])):
        return None, verb.text  # "after the lease ended on May 30, the city would ..."
    return tense, verb.text


def _clause(text: str, sent_start: int, end: int) -> list[Token]:
    """The tokens before `end` in its sentence, at most `WINDOW_CHARS` back (a sentence of
    thousands of dates stays linear)."""
    return tokenize(text, max(sent_start, end - WINDOW_CHARS), end)


def _another_year(text: str, tx: TimeExpression, sent_start: int,
                  ahead_of: int | None = None) -> bool:
    """Whether a yearless date may belong to another year than publication's: "the second
    quarter ended Oct. 31" of the year-ago quarter; a story set in 1980. For an upcoming
    event (`ahead_of` the publication year) only a later year counts: an earlier one dates
    another, past event ("invited in July 1997, will join on February 12")."""
    if tx.has_year or tx.first is None:
        return False
    year = tx.first.year
    back = max(sent_start, tx.start - WINDOW_CHARS)
    return bool(_OTHER_YEAR.search(text, back, tx.end)) or any(
        int(y.group()) != year if ahead_of is None else int(y.group()) > ahead_of
        for y in _YEARS.finditer(text, _scene_start(text, tx, sent_start), tx.start)
        if not _MATURITY.search(text, max(y.start() - 30, 0), y.start())
        and not _TITLE_YEAR.search(text, max(y.start() - 40, 0), y.start()))


def _scene_start(text: str, tx: TimeExpression, sent_start: int) -> int:
    """Where a year may set the scene of the date at `tx`: from the sentence before its own
    (at most 300 characters back; "In 2009 she ... On Nov. 29 she wrote"), a year further
    back is another part of the story. A date before its noun ("in the Dec. 12 election")
    dates that noun's event, which any year 300 characters back may place."""
    floor = max(tx.start - 300, 0)
    if prenominal(text, tx):
        return floor
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, max(sent_start - 1, floor))]
    return ends[-1] if ends else floor


def _verb_span(text: str, tx: TimeExpression, verb: str) -> tuple[int, int, str]:
    """The span of `verb`: the last one before the date, or (for a date that opens its
    clause, "On May 30 the committee voted") the first one after it."""
    start = text.rfind(verb, max(tx.start - WINDOW_CHARS, 0), tx.start)
    if start < 0:
        start = text.find(verb, tx.end, tx.end + WINDOW_CHARS)
    return (start, start + len(verb), verb)
