"""T101: a results table's year label that the period it can report at publication rules out.

A wire results table ("ACME CORP 3RD QTR NET", then "Shr 20 cts vs 15 cts" rows) reports a
period that has ended by publication and was closed only a few months before. Its length is the
headline's quarter (a third quarter is nine months to date) or its "YEAR", else the longest
block of the table ("Nine mths"); its year is the fiscal year it belongs to, named by the
calendar year the fiscal year ends in (or, for one ending in January to June, by the year before:
"fiscal 1986" may end in March 1987). So a nine-month period reported on 20 October 2024 ended
between June and September 2024, in a fiscal year ending September to December 2024: fiscal
2024, and the year-ago column is 2023.

- The headline's year names the period reported: "ACME CORP 2023 1ST QTR NET" on 23 April 2024
  (a first quarter of fiscal 2024), "ACME 2022 PROFIT UP" over a year reported in April 2024.
- A note's year names the current or the year-ago column: "NOTE: 2025 net excludes ..." in that
  October 2024 table is a year that has not ended, "2022 nine mths net" a year no column holds.

The period must have ended at least `LAG_DAYS` before publication and at most `STALE_MONTHS`
(annual) or `STALE_INTERIM` months (interim) before it. A headline that looks ahead ("SEES",
"EXPECTS"), names a split or second year, or a table that speaks of a changed fiscal year or a
transition period is left alone. Warnings on the label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

_ROW = lazy(r"^[ \t]*(?:oper\s+)?(?:shr|net|revs?|sales|profit|loss|turnover)\b[^\n]*\bvs\b",
            re.IGNORECASE | re.MULTILINE)
_HEAD_QUARTER = lazy(r"\b(?P<q>1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)\s+(?:QTR|QUARTER)\b",
                     re.IGNORECASE)
_HEAD_YEAR_WORD = lazy(r"\bYEAR\b", re.IGNORECASE)
_HEAD_RESULT = lazy(r"\b(?:NET|PROFITS?|LOSS|EARNINGS|RESULTS|YEAR|QTR)\b", re.IGNORECASE)
_HEAD_AHEAD = lazy(r"\b(?:SEES?|EXPECTS?|FORECASTS?|PREDICTS?|PROJECTS?|ESTIMATES?|TO\s+POST|"
                   r"TO\s+REPORT|PLANS?|TARGETS?|OUTLOOK|COULD|WILL|SHOULD)\b", re.IGNORECASE)
_HEAD_LABEL = lazy(r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)(?![\w/-])")
_SPLIT = lazy(r"(?:19|20)\d\d\s*[/-]\s*\d\d|\b(?:fiscal\s+year\s+(?:change|end)|"
              r"chang\w*\s+(?:its\s+|the\s+)?fiscal|transition(?:al)?\s+period|restat\w*|"
              r"pro\s+forma)\b", re.IGNORECASE)
_BLOCK = lazy(r"^[ \t]*(?:(?P<whole>year)(?:[ \t]+(?:19|20)\d\d)?|(?P<n>six|nine|6|9)\s+"
              r"(?:mths|months))[ \t]*\n[ \t]*(?:oper\s+)?"
              r"(?:shr|net|revs?|sales|profit|loss|turnover|div)\b", re.IGNORECASE | re.MULTILINE)
# A note's label: "NOTE: 2024 net excludes", "2023 nine mths net includes", "2024 shr and net".
_NOTE_LABEL = lazy(
    r"(?:^[ \t]*|\bnote:?\s+)(?P<year>(?:19|20)\d\d)\s+(?:(?:first|second|third|fourth|1st|2nd|"
    r"3rd|4th)\s+(?:qtr|quarter)\s+|(?:nine|six|three|9|6|3)\s+(?:mths|months)\s+|year\s+|"
    r"fourth\s+qtr\s+and\s+year\s+)?(?:oper(?:ating)?\s+)?(?:net|shr|results|earnings|loss|"
    r"profit)\b", re.IGNORECASE | re.MULTILINE)
_QUARTER = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4,
            "fourth": 4}
LAG_DAYS = 3  # the least time between a period's end and its report
STALE_MONTHS = 6  # the most months a year's results wait for their report
STALE_INTERIM = 4  # the same for a quarter or a half


def results_year_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for a results table's headline or note year that no fiscal year the
    reported period can belong to names."""
    head, published = doc.headline, doc.article.published
    text = doc.text
    if head is None or published is None or " vs " not in text or not _ROW.search(text) \
            or _SPLIT.search(text) or _SPLIT.search(head.text) \
            or _HEAD_AHEAD.search(head.text) or not _HEAD_RESULT.search(head.text):
        return
    months = _months(head.text, text)
    if months is None:
        return
    current = fiscal_years(published, months)
    head_years = list(_HEAD_LABEL.finditer(head.text))
    if len(head_years) == 1 and int(head_years[0]["year"]) not in current:
        said = head_years[0]
        yield rule.finding(
            head, *said.span(), _message(said["year"], months, published, current, "reports"),
            score=0.7, severity="warning",
            evidence=(f"{months}-month period reported on {published.isoformat()}",
                      f"fiscal year: {_shown(current)}"))
    columns = current | {year - 1 for year in current}
    for note in _NOTE_LABEL.finditer(text):
        if int(note["year"]) not in columns:
            yield rule.finding(
                doc, *note.span("year"),
                _message(note["year"], months, published, current, "labels a column of"),
                score=0.7, severity="warning",
                evidence=(f"{months}-month period reported on {published.isoformat()}",
                          f"columns: {_shown(columns)}"))


def _months(head: str, text: str) -> int | None:
    """The months the table reports: the headline's quarter (to date) or "YEAR", else the
    longest block of the table."""
    quarters = {_QUARTER[m["q"].lower()] for m in _HEAD_QUARTER.finditer(head)}
    if len(quarters) == 1:
        return 3 * quarters.pop()
    if quarters:
        return None
    if _HEAD_YEAR_WORD.search(head):
        return 12
    blocks = [12 if m["whole"] else 6 if m["n"].lower() in {"six", "6"} else 9
              for m in _BLOCK.finditer(text)]
    return max(blocks, default=None)


def fiscal_years(published: date, months: int) -> frozenset[int]:
    """The fiscal years a period of `months` months to date, reported on `published`, can
    belong to: 9 months reported on 2024-10-20 end June to September 2024, in a year ending
    September to December 2024, so {2024}."""
    stale = STALE_MONTHS if months == 12 else STALE_INTERIM
    latest = published - timedelta(days=LAG_DAYS)
    years: set[int] = set()
    for back in range(stale + 1):
        end = _month_end(latest.year, latest.month - back)
        if end > latest:
            continue
        year_end = _month_end(end.year, end.month + 12 - months)
        years.add(year_end.year)
        if year_end.month <= 6:
            years.add(year_end.year - 1)
    return frozenset(years)


def _month_end(year: int, month: int) -> date:
    """The last day of `month` of `year`, the month counted on past December or before
    January."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _shown(years: frozenset[int] | set[int]) -> str:
    return " or ".join(str(y) for y in sorted(years))


def _message(year: str, months: int, published: date, current: frozenset[int],
             verb: str) -> str:
    return (f"“{year}” {verb} the results, but a {months}-month period reported on "
            f"{published.isoformat()} belongs to fiscal {_shown(current)} (its year-ago "
            f"column to {_shown({y - 1 for y in current})})")
