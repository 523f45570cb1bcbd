"""Publication dates: parsed from options, JSON fields and datelines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY_MONTH_YEAR = lazy(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})"
)
_MONTH_DAY_YEAR = lazy(
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
)
_ISO = lazy(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?"
)
_TIME = r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?"
DATELINE = lazy(
    rf"^(?P<source>[^\n]{{0,80}}?)\s*[-–—|,]\s*(?P<date>(?:\d{{1,2}}\s+[A-Za-z]{{3,9}}\.?,?\s+\d{{4}}|"
    rf"[A-Za-z]{{3,9}}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME})\s*$",
    re.MULTILINE,
)

_PROSE_WORD = lazy(r"\b[a-z][a-z'’]+\b")
PROSE_WORDS = 3
"""A dateline's lead ("By Jane Doe, Reuters", "Posted on Tuesday") holds a few lower-case words
at most; more make it a line of wrapped prose that ends with a date ("report a second quarter
ending Friday, March 28, 1987")."""


def datelines(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Yield the dateline matches between `start` and `end` whose lead is no line of prose."""
    for match in DATELINE.finditer(text, start, len(text) if end is None else end):
        if len(_PROSE_WORD.findall(match["source"])) <= PROSE_WORDS:
            yield match


class DateError(ValueError):
    """A publication date that cannot be read or does not exist."""


def _build(year: str, month: str, day: str, original: str) -> date:
    """Return the date, or a DateError naming the impossible value."""
    number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    if number is None:
        raise DateError(f"unknown month {month!r} in date {original!r}")
    try:
        return date(int(year), number, int(day))
    except ValueError as error:
        raise DateError(f"impossible date {original!r}: {error}") from None


def parse_published(value: str | date) -> date:
    """Read a publication date: ISO `2025-05-11` (time allowed), `11 May 2025` or `May 11, 2025`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.fullmatch(text) or pattern.match(text)
        if match and (match.end() == len(text) or re.fullmatch(_TIME, text[match.end() :])):
            return _build(match["year"], match["month"], match["day"], text)
    raise DateError(f"cannot read date {text!r}; use ISO (2025-05-11) or '11 May 2025'")


def find_dateline(text: str, lines: int = 6) -> tuple[date, str | None] | None:
    """Return the date (and outlet) of a dateline such as `Outlet - 11 May 2025 11:13`."""
    head = "\n".join(text.splitlines()[:lines])
    for match in datelines(head):
        try:
            return parse_published(match["date"]), match["source"].strip() or None
        except DateError:
            continue
    return None
