"""A month's change measured from the month before last, and dated "this month".

A monthly figure compared with a named month ("after falling 1.2 pct in April", "from 61.0
pct in April", "down from April's 53,400", "after a 2.0 pct April rise") is the change of the
month after it: "Container rates were up 0.6 pct this month after falling 1.2 pct in April" in
a story of June 11 steps from April to June and skips May. When the article also names the
skipped month as a period of its figures ("FREIGHT RATES RISE IN MAY", "fell in May"), the
figure is that month's and "this month" is wrong. The month compared with is
written without its year and no clause break comes between; the skipped month is related.
Warnings (T101).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex.lexicon import MONTH_NAMES
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.wordscan import search_at
from flagger.report.finding import Finding

_THIS_MONTH = lazy(r"\bthis\s+month\b", re.IGNORECASE)
# The step: a comparison word, a few words with a figure, then the month compared with.
_STEP = lazy(
    r"\s(?:[^;:.]|\.\d){0,40}?\b(?:after|from|against|compared\s+with|than)\s+"
    r"(?:[^;:.]|\.\d){0,40}?\b(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?!\s*,?\s*(?:\d|last\b|this\b|next\b))")
_BREAK = lazy(r"\b(?:but|while|whereas|which|said|and)\b|[,;:]\s+(?:it|he|she|they)\b",
              re.IGNORECASE)
_DIGIT = lazy(r"\d")
# The skipped month as a period of figures: after "in" or "during", or in a headline.
_IN = lazy(r"\b(?:in|during|for)\s+$", re.IGNORECASE)


def month_step_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for "this month" beside a step from the month before last."""
    published, text = doc.article.published, doc.text
    low = doc.lowered or text.lower()
    if published is None or not search_at(_THIS_MONTH, low, doc.lowered, ("this",)):
        return
    skipped = MONTH_NAMES[(published.month - 2) % 12]
    base = MONTH_NAMES[(published.month - 3) % 12]
    named = _skipped(doc, skipped)
    if named is None:
        return
    for match in _THIS_MONTH.finditer(text):
        step = _STEP.match(text, match.end())
        if step is None or step["month"] != base \
                or _BREAK.search(text, match.end(), step.start("month")) \
                or not _DIGIT.search(text, max(0, match.start() - 40), step.start("month")):
            continue
        yield _finding(doc, rule, match, step, named, published)


def _skipped(doc: Document, month: str) -> Span | None:
    """Where the article names `month` as a period of its figures: the headline, else the
    first "in May" of the body (not "May 21", not "May 2023")."""
    pattern = re.compile(rf"\b{month}\b(?!\s*,?\s*\d)", re.IGNORECASE)
    title = doc.article.title or ""
    if (found := pattern.search(title)) is not None:
        return Span(found.start(), found.end(), found.group(), "the month reported", "title")
    text = doc.text
    for found in re.finditer(rf"\b{month}\b(?!\s*,?\s*\d)", text):
        if _IN.search(text, max(0, found.start() - 10), found.start()):
            return Span(found.start(), found.end(), found.group(), "the month reported", "text")
    return None


def _finding(doc: Document, rule: Rule, match: re.Match[str], step: re.Match[str],
             named: Span, published: date) -> Finding:
    """The warning on "this month", the month the article reports related."""
    said = match.group()
    shown = MONTH_NAMES[published.month - 1]
    where = "the headline" if named.field == "title" else "the article"
    message = (f"“{said}” is {shown} {published.year} (published {published.isoformat()}), "
               f"but the figure is measured from {step['month']}, the month before "
               f"{named.text.capitalize()}, which {where} reports; the figure is "
               f"{named.text.capitalize()}'s")
    return rule.finding(
        doc, match.start(), match.end(), message, score=0.6, severity="warning",
        evidence=(f"{said} = {shown} {published.year}", f"compared with {step['month']}",
                  f"{named.text} = the month reported"),
        related=(named,), suggestion=f"in {named.text.capitalize()}")
