"""A weekday set a count of days or weeks from a date (T102): "On Wednesday, one week before
the Dec. 12 election" (Dec. 12, 2017 is a Tuesday, so a week before is a Tuesday too), "Friday,
two days after the May 3 vote".

The weekday, a comma, the count and "before" or "after" the date, in one phrase: the sum
proves the weekday wrong, so it is an error. A date without its year is read as
`local.desk_date` reads it; a count of weeks keeps the weekday, one of days moves it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS, WEEKDAY_NAMES, WEEKDAYS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.local import desk_date
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

_WD = "|".join(WEEKDAY_NAMES)
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_OFFSET = lazy(
    rf"\b(?P<wd>{_WD}),\s+(?P<n>a|one|\d{{1,2}}|{NUMBER_WORDS})\s+(?P<unit>day|week)s?\s+"
    rf"(?P<way>before|after)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    rf"(?P<mon>{_MON})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:)"
    r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)\b)?", re.IGNORECASE)
_DAYS = {"day": 1, "week": 7}


def offset_weekday_mismatches(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T102: "Wednesday, one week before the Dec. 12 election" when the sum is another day."""
    text = doc.text
    low = doc.lowered if doc.lowered is not None else text.lower()
    if not ("before" in low or "after" in low) or not any(name in low for name in WEEKDAYS):
        return
    for match in finditer_at(_OFFSET, text, doc.lowered, WEEKDAYS):
        n = 1 if match["n"].lower() == "a" else cardinal(match["n"])
        month = MONTHS.get(match["mon"].lower())
        if n is None or month is None:
            continue
        year = int(match["year"]) if match["year"] else None
        shift = timedelta(days=n * _DAYS[match["unit"].lower()])
        anchors = desk_date(month, int(match["day"]), year, doc.article.published)
        days = [d - shift if match["way"].lower() == "before" else d + shift for d in anchors]
        named = WEEKDAYS[match["wd"].lower()]
        if not days or any(d.weekday() == named for d in days):
            continue
        day = days[0]
        actual = WEEKDAY_NAMES[day.weekday()]
        d_start = match.start("mon")
        shown = text[d_start : match.end()]
        yield rule.finding(
            doc, match.start(), match.end(),
            f"{text[match.start('n') : match.end('way')]} {shown} is {day.isoformat()}, a "
            f"{actual}, not a {match['wd'].capitalize()}", score=0.9,
            evidence=(f"{day.isoformat()} = {actual}", f"written: {match['wd']}"),
            related=(Span(*match.span("wd"), match["wd"], "weekday"),
                     Span(d_start, match.end(), shown, "date")),
            suggestion=actual)
