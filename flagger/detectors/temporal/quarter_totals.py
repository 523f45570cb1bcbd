"""A quarter reported in prose against the months to date reported right after it (T107).

"a loss of 158,000 dlrs in the second quarter ... For the nine months, the company reported
a net loss of 608,000 dlrs": the months to date after a second quarter are six, after a third
nine, so one of the two labels is wrong. A first quarter has no months to date.

Only a sentence that reports results (a figure) for one ordinal quarter is read, followed
(next, or after one sentence that names no quarter) by a sentence that opens with bare
months to date ("For the nine months,", "In the first half") and gives a figure. Months to
date with their own end or year ("the nine months ended March 31", "the first half of 1986")
may be another calendar or year, and are left alone, as is a body that speaks of a changed
fiscal year or a transition period. Warnings, on the quarter.

A quarter and months to date told as one period with one end ("the third quarter and six
months ended January 31") must agree too: the warning covers both labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_QUARTER = lazy(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b",
                re.IGNORECASE)
_NUMBER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
           "4th": 4}
_TO_DATE = lazy(
    r"\s*(?P<label>(?:for|in|during)\s+the\s+(?:first\s+)?(?:(?P<n>six|nine|6|9)[- ]months?|"
    r"(?P<half>half(?:[- ]year)?)))\b(?![- ](?:ago|earlier|before))"
    r"(?!\s+(?:of|ended|ending|to|through|thru|since|from|in)\b|\s+\d)",
    re.IGNORECASE)
_JOINED = lazy(
    r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\s+and\s+(?:the\s+)?"
    r"(?:first\s+)?(?P<months>(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]+months?|"
    r"(?P<half>half))\s+"
    r"(?:ended|ending)\b", re.IGNORECASE)
_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
BACK = 2  # sentences before the months to date that may report the quarter
_FIGURE = lazy(r"\d")
_CHANGED_YEAR = lazy(
    r"fiscal\s+year\s+(?:change|end)|chang\w*\s+(?:its\s+|the\s+)?fiscal|transition(?:al)?\s+"
    r"period", re.IGNORECASE)


def quarter_total_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107 warnings for a quarter whose months to date, in the next sentence, disagree."""
    text, sentences = doc.text, doc.sentences
    low = doc.lowered or text.lower()
    if "quarter" not in low or ("months" not in low and "half" not in low) \
            or _CHANGED_YEAR.search(text):
        return
    yield from _joined(doc, rule)
    for index, after in enumerate(sentences):
        to_date = _TO_DATE.match(text, after.start)
        if to_date is None or not _FIGURE.search(text, to_date.end(), after.end):
            continue
        found = _reported_quarter(doc, index)
        if found is None:
            continue
        quarter, number = found
        months = 6 if to_date["half"] else 6 if to_date["n"].lower() in ("six", "6") else 9
        if months == 3 * number:
            continue
        todate = f"the months to date after quarter {number} are {3 * number}" if number > 1 \
            else "quarter 1 has no months to date"
        start, end = to_date.span("label")
        words = text[start:end]
        yield rule.finding(
            doc, quarter.start(), quarter.end(),
            f"“{quarter.group()}” is followed by results “{words}” ({months} months), but "
            f"{todate}: one of the two period labels is wrong",
            score=0.7, severity="warning",
            evidence=(f"quarter {number} × 3 = {3 * number} months", f"to date: {months} months"),
            related=(Span(start, end, words, "months to date"),))


def _joined(doc: Document, rule: Rule) -> Iterator[Finding]:
    """A quarter and its months to date ended on one day, whose months are not three a
    quarter."""
    for match in _JOINED.finditer(doc.text):
        number = _NUMBER[match["q"].lower()]
        n = match["n"]
        months = 6 if match["half"] else _MONTHS.get(n.lower()) or int(n)
        if months == 3 * number:
            continue
        words = " ".join(doc.text[match.start() : match.end("months")].split())
        yield rule.finding(
            doc, match.start(), match.end("months"),
            f"“{words}” end on the same day, but the months to date after quarter {number} "
            f"are {3 * number}, not {months}: one of the two period labels is wrong",
            score=0.7, severity="warning",
            evidence=(f"quarter {number} × 3 = {3 * number} months", f"to date: {months} months"))


def _reported_quarter(doc: Document, index: int) -> tuple[re.Match[str], int] | None:
    """The one ordinal quarter whose results the nearest of the BACK sentences before
    `index` that names a quarter reports, with its number."""
    text = doc.text
    for here in reversed(doc.sentences[max(0, index - BACK) : index]):
        quarters = list(_QUARTER.finditer(text, here.start, here.end))
        if not quarters:
            continue
        numbers = {_NUMBER[re.split(r"[- ]", q.group().lower())[0]] for q in quarters}
        if len(numbers) != 1 or not _FIGURE.search(text, here.start, here.end):
            return None
        return quarters[0], numbers.pop()
    return None
