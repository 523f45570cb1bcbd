"""T101: a year label on a wire results table's column that the column's period does not hold.

A results table ("ACME CORP 4TH QTR NET", then "Shr 40 cts vs 31 cts" rows, a "Year" block)
reports, in each section, a current column and a year-ago column. Where the period ends:

- the day the headline or a table line gives ("3RD QTR FEB 28 NET", "Period ended Dec 27"),
  the latest such day at least `LAG_DAYS` before publication;
- else, when nothing speaks of a fiscal year, the calendar quarter the headline numbers (a
  fourth quarter and its year end in December), or the December, September or June a "Year",
  "Nine mths" or "Six mths" table ends in. That end must lie `LAG_DAYS` to `CALENDAR_REACH`
  days before publication: a "4TH QTR" table of 4 March 2025 reports October to December
  2024, its "Year" block 2024, and the year-ago column 2023.

Each section's current column covers its months up to that end, the year-ago column the same
months a year before. A label written on a figure of a row must fall in its column: "Net
3,100,000 vs 2,900,000 last year" in that March table dates the 2023 figure to 2024; "Shr 82
cts this year vs 70 cts" dates the 2024 figure to 2025; "vs 70 cts in the year-earlier 2024
period", "vs 70 cts in this fiscal year", "40 cts a year ago vs 31 cts" likewise. A note that
opens with a relative year ("This year's net includes ...") must name a year some column
holds. A note giving the current period's end with its year ("Period ended Feb 28 last
year") must leave the period within `STALE_MONTHS` of publication.

Tables that speak of a changed fiscal year, a transition period, restated or pro forma figures,
or split years ("1986/87"), tables with a block of its own end ("Nine mths ended Dec 31"), a
stated end more than `STALE_MONTHS` back, and headlines that look ahead are left alone. A
headline's or a note's written year may name a fiscal year ("1987" for a year ended in
January 1987): `results_years` reads those. Warnings on the label. On the 2,757 open-pool
Reuters-21578 articles with "vs" (1,919 tables read) it finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.results_years import LAG_DAYS, STALE_MONTHS
from flagger.report.finding import Finding

CALENDAR_REACH = 122  # days: a calendar quarter or year read without a stated end
_ROW = lazy(r"^[ \t]*(?:oper(?:ating)?\s+|group\s+)?(?:shr|net|revs?|revenues?|sales|profit|"
            r"loss|turnover|income|earnings|avg\s+shrs?)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
_VS = lazy(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)
_HEAD_RESULT = lazy(r"\b(?:NET|PROFITS?|LOSS|EARNINGS|RESULTS|YEAR|QTR|SHR|CALENDAR)\b",
                    re.IGNORECASE)
_HEAD_AHEAD = lazy(r"\b(?:SEES?|EXPECTS?|FORECASTS?|PREDICTS?|PROJECTS?|ESTIMATES?|TO\s+POST|"
                   r"TO\s+REPORT|PLANS?|TARGETS?|OUTLOOK|COULD|WILL|SHOULD)\b", re.IGNORECASE)
_HEAD_PERIOD = lazy(r"\b(?:(?P<q>1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)\s+(?:QTR|QUARTER)|"
                    r"(?P<year>YEAR|CALENDAR)|(?P<n>THREE|SIX|NINE|TWELVE|3|6|9|12)\s+"
                    r"(?:MTHS|MONTHS)|(?P<half>(?:1ST|FIRST)\s+HALF|HALF[- ]YEAR))\b",
                    re.IGNORECASE)
_HEAD_END = lazy(r"\b(?:QTR|QUARTER|MTHS|MONTHS|YEAR|HALF|WKS|WEEKS)\s+(?:END(?:ED|ING)\s+)?"
                 r"(?P<month>[A-Z]{3,9})\.?\s+(?P<day>[0-3]?\d)\b", re.IGNORECASE)
_END_LINE = lazy(
    r"^[ \t]*(?:notes?:?\s*)?(?:(?:the\s+)?(?:current\s+)?(?:period|qtr|quarter|year|half)s?\s+"
    r"(?:now\s+)?end(?:ed|s|ing)?)\s+(?P<month>[a-z]{3,9})\.?\s+(?P<day>[0-3]?\d)\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b|\s+(?P<rel>last|this)\s+year\b)?",
    re.IGNORECASE | re.MULTILINE)
_BLOCK = lazy(r"^[ \t]*(?:(?P<year>year|12\s+(?:mths|months))|(?P<n>three|six|nine|3|6|9)\s+"
              r"(?:mths|months)|(?P<half>(?:1st|first)\s+half)|(?P<qtr>qtr|quarter))"
              r"(?P<ended>[ \t]+end[^\n]*)?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_SPLIT = lazy(r"(?:19|20)\d\d\s*[/-]\s*\d\d|\b(?:fiscal\s+year\s+(?:change|end)|"
              r"chang\w*\s+(?:its\s+|the\s+)?fiscal|transition(?:al)?\s+period|restat\w*|"
              r"pro\s+forma|reclassif\w*)\b", re.IGNORECASE)
_FISCAL = lazy(r"\bfiscal\b", re.IGNORECASE)
# A stated end in the headline ("YEAR ENDED JAN THREE"), not a year ("YEAR END 2024").
_ENDED = lazy(r"\bend(?:ed|ing|s)?\s+(?!(?:19|20)\d\d\b)\w", re.IGNORECASE)
# A label on a figure: "last year", "this year's", "in this fiscal year", "in the
# year-earlier 2024 period", "a year ago", "prior year".
_LABEL = lazy(
    r"\b(?:(?P<role_now>(?:this|current)\s+fiscal\s+year|current\s+year)|"
    r"(?P<rel>last|this)\s+year(?:'s|’s)?|"
    r"(?:in\s+(?:the\s+)?(?:year[- ](?:earlier|ago)\s+)?|(?:the\s+)?year[- ](?:earlier|ago)\s+)"
    r"(?P<year>(?:19|20)\d\d)|"
    r"(?P<role_then>(?:a\s+)?year\s+(?:ago|earlier)|(?:the\s+)?(?:prior|previous)\s+year))\b",
    re.IGNORECASE)
_NOTE = lazy(r"^[ \t]*(?:notes?\s*[:-]?\s*)?(?P<rel>last|this)\s+year(?:'s|’s)\s+(?:[a-z.]+\s+)"
             r"{0,4}?(?:net|results|earnings|shr|figures|loss|profit|revs|sales)\b",
             re.IGNORECASE | re.MULTILINE)
_DIGIT = lazy(r"\d")
_QUARTER = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4,
            "fourth": 4}
_WORDS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}


@dataclass(frozen=True)
class Section:
    """Rows of one period length: from `start` in the text, `months` up to `end`."""

    start: int
    months: int
    end: date

    def years(self, back: int) -> tuple[int, int]:
        """The calendar years the column `back` years before the current one spans."""
        end = self.end.replace(day=1)
        first = _month_end(end.year, end.month - self.months + 1)
        return first.year - back, end.year - back


def column_year_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for year labels of a results table that no column they label holds."""
    head, published = doc.headline, doc.article.published
    text = doc.text
    if head is None or published is None or ("vs" not in text and "versus" not in text) \
            or not _VS.search(text) or not _ROW.search(text) \
            or _SPLIT.search(text) or _SPLIT.search(head.text) or _HEAD_AHEAD.search(head.text):
        return
    yield from _period_ends(doc, rule, published)
    if not _HEAD_RESULT.search(head.text):
        return
    sections = _sections(head.text, text, published)
    if not sections:
        return
    for row in _ROW.finditer(text):
        section = next((s for s in reversed(sections) if s.start <= row.start()), None)
        parts = list(_VS.finditer(text, row.start(), row.end()))
        if section is None or len(parts) != 1:
            continue
        middle = parts[0]
        for start, end, back in ((row.start(), middle.start(), 0),
                                 (middle.end(), row.end(), 1)):
            for label in _LABEL.finditer(text, start, end):
                if back == 0 and not _DIGIT.search(text, start, label.start()):
                    continue  # "Net 1986 ..." names no column
                finding = _label_finding(doc, rule, label, section, back, published)
                if finding is not None:
                    yield finding
    yield from _note_years(doc, rule, sections, published)


def _label_finding(doc: Document, rule: Rule, label: re.Match[str], section: Section,
                   back: int, published: date) -> Finding | None:
    """The warning for `label` on the column `back` years before the current one, or None
    when the column holds what it names."""
    first, last = section.years(back)
    column = "year-ago" if back else "current"
    if label["role_now"] or label["role_then"]:
        if bool(label["role_then"]) == bool(back):
            return None
        said = f"a {'current' if label['role_now'] else 'year-ago'} label"
    else:
        year = int(label["year"]) if label["year"] else \
            published.year - (label["rel"].lower() == "last")
        if first <= year <= last:
            return None
        said = str(year)
    span = _years(first, last)
    words = label.group()
    return rule.finding(
        doc, *label.span(),
        f"“{words}” ({said}) labels the {column} column, but that column of this "
        f"{section.months}-month section, reported on {published.isoformat()} for a period "
        f"ending {section.end.isoformat()}, is {span}",
        score=0.7, severity="warning",
        evidence=(f"period ends {section.end.isoformat()}", f"{column} column: {span}"))


def _note_years(doc: Document, rule: Rule, sections: list[Section],
                published: date) -> Iterator[Finding]:
    """Warnings for notes opening with a relative year that no column of the table holds."""
    spans = [s.years(back) for s in sections for back in (0, 1)]
    first, last = min(f for f, _ in spans), max(t for _, t in spans)
    for note in _NOTE.finditer(doc.text):
        year = published.year - (note["rel"].lower() == "last")
        if not first <= year <= last:
            start, end = note.span("rel")
            yield rule.finding(
                doc, start, end + len(" year"),
                f"“{note['rel']} year” ({year}) labels figures of this table, but its "
                f"columns, reported on {published.isoformat()}, hold {_years(first, last)}",
                score=0.7, severity="warning",
                evidence=(f"{note['rel']} year = {year}", f"columns: {_years(first, last)}"))


def _period_ends(doc: Document, rule: Rule, published: date) -> Iterator[Finding]:
    """Warnings for a note giving the current period's end with a year that puts the period
    more than `STALE_MONTHS` before publication, or after it."""
    for line in _END_LINE.finditer(doc.text):
        month = MONTHS.get(line["month"].lower())
        if month is None or not (line["year"] or line["rel"]):
            continue
        year = int(line["year"]) if line["year"] else \
            published.year - (line["rel"].lower() == "last")
        try:
            ends = date(year, month, int(line["day"]))
        except ValueError:
            continue
        if _month_end(published.year, published.month - STALE_MONTHS) <= ends \
                <= published - timedelta(days=LAG_DAYS):
            continue
        start, stop = line.span("year") if line["year"] else line.span("rel")
        if line["rel"]:
            stop += len(" year")
        yield rule.finding(
            doc, start, stop,
            f"The table's period is said to end on {ends.isoformat()}, but results reported "
            f"on {published.isoformat()} are for a period ended within the "
            f"{STALE_MONTHS} months before",
            score=0.7, severity="warning",
            evidence=(f"period end {ends.isoformat()}", f"published {published.isoformat()}"))


def _sections(head: str, text: str, published: date) -> list[Section]:
    """The table's sections, each with its months and end; empty when the end is unknown."""
    periods = list(_HEAD_PERIOD.finditer(head))
    if len(periods) > 1:
        return []
    said = periods[0] if periods else None
    blocks = list(_BLOCK.finditer(text))
    if any(b["ended"] for b in blocks):
        return []  # a block with its own end ("Nine mths ended Dec 31"): another calendar
    stated = _stated_end(head, text, published)
    end = stated if stated is not None else _calendar_end(said, blocks, text, head, published)
    if end is None:
        return []
    sections = [] if said is None else [Section(0, _months(said), end)]
    for block in blocks:
        months = 12 if block["year"] else 3 if block["qtr"] else 6 if block["half"] else \
            _WORDS.get(block["n"].lower()) or int(block["n"])
        sections.append(Section(block.start(), months, end))
    return sections


def _months(said: re.Match[str]) -> int:
    """The months of the headline's period: a quarter's three, a year's twelve."""
    if said["q"]:
        return 3
    if said["year"] or said["half"]:
        return 12 if said["year"] else 6
    return _WORDS.get(said["n"].lower()) or int(said["n"])


def _stated_end(head: str, text: str, published: date) -> date | None:
    """The latest day before publication that the headline or a yearless table line gives as
    the period's end ("3RD QTR FEB 28", "Period ended Dec 27")."""
    found = [m for m in (_HEAD_END.search(head), *_END_LINE.finditer(text))
             if m is not None and not (m.groupdict().get("year") or m.groupdict().get("rel"))]
    ends: set[date] = set()
    for match in found:
        month = MONTHS.get(match["month"].lower())
        if month is None:
            continue
        latest = published - timedelta(days=LAG_DAYS)
        year = latest.year if month <= latest.month else latest.year - 1
        ends.add(_month_end(year, month))
    if len(ends) != 1:
        return None
    end = ends.pop()
    return end if end >= _month_end(published.year, published.month - STALE_MONTHS) else None


def _calendar_end(said: re.Match[str] | None, blocks: list[re.Match[str]], text: str,
                  head: str, published: date) -> date | None:
    """The calendar quarter's end the table reports when no fiscal year is named: the month
    its quarter number, "Year" or longest block gives, within `CALENDAR_REACH` days."""
    if _FISCAL.search(text) or _FISCAL.search(head) or _ENDED.search(head):
        return None
    if said is not None:
        month = 12 if said["year"] else 3 * _QUARTER[said["q"].lower()] if said["q"] else \
            _months(said)
    else:
        lengths = [12 if b["year"] else 6 if b["half"] else _WORDS.get((b["n"] or "").lower())
                   for b in blocks]
        month = max((n for n in lengths if n in (6, 9, 12)), default=0)
    if month not in (3, 6, 9, 12):
        return None
    latest = published - timedelta(days=LAG_DAYS)
    end = _month_end(latest.year if month <= latest.month else latest.year - 1, month)
    return end if (published - end).days <= CALENDAR_REACH else None


def _month_end(year: int, month: int) -> date:
    """The last day of `month` of `year`, the month counted on past December or before
    January."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _years(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"
