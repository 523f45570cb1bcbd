"""Calendar arithmetic and the inclusive date interval a TIMEX3 value denotes."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_VALUE = re.compile(
    r"(?P<y>\d{1,4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?:-(?P<wd>\d|WE))?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?"
)


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months, clipped to the end of the target month.

    What `day + dateutil.relativedelta(months=months)` gives, a fifth of the cost.
    """
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, monthrange(year, month + 1)[1]))


def iso_week(day: date) -> str:
    """The ISO week containing `day`, as a TIMEX3 value ("2025-W19")."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter(day: date) -> str:
    """The calendar quarter containing `day` ("2025-Q2")."""
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def _month_span(year: int, first_month: int, last_month: int) -> tuple[date, date]:
    """From the first day of `first_month` to the last of `last_month` (13 is next January)."""
    first = date(year, first_month, 1)
    last = add_months(first, last_month - first_month)
    return first, last.replace(day=monthrange(last.year, last.month)[1])


def interval(value: str) -> tuple[date | None, date | None]:
    """First and last day (inclusive) of a calendar TIMEX3 value; (None, None) otherwise.

    "199" is the 1990s, "19" the 20th century (1900-1999), "2025-WI" the winter that starts in
    December 2025. Placeholders ("XXXX-05") and references ("PAST_REF") have no interval.
    """
    match = _VALUE.fullmatch(value)
    if match is None:
        return None, None
    digits = match["y"]
    try:
        if len(digits) < 4:
            if match.lastindex != 1:
                return None, None
            scale = 10 ** (4 - len(digits))
            start = int(digits) * scale
            return date(max(start, 1), 1, 1), date(start + scale - 1, 12, 31)
        year = int(digits)
        if match["d"]:
            day = date(year, int(match["m"]), int(match["d"]))
            return day, day
        if match["m"]:
            return _month_span(year, int(match["m"]), int(match["m"]))
        if match["w"]:
            monday = date.fromisocalendar(year, int(match["w"]), 1)
            if match["wd"] == "WE":
                return monday + timedelta(days=5), monday + timedelta(days=6)
            if match["wd"]:
                day = monday + timedelta(days=int(match["wd"]) - 1)
                return day, day
            return monday, monday + timedelta(days=6)
        if match["q"]:
            first = (int(match["q"]) - 1) * 3 + 1
            return _month_span(year, first, first + 2)
        if match["h"]:
            first = (int(match["h"]) - 1) * 6 + 1
            return _month_span(year, first, first + 5)
        if match["s"]:
            return _month_span(year, *_SEASON_MONTHS[match["s"]])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None, None
