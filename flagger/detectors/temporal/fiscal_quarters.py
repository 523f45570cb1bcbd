"""A quarter numbered against the fiscal year the article states.

A company whose fiscal year ends September 30 ends its first quarter on December 31, its second
on March 31, its third on June 30: "a loss for the third quarter ending March 31 and for the
fiscal year ending Sept 30" numbers the quarter as if the year ended in June. Read only when
the article states one fiscal year end ("fiscal year ending Sept 30", "financial year ends June
30", "fiscal 2023 ended January 31") and the quarter ends on a quarter of that year; a quarter
in another month (a 13-week period, a changed year) is left alone. Warnings (T101), the fiscal
year related.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTH_NAMES, MONTHS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4}
_QUARTER = lazy(
    rf"\b(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\s+(?:ended|ending|to)"
    rf"\s+{_MONTH}", re.IGNORECASE)
_YEAR_END = lazy(
    rf"\b(?:fiscal|financial)\s+(?:year|(?:19|20)\d\d)\s+(?:which\s+)?(?:ended|ending|ends|to)"
    rf"\s+(?:in\s+)?{_MONTH}", re.IGNORECASE)
_CUE = lazy(r"quarter\s+(?:ended|ending|to)\b", re.IGNORECASE)


def fiscal_quarter_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for a quarter whose number disagrees with the stated fiscal year end."""
    text = doc.text
    if not _CUE.search(text):
        return
    ends = list(_YEAR_END.finditer(text))
    if not ends or len({_month(m) for m in ends}) != 1:
        return
    year_end = _month(ends[0])
    for match in _QUARTER.finditer(text):
        month, nth = _month(match), _NTH[match["nth"].lower()]
        if (month - year_end) % 3:
            continue  # not a quarter end of that fiscal year
        counted = (month - year_end - 1) % 12 // 3 + 1
        if counted != nth:
            yield _finding(doc, rule, match, ends[0], counted)


def _month(match: re.Match[str]) -> int:
    """The month number of a match's month word."""
    return MONTHS[match["month"].lower()[:3]]


def _finding(doc: Document, rule: Rule, match: re.Match[str], end: re.Match[str],
             counted: int) -> Finding:
    """The warning on the quarter's number, the fiscal year end related."""
    text = doc.text
    said, stated = text[match.start() : match.end()], text[end.start() : end.end()]
    nth = ("first", "second", "third", "fourth")[counted - 1]
    message = (f"“{said}” numbers the quarter against another year: with the “{stated}” the "
               f"article states, the quarter ending in {MONTH_NAMES[_month(match) - 1]} "
               f"is the {nth}")
    return rule.finding(
        doc, match.start("nth"), match.end("nth"), message, score=0.6, severity="warning",
        evidence=(said, stated, f"quarter ending {MONTH_NAMES[_month(match) - 1]} = {nth}"),
        related=(Span(end.start(), end.end(), stated, "fiscal year end"),),
        suggestion=nth)
