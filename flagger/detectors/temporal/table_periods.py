"""A headline quarter that the results table's year-to-date block contradicts (T107, warning):
"BROWN-FORMAN INC 4TH QTR NET" over a table whose second block is headed "Nine mths" (the
months to date after a fourth quarter are twelve, after a third nine, after a second six).

Only a wire results table is read: a line that is only a period label ("Nine mths", "Year",
"1st half", "39 wks", "Nine mths ended Dec 31", nothing after it) followed by a "Shr", "Net",
"Revs" or "Sales" row. A first quarter has no year to date, so a six- or nine-month block
contradicts it (a "Year" block may be last year's); "12 mths" is the trailing year utilities
give with any quarter and is not compared. A body that speaks of a changed fiscal
year or a transition period is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_HEADLINE_QUARTER = lazy(
    r"\b(?P<q>1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)\s+(?:QTR|QUARTER)\b")
_BLOCK_LABEL = lazy(
    r"^[ \t]*(?P<label>year|(?P<n>six|nine|6|9)\s+(?:mths|months)|(?:1st|first)\s+half|"
    r"(?P<weeks>2[4-8]|3[7-9]|40|5[0-3])\s+(?:wks|weeks))"
    r"(?:\s+ended\s+[a-z]+\.?\s+\d{1,2})?[ \t]*\n[ \t]*"
    r"(?:oper\s+)?(?:shr|net|revs?|sales)\b",
    re.IGNORECASE | re.MULTILINE)
_CHANGED_YEAR = lazy(
    r"fiscal\s+year\s+(?:change|end)|chang\w*\s+(?:its\s+|the\s+)?fiscal|transition(?:al)?\s+period",
    re.IGNORECASE)
_QUARTER_NUMBER = {"1ST": 1, "FIRST": 1, "2ND": 2, "SECOND": 2, "3RD": 3, "THIRD": 3,
                   "4TH": 4, "FOURTH": 4}
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def table_period_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: the headline's quarter against the months of the table's year-to-date blocks."""
    head = doc.headline
    if head is None or " vs " not in doc.text:
        return
    quarters = {_QUARTER_NUMBER[m["q"]]: m for m in _HEADLINE_QUARTER.finditer(head.text)}
    if len(quarters) != 1:
        return
    number, said = next(iter(quarters.items()))
    if _CHANGED_YEAR.search(doc.text):
        return
    labels = [(m, _months(m)) for m in _BLOCK_LABEL.finditer(doc.text)]
    if number == 1:  # no year to date; a "Year" block may be the last full year
        labels = [(m, months) for m, months in labels if months in (6, 9)]
    if not labels or any(months == 3 * number for _, months in labels):
        return
    label, months = labels[0]
    start, end = label.span("label")
    written = doc.text[start:end]
    todate = f"whose year to date is {3 * number} months" if number > 1 else \
        "which has no year to date"
    yield rule.finding(
        head, *said.span(),
        f"The headline reports the {_ORDINAL[number]} quarter, {todate}, but the table's "
        f"cumulative block is “{written}” ({months} months): one of the two period labels is "
        f"wrong",
        score=0.8, severity="warning",
        evidence=(f"quarter {number} × 3 = {3 * number} months", f"table: {written}"),
        related=(Span(start, end, written, "table period", "text"),),
    )


def _months(label: re.Match[str]) -> int:
    """The months a block label covers: "Nine mths" 9, "Year" 12, "26 wks" 6."""
    if label["weeks"]:
        return round(int(label["weeks"]) / 52 * 12 / 3) * 3
    if label["n"]:
        return 6 if label["n"].lower() in {"six", "6"} else 9
    return 12 if label["label"].lower() == "year" else 6
