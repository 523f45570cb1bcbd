"""A weekend beside a date that falls midweek (T102): "the clashes began last weekend, on March
10" (a Tuesday in 1987), "a brief weekend visit, on June 24 and 25" (a Wednesday and a
Thursday), "the weekend of May 14" (a Wednesday in 2025).

The date follows "weekend" in apposition (after a comma or a bracket, perhaps with "on"), after
one noun of the weekend ("weekend visit, on"; not "the weekend before, on"), or after "of". A
yearless date is read as `local.desk_date` reads it; only a date that is a Tuesday, a Wednesday
or a Thursday in every reading is flagged, since a long weekend may take in a Friday or a
Monday.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTHS, WEEKDAY_NAMES
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.local import desk_date
from flagger.detectors.wordscan import finditer_at
from flagger.report.finding import Finding

_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November" \
       r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKEND_DATE = lazy(
    r"\bweekend(?:\s+(?!(?:before|after|earlier|later|ago|and|or|but|then|when|while|that|"
    r"which|until|since)\b)[a-z]+)?(?:\s*[,(]\s*(?:on\s+)?|\s+of\s+)"
    rf"(?:(?P<mon>{_MON})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
    rf"|(?:the\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON})\b)"
    r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)(?!\d))?", re.IGNORECASE)
_MIDWEEK = frozenset({1, 2, 3})  # Tuesday, Wednesday, Thursday


def weekend_mismatches(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T102: "weekend" beside a date that is a Tuesday, Wednesday or Thursday."""
    text, published = doc.text, doc.article.published
    for match in finditer_at(_WEEKEND_DATE, text, doc.lowered, ("weekend",)):
        month = MONTHS.get((match["mon"] or match["mon2"]).lower().rstrip("."))
        if month is None:
            continue
        year = int(match["year"]) if match["year"] else None
        readings = desk_date(month, int(match["day"] or match["day2"]), year, published)
        if not readings or any(d.weekday() not in _MIDWEEK for d in readings):
            continue
        day = readings[0]
        actual = WEEKDAY_NAMES[day.weekday()]
        d_start = match.start("mon") if match["mon"] else match.start("day2")
        shown = text[d_start : match.end()]
        yield rule.finding(
            doc, match.start(), match.end(),
            f"{shown} is a {actual} ({day.isoformat()}), not a day of a weekend",
            score=0.9, evidence=(f"{day.isoformat()} = {actual}", "written: weekend"),
            related=(Span(d_start, match.end(), shown, "date"),))
