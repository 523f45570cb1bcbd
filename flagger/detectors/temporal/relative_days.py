"""A relative day and the date beside it (T105): "the court ruled yesterday, May 10," in a May
14 story; "this morning, March 18," in a March 19 one; "at tomorrow's April 20 meeting" on
April 9; "today (Tuesday)" on a Wednesday.

Arithmetic alone contradicts the pair, so no event linking is needed. A yearless date is read
as `local.desk_date` reads it. A weekday after a possessive names no day ("yesterday's Sunday
Times").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import WEEKDAY_NAMES, WEEKDAYS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.local import (
    _MONTH_DAY,
    _WD,
    _YEAR,
    _date_span,
    _day,
    _month,
    desk_date,
)
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

_RELDAY = (r"(?P<rel>yesterday|today|tonight|tomorrow|last\s+night"
           r"|this\s+(?:morning|afternoon|evening))")
# "yesterday, March 3", "today (July 8)", "tomorrow, Tuesday, April 6", "today (Tuesday)",
# "last night, Aug. 9": the night before publication; "this morning, March 18", "tomorrow's
# April 20 meeting".
_RELDAY_DATE = lazy(
    rf"\b{_RELDAY}(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\s*(?:,\s*|\(\s*|\s+)"
    rf"(?:(?P<wd>{_WD})\b\s*(?:,\s*|\s+)?)?{_MONTH_DAY}?{_YEAR}", re.IGNORECASE)
_OFFSET = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1,
           "this morning": 0, "this afternoon": 0, "this evening": 0}
_RELDAY_CUES = ("yesterday", "today", "tonight", "tomorrow", "last", "this")


def relative_day_mismatches(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T105 (local): "yesterday, March 3" when yesterday was another day. The finding spans
    the relative day and the date beside it, either of which may be the wrong one, and its
    suggestion replaces both ("this morning, March 18," in a March 19 story → "this morning,
    March 19")."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    for match in finditer_at(_RELDAY_DATE, text, doc.lowered, _RELDAY_CUES):
        rel = " ".join(match["rel"].lower().split())
        try:
            meant = published + timedelta(days=_OFFSET[rel])
        except OverflowError:
            continue  # a day past the end of the calendar
        month = _month(match)
        wd = match["wd"]
        problems = []
        if month is not None:
            year = int(match["year"]) if match["year"] else None
            readings = desk_date(month, _day(match), year, published)
            if readings and meant not in readings:
                p_start, p_end = _date_span(match)
                problems.append((p_start, p_end, readings[0].isoformat()))
        elif wd is not None and WEEKDAYS[wd.lower()] != meant.weekday() \
                and not text.startswith(("'s", "’s"), match.end("rel")):  # "today's Sunday Times"
            p_start, p_end = match.span("wd")
            problems.append((p_start, p_end, WEEKDAY_NAMES[WEEKDAYS[wd.lower()]]))
        if not problems:
            continue
        p_start, p_end, shown = problems[0]
        said = match["rel"]
        end = p_end + 1 if text.startswith(")", p_end) else p_end
        yield rule.finding(
            doc, match.start("rel"), end,
            f"“{said}” is {meant.strftime('%A')} {meant.isoformat()} (published "
            f"{published.isoformat()}), but the date beside it is {shown}",
            score=0.9,
            evidence=(f"{said} = {meant.isoformat()}", f"written: {text[p_start:p_end]}"),
            related=(Span(p_start, p_end, text[p_start:p_end], "date beside it"),),
            suggestion=_relday_suggestion(text, match, meant))


def _relday_suggestion(text: str, match: re.Match[str], meant: date) -> str:
    """The relative day and the date it means: "yesterday, May 13"; "tomorrow's April 10"."""
    said, after = match["rel"], match.end("rel")
    day = f"{meant.strftime('%B')} {meant.day}"
    if text.startswith(("'s", "’s"), after):
        return f"{said}{text[after : after + 2]} {day}"
    return f"{said}, {day}"
