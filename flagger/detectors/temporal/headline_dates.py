"""How a headline date and a body date compare: whether each can be compared, the unit it is
precise to, and whether two agree ("MARCH" and "March 3" agree, "APRIL 20" and "April 21" do not,
"next month" and "April 8" may agree but never conflict). Two dates both counted from
publication do conflict across units: a headline's "TOMORROW" is not in the lede's "next week"
or "next month", whatever the day. A headline's year holds the body's months: "WINS
CONTRACTS LAST YEAR" (2024) over "won contracts ... in February" in a March 2025 story
conflicts, the yearless month read as the one within `MONTH_REACH` days of publication."""

from __future__ import annotations

import re
from datetime import date

from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.annotations.timex.lexicon import FIXED_HOLIDAYS, MOVABLE_HOLIDAYS, WEEKDAY_NAMES
from flagger.detectors.temporal.dates import overlaps, show, year_readings

WEEK = 10  # days from publication within which a weekday names that week's day
MONTH_REACH = 330  # days from publication within which a yearless month names its month
_DAY_WORD = lazy(r"\b(?:" + "|".join(WEEKDAY_NAMES) + r"|today|tonight|tomorrow|"
                            r"this\s+(?:morning|afternoon|evening)|"
                            r"yesterday|last\s+night|\d{1,2}[/.-]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                            r"oct|nov|dec)[a-z]*\.?\s+\d)", re.IGNORECASE)
# A part of a year ("early 1989", "the end of next year") still dates its story to that year.
_PARTS = frozenset({"START", "MID", "END"})


def usable(tx: TimeExpression) -> bool:
    """Whether a date can be compared: one resolved day or period, not a count, a range or
    the modal "may"; a week only when counted from publication ("next week"). The start or end
    of a day ("early Tuesday afternoon", "late Monday") is that day."""
    part = tx.mod is None or (tx.mod in _PARTS and grain(tx) in ("day", "year"))
    units = ("day", "week", "month", "year") if tx.deictic else ("day", "month", "year")
    return (tx.first is not None and tx.last is not None and not tx.ago
            and not tx.range_start and part and grain(tx) in units
            and tx.text.lower() != "may")


_HOLIDAYS = frozenset(name.lower() for name in (*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS))
_WHEN = lazy(r"\b(?:on|by|before|after|until|till|for|at|over|since|from|through|this|next|"
             r"last|in|during|ahead\s+of)\s+$", re.IGNORECASE)


def holiday_thing(title: str, tx: TimeExpression) -> bool:
    """Whether a holiday in a headline names the holiday itself ("… Ruined Trump's
    Christmas"), not the day something happens ("Strike called off on Christmas Eve"): no
    preposition of time stands before it."""
    name = re.sub(r"\s*\d{4}$", "", tx.text).lower()
    return name in _HOLIDAYS and not _WHEN.search(title, max(tx.start - 12, 0), tx.start)


def grain(tx: TimeExpression) -> str | None:
    """The unit a date is precise to; a time of day ("Thursday night") counts as its day, a
    clock time alone ("1:30 p.m. EST") names no day."""
    if tx.type == "TIME":
        named = _DAY_WORD.search(tx.text)
        return "day" if named and tx.first is not None and tx.first == tx.last else None
    return tx.granularity if tx.type == "DATE" else None


def weekday_only(tx: TimeExpression) -> bool:
    """A weekday named without its date ("on Tuesday")."""
    return tx.weekday is not None and not tx.explicit


def readings(tx: TimeExpression) -> list[tuple[date, date]]:
    """The intervals a resolved date may mean (see `year_readings`)."""
    assert tx.first is not None and tx.last is not None
    return year_readings((tx.first, tx.last), tx.explicit and not tx.has_year)


def agree(head: TimeExpression, body: TimeExpression, published: date) -> bool | None:
    """True when the two dates agree, False when they conflict, None when they cannot be
    compared (different precision, or a weekday far from publication)."""
    day_head, day_body = grain(head) == "day", grain(body) == "day"
    if day_head != day_body:  # "next month" and "April 8" may agree, never conflict
        if weekday_only(head) or weekday_only(body):
            return None
        assert head.first is not None and head.last is not None
        if any(overlaps((head.first, head.last), span) for span in readings(body)):
            return True
        return False if _counted_apart(head, body) else None
    if day_head and (weekday_only(head) or weekday_only(body)):
        named, other = (head, body) if weekday_only(head) else (body, head)
        if weekday_only(other):
            return named.weekday == other.weekday
        days = [span[0] for span in readings(other) if abs((span[0] - published).days) <= WEEK]
        if not days:
            return None
        return any(day.weekday() == named.weekday for day in days)
    if (grain(head), grain(body)) == ("year", "month"):
        # "WINS CONTRACTS LAST YEAR" over "won ... in February": the body's month is the one
        # within a desk's reach of publication, and a year holds its months
        assert head.first is not None and head.last is not None
        near = [s for s in readings(body) if abs((s[0] - published).days) <= MONTH_REACH]
        return any(overlaps((head.first, head.last), s) for s in near or readings(body))
    if grain(head) != grain(body) and (not (head.has_year or body.has_year)
                                       or "week" in (grain(head), grain(body))):
        return None  # "last week" dates a day, not a headline's year
    assert head.first is not None and head.last is not None
    return any(overlaps((head.first, head.last), span) for span in readings(body))


def _counted_apart(head: TimeExpression, body: TimeExpression) -> bool:
    """Whether a day and a week or month that do not overlap are both counted from
    publication ("tomorrow" and "next week"), so that neither can mean another time."""
    coarse = head if grain(body) == "day" else body
    return head.deictic and body.deictic and grain(coarse) in ("week", "month")


def same_side(a: TimeExpression, b: TimeExpression, published: date) -> bool:
    """Whether two dates lie on one side of publication: an event is not both to come and
    done ("next year's election" is not "the election in 2019")."""
    assert a.first and a.last and b.first and b.last
    return (a.last < published and b.last < published) or (a.first > published
                                                          and b.first > published)


def opposite_sides(a: TimeExpression, b: TimeExpression, published: date) -> bool:
    """Whether one date is wholly past and the other to come: a forecast and a result."""
    assert a.first and a.last and b.first and b.last
    return (a.last < published < b.first) or (b.last < published < a.first)


def reads_as(tx: TimeExpression, published: date) -> str:
    """How a date reads: a weekday by name, other dates as their interval (with the
    publication date when it was counted from it)."""
    assert tx.first is not None and tx.last is not None
    if weekday_only(tx):
        return f"a {WEEKDAY_NAMES[tx.weekday or 0]}"
    shown = show((tx.first, tx.last))
    if tx.granularity == "day":
        shown = f"{WEEKDAY_NAMES[tx.first.weekday()]} {shown}"
    if tx.deictic:
        shown += f" (published {published.isoformat()})"
    return shown
