"""T107: a stated span of years or months against the end the same phrase gives it, counted
from when it starts: "a two-year agreement running until mid-1992" signed in 1987 (five years),
"rights which have a term of 10 years expiring in 1992" issued in April 1987 (five), "a
five-year committed tranche maturing in 1990" arranged in March 1987 (three), "over the next
five years ending in 1989" (two), "a one-year contract that runs through 1989" (two and a
half), "for two years to March 31, 1991" (four).

The span is a count read by `count_phrases` ("five-year", "a term of 10 years", "more than four
years"; days and weeks are left to the readers of bills and running events), and its end a
written date after a word that closes it: "due", "maturing", "expiring (in)", "running until",
"ending in", "through", "to", "or until". Between them stand at most a few words of one clause
(an amount, the noun: "two-year, eight mln dlr agreement running until"), no "and" or "or", no
other count and no other date (a count set against a range, "four months from November to
January", is left to the range readers). Not read: a count without its number ("a year",
"last month"), of age, of a rate or a benchmark ("rates on 10-year issues", "the five-year
Treasury note"), a frequency or a difference ("every two years", "by 16 months"), a decimal
("7.11 years"), an average life, counts read from an event ("ago", "later", "since"), a span
whose options, extensions, renewals or delays are told before its end (they may outlast the
first term; "for two years to March 31, 1991, but is extendable" is read), nor a span with
several ends. A year's span needs an end with a written year ("four year notes maturing June
30" may be another year's June).

The end may also be told in one of the next two sentences, of the thing the span is the term of
named again ("reached agreement on a five-year contract. ... the contract is effective from
March 29, 1987, through March 31, 1990"), when neither sentence holds another count and the
span's own sentence holds no date it may start at ("its 10-year notes issued in June 2015"). A
finding spans the phrase from the count to its end when they share a sentence, else the count.

The span starts at publication, at the day before (an act told "yesterday"), or at a date the
sentence of its end writes before it after a word of starting ("from July 1, 1987 ... over the
next five years ending in 1989"), which is then the only start; a span told as "more", "another"
or "additional" may start at any written date of the article up to its end. A span "over" N
years that its end closes at once is the time it runs ("payments over two years, through 1993"),
not a bound. A fiscal year may start a year before its number. An end further than the span from the
latest start (unless the span counts "after" an event), or either way from a written start, is
wrong whatever the span's age; an end nearer than the span from publication is wrong only for a
span that starts now: its clause tells it in the present, the future or as news ("is issuing",
"will", "signed", "won", "the next"), not as old debt ("outstanding", "existing", "the remainder
of") nor as a period of accounts ("the six months ending in June").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.ago_events import RANGED
from flagger.detectors.temporal.count_backs import counted_date
from flagger.detectors.temporal.count_phrases import Count, counts, misfit
from flagger.report.finding import Finding

_GATE = lazy(r"(?i)[\s-](?:year|month)s?\b")
_CLOSES = lazy(
    r"(?i)^(?:(?!\b(?:and|or)\b)(?:[^.;:()\[\]]|(?<=\b[A-Z])\.)){0,70}?(?<![\w-])"
    r"(?:due|matur(?:e|es|ing)|expir(?:e|es|ing)|"
    r"(?:(?:run|last|continu|extend)(?:s|es|e|ing)?\s+)?(?:until|till|through|to)|"
    r"(?:end|conclud|finish)(?:s|es|e|ing)?\s+(?:in|on|by)|(?:or|and)\s+(?:until|till))"
    r"(?:\s+(?:in|on))?\s+(?:(?:the\s+)?(?:end|middle|close)\s+of\s+)?$")
"""Between the span and its end: ", eight mln dlr agreement running until", " expiring in",
" contract from the U.S. Customs Service, running through" (a capital's dot is no stop)."""
_CLOSED = lazy(r"(?i)^\s*,?\s*(?:until|till|through|to|ending\s+in)\s+(?:(?:in|on)\s+)?$")
"""Between a span "over" N years and the end that closes it at once: ", through"."""
_NOT_SPAN = lazy(
    r"(?i)[\s-]*(?:old|ago|later|earlier|before|since|high|low|record|rate|yield|"
    r"treasur|bills?\s+rate|average|moving|history|olds?)\b")
_BENCHMARK = lazy(r"(?i)\b(?:treasury|treasuries|benchmark|rate|yield|gilt|bund)s?\b")
_OUTLASTS = lazy(r"(?i)\b(?:option|extend|extension|renew|roll(?:ed|ing)?\s+over|delay|postpon|"
                 r"defer|callable|perpetual|unless|after\s+which|thereafter)")
_MORE = lazy(r"(?i)\b(?:more|another|additional|further|extra)\s+$")
_NEW = lazy(
    r"(?i)\b(?:(?:is|are)\s+(?:\w+\s+)?(?:issuing|raising|launching|offering|selling|"
    r"arranging|seeking|signing|planning)|will|would|plans?|planned|proposed|next|new|"
    r"signed|won|awarded|agreed|adopted|declared|approved|announced|arranged|launched|"
    r"offering|filed|granted|involve|expects?)\b")
_NUMBERED = lazy(r"(?i)(?:(?:more\s+than|over|nearly|almost|about|some|around|roughly|under|"
                  r"less\s+than|at\s+least)\s+)?(?!(?:an?|decade|year|month|week|day)\b)\w")
"""A count that opens with its number ("five-year", "nearly 10 years"), not "a year" (a rate's
"five pct a year") nor the "month" of "last month"."""
_NOT_COUNTED = lazy(r"(?i)(?:[\d.,/]|\b(?:by|from|every|each|per|life\s+of|average\s+of|"
                    r"(?:rates?|yields?)\s+(?:on|for)(?:\s+the)?))\s*$")
"""Before a count that is not a span: "7.11 years", "shortens it by 16 months", "every two
years", "an average life of 3.5 years", "rates on 10-year issues"."""
_CLAUSE = lazy(r"(?i).*\b(?:and|but|while|whereas)\b")
"""What comes before the span's own clause."""
_PERIOD = lazy(r"(?i)\bthe\s+(?:(?:first|past|last)\s+)?$")
_AFTER = lazy(r"(?i)\s+after\b")
_OLD = lazy(r"(?i)\b(?:outstanding|existing|redeem\w*|refinanc\w*|refund\w*|repa(?:y|id)\w*|"
            r"retir\w*|ended|expired|matured|remainder|rest|balance|unexpired)\b")
_THINGS = (r"contracts?|agreements?|pacts?|accords?|deals?|plans?|programm?es?|leases?|loans?|"
           r"credits?|facilit(?:y|ies)|licen[cs]es?|concessions?|franchises?|moratori(?:um|a)|"
           r"warrants?|rights|bonds?|notes?|debentures?|terms?")
_TERM_OF = lazy(rf"(?i)(?:[\s,-]+[\w$.'-]+){{0,4}}?[\s-]+(?P<noun>{_THINGS})\b")
"""After a span, the thing it is the term of: "-year, eight mln dlr agreement"."""
_AGAIN = lazy(rf"(?i)\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_THINGS})\b")
_NEXT = 2  # later sentences that may tell the end of the thing a span is the term of
_NEAR = 40  # characters before the span that may tell of old debt
_TOLD = 100  # characters before the span that may tell it is new
_START = lazy(r"(?i)\b(?:from|starting|beginning|effective|begins?|starts?|issued|signed|"
              r"dated|commencing|as\s+of)\s+(?:(?:on|in)\s+)?$")


def term_end_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a span whose end, told in the same phrase, lies another time from its start."""
    text, published = doc.text, doc.article.published
    if published is None or _GATE.search(text) is None:
        return
    dates = [tx for tx in doc.dates if counted_date(tx) and tx.explicit]
    for sentence in doc.sentences:
        s_start, s_end = sentence.start, sentence.end
        if _GATE.search(text, s_start, s_end) is None:
            continue
        spans = list(counts(text, s_start, s_end))
        for i, count in enumerate(spans):
            before = text[max(count.start - _NEAR, s_start) : count.start]
            if (count.unit not in ("year", "month") or not _NUMBERED.match(text, count.start)
                    or _NOT_SPAN.match(text, count.end, s_end) or _NOT_COUNTED.search(before)
                    or RANGED.search(before)):
                continue
            limit = spans[i + 1].start if i + 1 < len(spans) else s_end
            here = _inside(dates, s_start, s_end)
            told = (_told_end(text, count.end, limit, here, s_start, ranged=False)
                    or _linked_end(doc, count, dates))
            if told is None or (count.unit == "year" and not told[0].has_year):
                continue  # "four year notes maturing June 30": another year's June
            end, begun = told
            if count.rough == "over" and _CLOSED.match(text[count.end : end.start]):
                count = dataclasses.replace(count, rough="")  # "over two years, through 1993"
            found = _judge(doc, count, end, begun, s_start)
            if found:
                start = (f"“{' '.join(begun[0].text.split())}”" if len(begun) == 1 else
                         "publication" if not begun else "its start")
                yield _finding(doc, rule, count, end, start, found)


def _inside(dates: list[TimeExpression], start: int, end: int) -> list[TimeExpression]:
    return [tx for tx in dates if start <= tx.start and tx.end <= end]


def _told_end(text: str, at: int, limit: int, here: list[TimeExpression], s_start: int,
              ranged: bool = True) -> tuple[TimeExpression, list[TimeExpression]] | None:
    """The one end told from `at` on (before `limit`) in a sentence whose dates are `here`, and
    the dates that start the span before it; None when there is none, or another date (a start
    only when `ranged`: "four months from November to January" is the range readers'), a rate
    or an option stands between."""
    ends = [tx for tx in here if at <= tx.start < limit and _CLOSES.match(text[at : tx.start])]
    if len(ends) != 1 or any(at <= tx.start < ends[0].start and not (
            ranged and _started(text, tx, s_start)) for tx in here):
        return None
    end = ends[0]
    if _BENCHMARK.search(text, at, end.start) or _OUTLASTS.search(text, s_start, end.end):
        return None  # a rate's count, or an end an option may have moved
    return end, [tx for tx in here if tx.start < end.start and _started(text, tx, s_start)]


def _linked_end(doc: Document, count: Count, dates: list[TimeExpression]
                ) -> tuple[TimeExpression, list[TimeExpression]] | None:
    """The end a later sentence tells of the thing the span is the term of, told again:
    "a five-year contract. ... the contract is effective from March 29, 1987, through March 31,
    1990"; neither sentence holds another count."""
    text = doc.text
    term = _TERM_OF.match(text, count.end)
    here = doc.sentences[doc.sentence_index(count.start)]
    if term is None or len(list(counts(text, here.start, here.end))) > 1 or _inside(
            dates, here.start, here.end):
        return None  # "a seven-year bond and a nine-year bond": which is told again? "10-year
        # notes issued in June 2015": the span may start at a date of its own sentence
    noun = _kind(term["noun"])
    for sentence in doc.sentences[here.index + 1 : here.index + 1 + _NEXT]:
        again = next((m for m in _AGAIN.finditer(text, sentence.start, sentence.end)
                      if _kind(m["noun"]) == noun), None)
        if next(counts(text, sentence.start, sentence.end), None) is not None:
            return None  # a count of its own
        if again is not None:
            return _told_end(text, again.end(), sentence.end,
                             _inside(dates, sentence.start, sentence.end), sentence.start)
    return None


def _kind(noun: str) -> str:
    return noun.lower().rstrip("s")


def _started(text: str, tx: TimeExpression, s_start: int) -> bool:
    """Whether a word of starting leads the date: "from July 1, 1987", "effective March 29"."""
    return _START.search(text, max(tx.start - 30, s_start), tx.start) is not None


def _judge(doc: Document, count: Count, end: TimeExpression, begun: list[TimeExpression],
           s_start: int) -> str | None:
    """What the span covers from its start (a date `begun` gives, else publication) to `end`
    when it cannot be `count`, else None."""
    text, published = doc.text, doc.article.published
    assert published is not None and end.first is not None and end.last is not None
    starts = [tx.first for tx in begun if tx.first is not None]
    if not starts:
        starts = [published - timedelta(days=1), published]
        if _MORE.search(text, max(count.start - 20, 0), count.start):
            starts += [tx.first for tx in doc.dates if counted_date(tx) and tx.explicit
                       and tx.first is not None and tx.first <= end.first]
    first = end.first
    if "fiscal" in text[max(end.start - 8, 0) : end.end].lower():
        first = first.replace(year=first.year - 1)
    earliest, latest = min(starts), max(starts)
    if latest > first:
        return None  # the end may fall before a start: not this span's
    found = misfit(count, earliest, latest, first, end.last)
    if found is None:
        return None
    months = (end.last - earliest).days / 30.44
    if count.months <= months or begun:  # further, or from a written start
        return None if _AFTER.match(text, count.end) else found
    if _PERIOD.search(text, max(count.start - 12, 0), count.start):
        return None  # "the six months ending in June": a period that may have begun long ago
    told = max(count.start - _TOLD, s_start)
    clause = _CLAUSE.match(text[told : count.start])
    if clause:
        told += clause.end()
    if not _NEW.search(text, told, end.start) or _OLD.search(
            text, max(count.start - _NEAR, s_start), end.start):
        return None  # nearer than the span: the span may have started long ago
    return found


def _finding(doc: Document, rule: Rule, count: Count, end: TimeExpression, start: str,
             found: str) -> Finding:
    said, ends = (" ".join(words.split()) for words in (doc.text[count.start : count.end],
                                                          end.text))
    if start == "publication" and doc.article.published is not None:
        start = f"publication ({doc.article.published.isoformat()})"
    own = doc.sentence_index(end.start) == doc.sentence_index(count.start)
    return rule.finding(  # the whole phrase when it holds its end: "five years ending in 1989"
        doc, count.start, end.end if own else count.end,
        f"“{said}” ends “{ends}”, but from {start} to {ends} is {found}",
        score=0.6, severity="warning", evidence=(said, ends),
        related=(Span(end.start, end.end, end.text, "end"),))
