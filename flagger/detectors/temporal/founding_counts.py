"""T107: a count of a body's own years against the founding year told in the same sentence.
Invented examples, published in 2025:

- "the trust, founded in 2015 and marking its 20th anniversary this year" (its 10th);
- "Harbour Weekly, which turns 50 this year after its 1985 launch" (40);
- "the club, formed in 2001 and now in its 30th year" (its 25th);
- "the festival celebrates its fifth birthday this year; it began in 2015" is not read: the
  founding and the count must stand in one sentence, with no other year between them.

A founding is a participle of beginning before "in" and a year ("founded in 2015", "set up in
2015"), or "its founding in 2015", "its 2015 launch". The count is told of the present: "its
Nth anniversary" or "birthday" (not "of" another event), "turns N", "now in its Nth year". An
anniversary counts completed years, a year "in its Nth year" the one under way; a founding year
alone leaves a year of slack either way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import ORDINALS
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, count, ordinal
from flagger.report.finding import Finding

_YEAR = r"(?:1[6-9]|20)\d\d"
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_FOUNDED = lazy(
    rf"\b(?:(?:founded|formed|established|created|launched|incorporated|set\s+up|started|"
    rf"opened)\s+in\s+(?P<y1>{_YEAR})\b"
    rf"|its\s+(?:founding|foundation|creation|formation|launch|inception)\s+in\s+(?P<y2>{_YEAR})\b"
    rf"|its\s+(?P<y3>{_YEAR})\s+(?:founding|foundation|creation|formation|launch|debut))",
    re.IGNORECASE)
_COUNT = lazy(
    rf"\b(?:its|their)\s+(?P<ord>{_ORDINAL})\s+(?:anniversary|birthday)\b(?!\s+of\b)"
    rf"|\bturns?\s+(?P<turns>\d{{1,3}}|{NUMBER_WORDS})\s+this\s+year\b"
    rf"|\b(?:now\s+)?in\s+its\s+(?P<year>{_ORDINAL})\s+year\b",
    re.IGNORECASE)
_OTHER_YEAR = lazy(rf"\b{_YEAR}\b")
_REACH = 160  # characters between the founding and the count, within one sentence
_FOUNDING_WORDS = ("found", "formed", "establish", "creat", "launch", "incorporat", "set up",
                   "started", "opened", "inception", "debut")
"""Words one of which a sentence with a founding holds (a plain search before the regex)."""


def founding_count_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "its Nth anniversary", "turns N" or "in its Nth year" that the founding year in
    the same sentence rules out at publication."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        if not ("anniversary" in lower or "birthday" in lower or "turn" in lower
                or " year" in lower) or not any(w in lower for w in _FOUNDING_WORDS):
            continue
        founded = list(_FOUNDED.finditer(text, sentence.start, sentence.end))
        counts = list(_COUNT.finditer(text, sentence.start, sentence.end))
        if len(founded) != 1 or len(counts) != 1:
            continue
        start, told = founded[0], counts[0]
        low, high = sorted((start.start(), told.start()))
        if high - low > _REACH or len(_OTHER_YEAR.findall(text, sentence.start,
                                                           sentence.end)) != 1:
            continue  # far apart, or another year the count may run to
        finding = _misfit(doc, rule, start, told, published.year)
        if finding is not None:
            yield finding



def _misfit(doc: Document, rule: Rule, start: re.Match[str], told: re.Match[str],
            year: int) -> Finding | None:
    """The finding when the count cannot be the years from the founding to `year`."""
    first = int(start["y1"] or start["y2"] or start["y3"])
    completed = year - first
    if told["ord"]:
        said, expected = count(told["ord"]), completed
    elif told["turns"]:
        said, expected = count(told["turns"]), completed
    else:
        said, expected = count(told["year"]), completed + 1
    if said is None or completed <= 0 or abs(said - expected) <= 1:
        return None
    span = (start.start("y1") if start["y1"] else start.start("y2") if start["y2"]
            else start.start("y3"))
    shown = str(first)
    if told["turns"]:
        counted = f"{expected} years old, not {said}"
    elif told["ord"]:
        counted = f"the {ordinal(expected)} anniversary, not the {ordinal(said)}"
    else:
        counted = f"the {ordinal(expected)} year, not the {ordinal(said)}"
    message = f"“{told.group()}”: from {shown} to publication ({year}) is {counted}"
    return rule.finding(doc, told.start(), told.end(), message, score=0.7,
                        evidence=(told.group(), start.group(), f"published {year}"),
                        related=(Span(span, span + 4, shown, "date"),),
                        suggestion=None)
