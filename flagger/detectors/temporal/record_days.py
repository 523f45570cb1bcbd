"""T107: a count between a dividend's dates that the dates themselves rule out: "Pay April 24,
two months after the record date ... Record March 31" (24 days), "payable April 17, a month
after the record date, to holders of record April 10" (a week), "Record March 23, six weeks
before payment ... Pay April 3" (11 days).

A dividend notice dates its record and its payment by a label ("Record March 31", "holders of
record April 10", "Pay April 24", "payable April 17"); a count "after the record date" or
"before payment" set off after one of the days (past a comma) runs from the other, which the
article must label with one day only. Counts are read by `count_phrases`; a bare count of
weeks or days is read as "about" it (notices round them), and either end may be included.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.count_backs import count_finding, counted_date
from flagger.detectors.temporal.count_phrases import counts, misfit
from flagger.report.finding import Finding

_GATE = lazy(r"(?i)\b(?:after|before)\s+(?:the\s+)?(?:record\s+date|date\s+of\s+record|"
             r"pay(?:ment|able)?(?:\s+date)?)\b")
_TOWARD = lazy(r"(?i)\s+(?P<way>after|before)\s+(?:the\s+)?(?:(?P<record>record\s+date|"
               r"date\s+of\s+record)|pay(?:ment|able)?(?:\s+date)?)\b")
_OWN = lazy(r"\s*,\s*$")
"""Between the count's own day and the count: "Pay April 24, "."""
_RECORD = lazy(r"(?i)\b(?:record(?:\s+date)?|of\s+record)(?:\s+(?:is|of|on))?\s*$")
_PAY = lazy(r"(?i)\b(?:pay(?:able)?|paid|payment(?:\s+date)?)(?:\s+(?:is|on))?\s*$")
_LABEL = 24  # characters before a day that may hold its label
_LOOSE = frozenset({"week", "day"})


def record_day_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "N units after the record date" (or "before payment") that the notice's own
    record and payment days rule out."""
    text, published = doc.text, doc.article.published
    if published is None or _GATE.search(text) is None:
        return
    days = [tx for tx in doc.dates if counted_date(tx) and tx.granularity == "day"]
    records = _labelled(text, days, _RECORD)
    payments = _labelled(text, days, _PAY)
    for sentence in doc.sentences:
        if _GATE.search(text, sentence.start, sentence.end) is None:
            continue
        for count in counts(text, sentence.start, sentence.end):
            toward = _TOWARD.match(text, count.end, sentence.end)
            own = next((tx for tx in days if tx.end <= count.start
                        and _OWN.match(text[tx.end : count.start])), None)
            if toward is None or own is None:
                continue
            others = {tx.first: tx for tx in (records if toward["record"] else payments)
                      if tx is not own}
            if len(others) != 1:
                continue
            other = next(iter(others.values()))
            early, late = (other, own) if toward["way"].lower() == "after" else (own, other)
            assert early.first is not None and late.first is not None
            loose = (dataclasses.replace(count, rough="about")
                     if not count.rough and count.unit in _LOOSE else count)
            found = misfit(loose, early.first, early.first, late.first,
                           late.first + timedelta(days=1))
            if found:
                yield count_finding(doc, rule, count.start, toward.end(), other,
                                    f"from {early.text} to {late.text}", found)


def _labelled(text: str, days: list[TimeExpression], label: re.Pattern[str]
              ) -> list[TimeExpression]:
    """The days that a label ("Record", "payable") stands just before."""
    return [tx for tx in days
            if label.search(text, max(tx.start - _LABEL, 0), tx.start) is not None]
