"""Calendar intervals for the temporal rules: read from an expression, widened, compared,
shown."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression

_WEEK_OF = lazy(r"\bweek(?:end)?\s+of\s+$", re.IGNORECASE)


def interval(tx: TimeExpression) -> tuple[date, date] | None:
    """Return the calendar interval a resolved expression denotes, or None."""
    if tx.first is None or tx.last is None:
        return None
    return (tx.first, tx.last)


def widen_ago(span: tuple[date, date]) -> tuple[date, date]:
    """Widen an "N years ago" year by one year each side: such counts are approximate."""
    first, last = span
    if (last - first).days >= 364:
        return (_day(first.year - 1, 1, 1), _day(last.year + 1, 12, 31))
    if (last - first).days >= 27:
        return (_shift(first, -31), _shift(last, 31))
    return (_shift(first, -1), _shift(last, 1))


def week_of(text: str, tx: TimeExpression, span: tuple[date, date]) -> tuple[date, date]:
    """The days an event dated `span` may fall on: six more either side when the day names a
    week ("reopen the week of May 5", "closed the weekend of May 16"), which may start or end
    there; otherwise `span` itself."""
    if tx.granularity == "day" and _WEEK_OF.search(text, max(tx.start - 16, 0), tx.start):
        return span[0] - timedelta(days=6), span[1] + timedelta(days=6)
    return span


def _day(year: int, month: int, day: int) -> date:
    """Return the date, clamped to the calendar `date` can hold."""
    if year < date.min.year:
        return date.min
    if year > date.max.year:
        return date.max
    return date(year, month, day)


def _shift(day: date, days: int) -> date:
    """Return `day` moved by `days`, clamped to the calendar `date` can hold."""
    if days < 0:
        return day - timedelta(days=min(-days, (day - date.min).days))
    return day + timedelta(days=min(days, (date.max - day).days))


def year_readings(span: tuple[date, date], yearless: bool) -> list[tuple[date, date]]:
    """The intervals a date may mean: one written without its year may be a year off either way."""
    readings = [span]
    if yearless:
        for shift in (-1, 1):
            try:
                readings.append((span[0].replace(year=span[0].year + shift),
                                 span[1].replace(year=span[1].year + shift)))
            except ValueError:
                continue  # February 29
    return readings


def overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two inclusive intervals share a day."""
    return a[0] <= b[1] and b[0] <= a[1]


def show(span: tuple[date, date]) -> str:
    """Format an interval at its natural granularity: 2024, 2024-04, 2025-05-10, or a range."""
    first, last = span
    if first == last:
        return first.isoformat()
    if first == date(first.year, 1, 1) and last == date(last.year, 12, 31):
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    if first.day == 1 and last == first.replace(day=monthrange(first.year, first.month)[1]):
        return f"{first.year}-{first.month:02d}"
    return f"{first.isoformat()} – {last.isoformat()}"
