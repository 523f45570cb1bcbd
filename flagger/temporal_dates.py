"""Small facts about resolved time expressions: explicit or relative, granularity, overlap."""

from __future__ import annotations

import re
from datetime import date, timedelta

from flagger.timex import TimeExpression

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH = (r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|"
          r"oct(ober)?|nov(ember)?|dec(ember)?")
_MONTH_RE = re.compile(rf"\b({_MONTH})\b\.?", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<![\d.,])(1[6-9]\d\d|20\d\d)(?![\d.,]\d)")
_DEICTIC = re.compile(
    r"\b(last|next|this|coming|ago|yesterday|today|tomorrow|tonight|earlier|later|previous|"
    r"past|current|recent|following|same|that)\b",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_DAY_WORDS = re.compile(r"\b(yesterday|today|tomorrow|tonight)\b", re.IGNORECASE)
_SPLIT = re.compile(r"\s*[/–-]\s*\d")
_AGO = re.compile(r"^\s*ago\b", re.IGNORECASE)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_AGO_RE = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"fifteen|twenty|\d{1,2})\s+(day|week|month|year)s?\s+ago\b", re.IGNORECASE)


def split_year(text: str, tx: TimeExpression) -> bool:
    """Whether the expression is the first half of "1986/87" or "2019-20" (two years)."""
    return bool(_SPLIT.match(text, tx.end))


def interval(tx: TimeExpression) -> tuple[date, date] | None:
    """Return the calendar interval a resolved expression denotes, or None."""
    first, last = getattr(tx, "first", None), getattr(tx, "last", None)
    if first is None or last is None:
        return None
    return (first, last)


def is_ago(text: str, tx: TimeExpression) -> bool:
    """Whether the expression counts back from publication: "three years ago"."""
    return "ago" in tx.text.lower().split() or bool(_AGO.match(text, tx.end))


def is_relative(text: str, tx: TimeExpression) -> bool:
    """Whether the expression is deictic ("last year", "yesterday", "on Friday")."""
    return bool(_DEICTIC.search(tx.text) or _DAY_WORDS.search(tx.text) or is_ago(text, tx)
                or (_WEEKDAY_RE.search(tx.text) and not is_explicit(tx)))


def is_explicit(tx: TimeExpression) -> bool:
    """Whether the expression names its calendar date: "2022", "May 9", "March 3, 1987"."""
    return names_date(tx.text)


def names_date(text: str) -> bool:
    """Whether `text` names a calendar date with no deictic word ("May 9", not "last May")."""
    if _DEICTIC.search(text) or _DAY_WORDS.search(text):
        return False
    return bool(_YEAR_RE.search(text) or _MONTH_RE.search(text))


def has_year(text: str) -> bool:
    """Whether `text` writes a year out."""
    return bool(_YEAR_RE.search(text))


def is_day_word(tx: TimeExpression) -> bool:
    """Whether the expression is a day counted from publication ("yesterday", "Friday")."""
    return bool(_DAY_WORDS.search(tx.text) or _WEEKDAY_RE.search(tx.text))


def weekday_named(tx: TimeExpression) -> int | None:
    """Return the weekday (0 = Monday) the expression names, if any."""
    m = _WEEKDAY_RE.search(tx.text)
    return WEEKDAYS.index(m.group(1).capitalize()) if m else None


def ago_interval(text: str, tx: TimeExpression, published: date) -> tuple[date, date] | None:
    """Resolve "N units ago" when the extractor gave no interval; widened by one unit."""
    m = _AGO_RE.search(text, tx.start, min(tx.end + 5, len(text)))
    if m is None:
        return None
    word, unit = m.group(1).lower(), m.group(2).lower()
    n = int(word) if word.isdigit() else _NUMBERS[word]
    if unit == "year":
        year = published.year - n
        return (_day(year - 1, 1, 1), _day(year + 1, 12, 31))
    if unit == "month":
        first = _shift(_day(published.year, published.month, 1), -31 * n)
        return (_shift(first, -31), _shift(first, 62))
    days = n * (7 if unit == "week" else 1)
    slack = 7 if unit == "week" else 1
    return (_shift(published, -days - slack), _shift(published, -days + slack))


def widen_ago(span: tuple[date, date]) -> tuple[date, date]:
    """Widen an "N years ago" year by one year each side: such counts are approximate."""
    first, last = span
    if (last - first).days >= 364:
        return (_day(first.year - 1, 1, 1), _day(last.year + 1, 12, 31))
    if (last - first).days >= 27:
        return (_shift(first, -31), _shift(last, 31))
    return (_shift(first, -1), _shift(last, 1))


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
    next_month = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    if first.day == 1 and last == next_month - timedelta(days=1):
        return f"{first.year}-{first.month:02d}"
    return f"{first.isoformat()} – {last.isoformat()}"
