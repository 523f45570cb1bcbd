"""T107: a period still to come, N days, weeks or months "until" a named day, that would have
had to begin well before publication ("the ceasefire will hold for 90 days until June 30",
published June 1: from April 1; "an extension for another six months, until July 31", published
June 20: from January 31).

The clause looks ahead or extends ("will", "would", "extend", "extension", "renew",
"another", "a further", "forced to suspend"), so the period begins at publication or later;
counted back from its end it must not begin more than a little before publication: a week (or a
tenth of the period) for days and weeks, a month for months. A period that begins later than
publication is common ("for 60 days until May 31" agreed early) and is not read. The end is an
explicit day after publication, right after "until", "till", "through" or "ending".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.terms_to_run import back
from flagger.detectors.wordscan import search_at
from flagger.report.finding import Finding

_PERIOD = lazy(
    rf"\b(?:for|of)\s+(?:(?:another|a\s+further|an\s+additional)\s+)?(?P<count>(?P<n>\d{{1,3}}|"
    rf"{NUMBER_WORDS})\s+(?P<unit>day|week|month)s?),?\s+(?:until|till|through|ending)\s+"
    r"(?:(?:on|the)\s+)?$", re.IGNORECASE)
_AHEAD = lazy(r"\b(?:will|would|shall|extend\w*|extension|renew\w*|prolong\w*|another|"
              r"further|to\s+(?:temporarily\s+)?(?:suspend|halt|close|shut|freeze|ban))\b",
              re.IGNORECASE)
_CUE_WORDS = ("until", "till", "through", "ending")
_CUES = lazy(rf"\b(?:{'|'.join(_CUE_WORDS)})\b", re.IGNORECASE)
_REACH = 60  # characters before the end day searched for the period


def ending_period_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: a period ahead that, counted back from its end, began long before publication."""
    published = doc.article.published
    text = doc.text
    if published is None or not search_at(_CUES, text, doc.lowered, _CUE_WORDS):
        return
    for tx in doc.dates:
        if (not tx.explicit or tx.type != "DATE" or tx.first is None or tx.first != tx.last
                or tx.first <= published):
            continue
        sentence = doc.sentences[doc.sentence_index(tx.start)]
        period = _PERIOD.search(text, max(tx.start - _REACH, sentence.start), tx.start)
        n = cardinal(period["n"]) if period else None
        if period is None or n is None or not _AHEAD.search(text, sentence.start, tx.start):
            continue
        unit = period["unit"].lower()
        start = back(tx.first, n, unit)
        if start >= _earliest(published, n, unit):
            continue
        yield rule.finding(
            doc, period.start("count"), period.end("count"),
            f"“{period['count']}” until “{tx.text}” ({tx.first.isoformat()}) "
            f"would begin on {start.isoformat()}, but the period lies ahead of publication "
            f"({published.isoformat()}): {(tx.first - published).days} days to run",
            score=0.6, severity="warning", evidence=(period.group(), tx.text),
            related=(Span(tx.start, tx.end, tx.text, "end"),))


def _earliest(published: date, n: int, unit: str) -> date:
    """How early a period told at publication may begin: a month before it for months, a
    week (or a tenth of the period) for days and weeks."""
    if unit == "month":
        return published - timedelta(days=31)
    days = n * (7 if unit == "week" else 1)
    return published - timedelta(days=max(7, days // 10))

