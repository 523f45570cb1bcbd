"""T104: results reported for a period that has not ended at publication, whatever the wording
of its end: "the quarter ended May 31" in a story of 19 March, "sales for the five weeks ending
April 11 rose" on 9 April, a wire headline "ACME CORP SIX MTHS MARCH 31 NET" or "ACME 1ST QTR
JUNE 30" on 17 March, a table label "Qtr ends April 30" or "March 31 end" over "Shr" rows.

A period (a quarter, a half, a year, "N weeks", "N months") is closed by its last day: after
"ended", "ending", "ends", "to" or "through", as a headline's day after the period, or as the
label line of a results table (read only over one). "Ended" says the period is over; any
other wording counts only when the figures are out: the article holds a results table (a
"Shr", "Net", "Revs" or "Sales" row with "vs"), or the sentence tells a result in the past
("rose", "fell", "was"), and nothing in the sentence or headline looks ahead ("expects",
"will", "forecast"), nor does the sentence speak of a year-ago period before it ("the
comparable year-ago quarter, the second quarter ended Oct. 31" is last year's).
A day without a year is read in the publication year unless a year back is the nearer
reading (the desk's rule near a year's turn): it is wrong only when it lies after
publication and the same day a year back is more than half a year before it, as results come
out within months of a period's end; a whole year's figures are cited until the next year's,
so a year back is read for a year unless it lies more than `tense.DESK_REACH` days back ("the
year ended June 28" in March is last June). A day with its year is read as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS
from flagger.detectors.temporal.quarter_headlines import RESULTS_REACH
from flagger.detectors.temporal.tense import DESK_REACH
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
        r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DAY = (rf"{_MON}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)"
        r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
_PERIOD = (rf"(?:quarter|qtr|half|half-year|year|period|(?:\d{{1,2}}|{NUMBER_WORDS})\s+"
           r"(?:weeks|months|mths|wks))")
_BODY = lazy(rf"\b(?P<period>{_PERIOD})\s+(?P<verb>ended|ending|ends|to|through)\s+{_DAY}",
             re.IGNORECASE)
_CLOSING = lazy(rf"(?:ended|ending|ends|to|through)\s+{_MON}", re.IGNORECASE)
_CLOSERS = ("ended", "ending", "ends", "to", "through")
"""`_BODY` is tried only where a closing word stands before a month (found by `str.find`)."""
_BEFORE = lazy(rf"\b{_PERIOD}\s+$", re.IGNORECASE)
_LABELS = (lazy(rf"^[ \t]*(?P<period>qtr|quarter|period|year|half)\s+(?P<verb>ends?|ended)\s+"
                rf"{_DAY}[ \t]*$", re.IGNORECASE | re.MULTILINE),
           lazy(rf"^[ \t]*{_DAY}\s+end[ \t]*$", re.IGNORECASE | re.MULTILINE))
_HEAD = lazy(r"\b(?P<period>(?:1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)\s+(?:QTR|QUARTER|HALF)"
             rf"|(?:\d{{1,2}}|SIX|NINE|THREE|TWELVE)\s+(?:MTHS|MONTHS|WKS|WEEKS)|YEAR)\s+{_DAY}"
             r"(?=\s*(?:NET|LOSS|PROFIT|SHR|EARNINGS|RESULTS|SALES|REVS?)\b|\s*$)", re.IGNORECASE)
_TABLE = lazy(r"^[ \t]*(?:oper\s+)?(?:shr|net|revs?|sales|profit|loss)\b[^\n]*\bvs\b",
              re.IGNORECASE | re.MULTILINE)
_PAST_RESULT = lazy(r"\b(?:rose|fell|increased|decreased|declined|dropped|climbed|grew|"
                    r"totaled|totalled|was|were|earned|lost|reported|posted|amounted)\b",
                    re.IGNORECASE)
_AHEAD = lazy(r"\b(?:expects?|expected|expecting|forecasts?|predicts?|projects?|projected|"
              r"estimates?|sees?|will|would|could|should|might|plans?|hopes?|targets?|"
              r"outlook|budget\w*|extend\w*|to\s+report|to\s+post)\b", re.IGNORECASE)
_YEAR_AGO = lazy(r"\byear[- ]ago\b|\b(?:a|the)\s+year\s+(?:earlier|before)\b|"
                 r"\b(?:previous|prior|last|comparable)\s+(?:fiscal\s+)?year\b", re.IGNORECASE)


def results_period_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T104: "sales for the five weeks ended April 11 rose" in a story of 9 April."""
    published = doc.article.published
    if published is None:
        return
    text, head = doc.text, doc.headline
    table = "vs" in text and _TABLE.search(text) is not None
    seen: set[int] = set()  # "Qtr ends April 30" is a phrase and a label line
    labels = (m for label in _LABELS for m in label.finditer(text)) if table else ()
    for match in (*_phrases(text, doc.lowered), *labels):
        sentence = doc.sentences[doc.sentence_index(match.start())] if doc.sentences else None
        lo, hi = (sentence.start, sentence.end) if sentence else (0, len(text))
        past = (match.groupdict().get("verb") or "").lower() == "ended"
        reported = table or _PAST_RESULT.search(text, match.end(), hi) is not None
        if (_AHEAD.search(text, lo, hi) or _YEAR_AGO.search(text, lo, match.start())
                or not (past or reported)):
            continue
        found = _unended(match, published)
        if found is not None and match.start("mon") not in seen:
            seen.add(match.start("mon"))
            yield _finding(doc, rule, match, found, published)
    if head is not None and table and not any(c.islower() for c in head.text) and not (
            _AHEAD.search(head.text)):
        for match in _HEAD.finditer(head.text):
            found = _unended(match, published)
            if found is not None:
                yield _finding(head, rule, match, found, published)


def _phrases(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """The matches of `_BODY` in `text`, tried only where a closing word meets a month."""
    for closing in finditer_at(_CLOSING, text, low, _CLOSERS):
        period = _BEFORE.search(text, max(closing.start() - 24, 0), closing.start())
        match = _BODY.match(text, period.start()) if period else None
        if match is not None:
            yield match


def _unended(match: re.Match[str], published: date) -> date | None:
    """The period's last day when it lies after publication and no reading a year back fits."""
    month = MONTHS.get(match["mon"].lower().rstrip("."))
    if month is None:
        return None
    year = int(match["year"]) if match["year"] else published.year
    try:
        ends = date(year, month, int(match["day"]))
        before = ends.replace(year=year - 1)
    except ValueError:
        return None  # "Feb 29", "April 31"
    if (ends - published).days <= 1:
        return None
    reach = DESK_REACH if _annual(match.groupdict().get("period")) else RESULTS_REACH
    if match["year"] is None and (published - before).days <= reach:
        return None
    return ends


def _annual(period: str | None) -> bool:
    """Whether a period is a whole year ("year", "52 weeks", "12 months"), whose figures are
    cited until the next year's are out."""
    words = (period or "").lower().split()
    return words[-1:] == ["year"] or words[:1] in (["12"], ["twelve"], ["52"], ["53"])


def _finding(doc: Document, rule: Rule, match: re.Match[str], ends: date,
             published: date) -> Finding:
    """T104 on the day that closes a period reported as over."""
    said = doc.text[match.start("mon") : match.end("year") if match["year"] else match.end("day")]
    period = match.groupdict().get("period") or "period"
    year = "" if match["year"] else f" (read in {published.year})"
    days = (ends - published).days
    return rule.finding(
        doc, match.start("mon"), match.start("mon") + len(said),
        f"results are given for a {period.lower()} that ends on “{said}”{year}, {days} days "
        f"after the publication date ({published.isoformat()}): it had not ended",
        score=0.7, severity="warning",
        evidence=(f"{said} = {ends.isoformat()}", f"published {published.isoformat()}"),
        related=(Span(match.start(), match.end(), match.group(), "period"),),
        suggestion="Check the day, the year or the period.")
