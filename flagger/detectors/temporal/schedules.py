"""T107: a step of a schedule whose count of years or months runs past the end of the step
after it ("seven pct for two years from April 20, 1987, rising to 7.50 pct until April 1989":
the first step would end in April 1989, leaving the second none).

The first step is "for N years (months) from <date>"; the next, in the same sentence, opens
with a verb of change ("rising", "falling", "then", "stepping up", ...) and ends "until",
"to" or "through" a date. The first step must end at least a month before the second does;
a start or end given by its year alone counts from its first month and to its last. An
extension "for N months" told with the date the thing was due to expire and the date it "was
extended until" (this sentence or the next) must move the end by N months, within one.
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

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (r"(?:(?P<{0}month>{month})\s+(?:\d{{1,2}},?\s+)?)?(?P<{0}year>(?:19|20)\d\d)\b"
         r"(?![\d%/-])")
_STEP = lazy(
    rf"\bfor\s+(?P<n>\d{{1,2}}|{NUMBER_WORDS})\s+(?P<unit>years?|months?)\s+(?:from|after|"
    rf"beginning|starting)\s+(?:on\s+|in\s+)?{_DATE.format('a_', month=_MONTH)}\s*,?\s+"
    r"(?:and\s+)?(?:then\s+)?(?:rising|falling|increasing|decreasing|moving|going|stepping\s+up|"
    r"stepping\s+down|then|resetting|reverting)\b(?P<gap>(?:[^.;:()]|\.(?=\d)){0,60}?)\b"
    r"(?:until|till|to|"
    rf"through)\s+(?:the\s+end\s+of\s+)?{_DATE.format('b_', month=_MONTH)}", re.IGNORECASE)


# "extended its agreement ... for 11 months"; "due to expire this July 24, was extended until
# the end of 1988"
_EXTENDED = lazy(
    rf"\bextend(?:ed|s|ing)?\b(?:[^.;:()]|(?<=\b[A-Z])\.){{0,80}}?\bfor\s+"
    rf"(?P<n>\d{{1,2}}|{NUMBER_WORDS})\s+(?P<unit>years?|months?)\b", re.IGNORECASE)
_OLD_NEW = lazy(
    rf"\bexpire[sd]?\s+(?:on\s+|in\s+)?(?:this\s+)?(?P<old_month>{_MONTH})\s+\d{{1,2}}\b,?"
    r"(?:\s*(?P<old_year>(?:19|20)\d\d)\b)?[^.;:()]{0,40}?\bextended\s+(?:until|to|through|"
    rf"till)\s+(?P<end>the\s+end\s+of\s+)?{_DATE.format('new_', month=_MONTH)}",
    re.IGNORECASE)


def schedule_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T107: "for N years from <date>, rising ... until <date>" whose first step outlasts the
    second; an extension "for N months" that its old and new end dates contradict."""
    text = doc.text
    if "extend" in text:
        yield from _extensions(doc, rule)
    for sentence in doc.sentences:
        if "for" not in sentence.text or "from" not in sentence.text:
            continue
        for match in _STEP.finditer(text, sentence.start, sentence.end):
            n = cardinal(match["n"])
            if n is None:
                continue
            months = n * (12 if match["unit"].lower().startswith("year") else 1)
            ends = _first(match, "a_") + months  # the month after the first step's last
            last = _last(match, "b_")
            if ends < last:
                continue  # the next step has a month or more
            yield _finding(doc, rule, match, ends)


def _extensions(doc: Document, rule: Rule) -> Iterator[Finding]:
    """An extension "for N months" told with its old and new end in the same sentence or the
    next: the months between the two ends must be N, within one (a year alone: within it)."""
    published = doc.article.published
    text = doc.text
    for match in _EXTENDED.finditer(text):
        n = cardinal(match["n"])
        here = doc.sentence_index(match.start())
        ends = [m for s in doc.sentences[here : here + 2]
                for m in _OLD_NEW.finditer(text, s.start, s.end)]
        if n is None or len(ends) != 1 or (published is None and ends[0]["old_year"] is None):
            continue
        told = ends[0]
        year = int(told["old_year"]) if told["old_year"] else published.year if published else 0
        old = year * 12 + _MONTHS.index(told["old_month"][:3].lower())
        new_first = _last(told, "new_") if told["end"] else _first(told, "new_")
        months = n * (12 if match["unit"].lower().startswith("year") else 1)
        if new_first - old - 1 <= months <= _last(told, "new_") - old + 1:
            continue
        shown = told.group()
        yield rule.finding(
            doc, match.start("n"), match.end("unit"),
            f"An extension of {match['n']} {match['unit']}, but “{' '.join(shown.split())}” "
            f"moves the end {new_first - old} months on", score=0.6, severity="warning",
            evidence=(match.group(), shown), related=(Span(told.start(), told.end(), shown,
                                                           "old and new end"),))


def _first(match: re.Match[str], prefix: str) -> int:
    """The month index the date starts in."""
    month = match[f"{prefix}month"]
    return int(match[f"{prefix}year"]) * 12 + (_MONTHS.index(month[:3].lower()) if month else 0)


def _last(match: re.Match[str], prefix: str) -> int:
    """The month index the date ends in."""
    month = match[f"{prefix}month"]
    return int(match[f"{prefix}year"]) * 12 + (_MONTHS.index(month[:3].lower()) if month else 11)


def _finding(doc: Document, rule: Rule, match: re.Match[str], ends: int) -> Finding:
    """The finding on the count, with where the first step ends in the message."""
    text = doc.text
    a = text[match.start("a_month") if match["a_month"] else match.start("a_year") :
             match.end("a_year")]
    b_start = match.start("b_month") if match["b_month"] else match.start("b_year")
    b = text[b_start : match.end("b_year")]
    year, month = divmod(ends, 12)
    return rule.finding(
        doc, match.start("n"), match.end("unit"),
        f"“{match['n']} {match['unit']} from {a}” run to {_MONTHS[month].title()} {year}, "
        f"no earlier than “{b}”, where the next step ends: it would have no time", score=0.7,
        severity="warning", evidence=(match.group(), b),
        related=(Span(b_start, match.end("b_year"), b, "next step's end"),))
