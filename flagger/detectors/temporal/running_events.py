"""T107: how long a running event has lasted against the day the article says it began ("the
dockers' strike entered its 12th day" ... "The walkout started on May 2", published May 6:
its fifth day; "called off their three-week-old strike on Friday" ... "The crews walked out on
June 20", Friday June 26: six days).

The count is "its Nth day (week, month)" after the event's noun in its clause ("the strike,
now in its third week"), "N-day-old" (weeks, months) before it, or "for the past N weeks"
(days, months) after it ("strikes that have shut the port for the past ten weeks"), which the
event must have lasted at least. It is told of the day a
weekday or "yesterday" in its sentence names, else of publication. The beginning is an explicit
day after "began", "started", "erupted" or, for a strike, "walked out" or "went on strike",
within four months before that day, in a sentence naming the same kind of event (a strike
verb names a strike); the article must give the event one such day. The day of the count is
day 1 on the day it began; a day either side is allowed, a few days for weeks, half a month
for months.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.annotations.timex.lexicon import ORDINALS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, count
from flagger.detectors.wordscan import word_starts
from flagger.report.finding import Finding

_EVENTS = (r"strike|walkout|walk-out|stoppage|halt|lockout|blockade|boycott|siege|sit-in|"
           r"occupation|protest|standoff|stand-off|shutdown|dispute|talks")
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
# "the strike entered its 20th day", "the strike, now in its third week"
_NTH = lazy(rf"\b(?P<noun>{_EVENTS})e?s?\b(?P<gap>[^.;:()]{{0,40}}?)\bits\s+"
            rf"(?P<n>{_ORDINAL})\s+(?P<unit>day|week|month)\b", re.IGNORECASE)
# "their two-month-old strike", "the 11-day-old seamen's strike"
_OLD = lazy(rf"\b(?P<n>\d{{1,3}}|{NUMBER_WORDS})[\s-]+(?P<unit>day|week|month)[\s-]+old\s+"
            rf"(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_EVENTS})\b", re.IGNORECASE)
# "strikes that have disrupted the port for the past ten weeks": at least that old
_PAST = lazy(rf"\b(?P<noun>{_EVENTS})e?s?\b(?P<gap>[^.;:()]{{0,60}}?)\bfor\s+the\s+"
             rf"(?:past|last)\s+(?P<n>\d{{1,3}}|{NUMBER_WORDS})\s+(?P<unit>day|week|month)s\b",
             re.IGNORECASE)
_CUES = lazy(r"\bits\s+\w+\s+(?:day|week|month)\b|[\s-]old\s|\b(?:past|last)\s+\w+\s+"
             r"(?:day|week|month)s\b", re.IGNORECASE)
_CUE_OPENINGS = ("its", "past", "last")
"""The words a `_CUES` match opens with, but for its "old" after a space or hyphen."""
_BREAK = lazy(r"\b(?:and|but|while|after|before|when|since|because)\b", re.IGNORECASE)
_BEGAN = lazy(r"\b(?:began|begun|started|erupted|(?P<strike>walked\s+out|went\s+on\s+strike|"
              r"struck))\s+(?:on\s+)?$", re.IGNORECASE)
_STRIKES = frozenset({"strike", "walkout", "walk-out", "stoppage", "halt"})
_NAMED = lazy(rf"\b(?:{_EVENTS})s?\b", re.IGNORECASE)
_NOUN_WORDS = lazy(_EVENTS)
"""An event noun in the lower-cased text, where each count's noun must stand."""
_THEN = lazy(r"^(?:yesterday|today)$", re.IGNORECASE)
_REACH = 122  # days back from the count a beginning may lie
_SLACK = {"day": 1, "week": 3, "month": 15}
_SIZE = {"day": 1, "week": 7, "month": 30.44}


def _cued(text: str, low: str | None) -> bool:
    """Whether `_CUES` matches in `text`, trying it only where a match can open: at "its",
    "past" or "last", or just before "old" (in `low`, the text as `Document.lowered` gives it;
    None: the whole text is searched)."""
    if low is None:
        return _CUES.search(text) is not None
    starts = word_starts(low, _CUE_OPENINGS)
    at = low.find("old", 1)
    while at >= 0:
        starts.append(at - 1)  # the space or hyphen before "old"
        at = low.find("old", at + 1)
    return any(_CUES.match(text, start) for start in starts)


def running_event_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: an event's day, week or month count that the day it began rules out."""
    published = doc.article.published
    text = doc.text
    low = doc.lowered
    if published is None or (low is not None and not _NOUN_WORDS.search(low)):
        return  # every count reads an event noun: "strike" or "STRIKE" lowers to "strike"
    if not _cued(text, low):
        return
    counts = [(form, m) for form, pattern in (("nth", _NTH), ("old", _OLD), ("past", _PAST))
              for m in pattern.finditer(text)]
    for form, match in counts:
        noun = _kind(match["noun"])
        n = count(match["n"])
        if n is None or (form != "old" and _BREAK.search(match["gap"])):
            continue
        when = _told(doc, match.start(), published)
        began = {tx.first: tx for tx in _beginnings(doc, noun)
                 if tx.first is not None and 0 <= (when - tx.first).days <= _REACH}
        if len(began) != 1:
            continue
        start, told = began.popitem()
        unit = match["unit"].lower()
        days = (when - start).days
        if _fits(days, n, unit, form):
            continue
        said = {"nth": f"its {match['n']} {unit}", "old": f"{match['n']} {unit}s old",
                "past": f"the past {match['n']} {unit}s"}[form]
        yield rule.finding(
            doc, match.start("n"), match.end() if form == "past" else match.end("unit"),
            f"“{said}” on {when.isoformat()}, but “{told.text}” ({start.isoformat()}) is "
            f"{days} days before: its day {days + 1}",
            score=0.6, severity="warning", evidence=(match.group(), told.text),
            related=(Span(told.start, told.end, told.text, "began"),))


def _kind(noun: str) -> str:
    """The event's kind: a walkout, stoppage or halt is a strike."""
    noun = noun.lower().removesuffix("s")
    return "strike" if noun in _STRIKES else noun


def _told(doc: Document, start: int, published: date) -> date:
    """The day the count is told of: a weekday, "yesterday" or "today" in its sentence, else
    publication."""
    sentence = doc.sentences[doc.sentence_index(start)]
    days = [tx.first for tx in doc.dates
            if sentence.start <= tx.start < sentence.end and tx.type == "DATE"
            and tx.first is not None and tx.first == tx.last
            and (tx.weekday is not None or _THEN.match(tx.text))]
    return days[0] if len(days) == 1 and days[0] is not None else published


def _beginnings(doc: Document, noun: str) -> Iterator[TimeExpression]:
    """The explicit days the article says an event of the kind began on."""
    text = doc.text
    for tx in doc.dates:
        if not tx.explicit or tx.type != "DATE" or tx.first is None or tx.first != tx.last:
            continue
        cue = _BEGAN.search(text, max(tx.start - 30, 0), tx.start)
        if cue is None:
            continue
        sentence = doc.sentences[doc.sentence_index(tx.start)]
        named = {_kind(m.group()) for m in _NAMED.finditer(sentence.text)}
        if noun in named or (cue["strike"] and noun == "strike"):
            yield tx


def _fits(days: int, n: int, unit: str, form: str) -> bool:
    """Whether `days` after the beginning the event is in its `n`th unit (day 1 the day it
    began), is `n` units old, or has run at least the past `n` units, with the slack the unit
    allows."""
    size, slack = _SIZE[unit], _SLACK[unit]
    if form == "nth":
        return (n - 1) * size - slack <= days <= n * size + slack
    if form == "past":
        return days >= (n - 0.5) * size - slack
    return (n - 0.5) * size - slack <= days <= (n + 0.5) * size + slack
