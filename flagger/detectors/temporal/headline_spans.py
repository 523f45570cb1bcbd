"""T107: a headline's "VERB after N days" (weeks, months, years) that the body tells with another
count for the same verb ("MAYOR RESIGNS AFTER ONE MONTH" over "the mayor resigned after just
one week in office"; "Strike ends after 20 days" over "the strike ended after 12 days").

The verb before "after" must be the same word in headline and body once their endings are
set aside ("resigns", "resigned"), and the body must give that verb one count. Counts in
different units are compared in days (a month 30, a year 365), a quarter of the larger apart
allowed, so "a month" fits "four weeks"; rounding words ("about", "nearly") and ranges are
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.report.finding import Finding

_AFTER = lazy(
    rf"\b(?P<verb>[A-Za-z]{{3,}})\s+after\s+(?:(?P<rough>about|around|nearly|almost|some|"
    rf"roughly|more\s+than|less\s+than|over|under)\s+)?(?:only\s+|just\s+)?"
    rf"(?P<n>\d{{1,3}}|{NUMBER_WORDS}|an?)[\s-]+(?P<unit>day|week|month|year)s?\b"
    r"(?!\s+(?:or|to)\b)", re.IGNORECASE)
_ENDING = lazy(r"(?:ied|ies|es|ed|s|d)$")
_NOT_VERBS = frozenset({"just", "only", "shortly", "soon", "even", "right", "and", "but", "the",
                        "days", "weeks", "months", "years", "day", "week", "month", "year",
                        "long", "well", "not", "than"})
_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}


def headline_span_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: the headline's count after a verb against the body's count after the same verb."""
    head = doc.headline
    if head is None or "after" not in head.text.lower():
        return
    for said in _AFTER.finditer(head.text):
        verb = _stem(said["verb"])
        days = _days(said)
        if verb is None or days is None:
            continue
        told = [m for m in _AFTER.finditer(doc.text) if _stem(m["verb"]) == verb]
        counts = {_days(m) for m in told}
        if len(counts) != 1 or None in counts:
            continue
        other = counts.pop()
        assert other is not None
        if abs(days - other) <= 0.25 * max(days, other) + 0.5:
            continue
        body = told[0]
        words = " ".join(body.group().split())
        yield rule.finding(
            head, said.start("n"), said.end("unit"),
            f"The headline says “{' '.join(said.group().split())}”, but the body says "
            f"“{words}”", score=0.6, severity="warning", evidence=(said.group(), words),
            related=(Span(body.start(), body.end(), words, "body count", "text"),))


def _stem(word: str) -> str | None:
    """The verb without its ending ("resigns", "resigned": "resign"); None for a word that is
    no verb here."""
    lower = word.lower()
    return None if lower in _NOT_VERBS else _ENDING.sub("", lower)


def _days(match: re.Match[str]) -> float | None:
    """The count in days, or None when rounded or unread."""
    if match["rough"]:
        return None
    word = match["n"].lower()
    n = 1 if word in ("a", "an") else cardinal(word)
    return None if n is None else n * _DAYS[match["unit"].lower()]
