"""N102 records: a new record against the previous one the article gives.

"Sales fell a record 8.7% … The previous record was a 6.2% drop"; "riders made 3.1 million
trips in May, the highest monthly total on record … the previous highest monthly total was 3.4
million".
A record figure is one written "a record 8.7%" ("a record high of", "an all-time low of") or
followed in its clause by a superlative that makes it one ("…, the highest monthly total on record",
"the most since 1990"). The previous record is the first figure of the same measure after "the
previous record" ("prior high", "old peak", "previous lowest monthly total") in its sentence.
The previous record stands within five sentences after the new one. A record high must be
above the one it beats, a record low below it; within the rounding of the less precise figure,
or with different periods named around the two ("monthly" against "annual"), nothing is judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.numbers.values import (
    MEASURED_FIGURE,
    Figure,
    figure,
    is_year,
    occurrences,
)
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

PERIODS = r"all-time|monthly|annual|yearly|daily|weekly|quarterly|single-day|one-day|one-month"
PREVIOUS = lazy(
    r"\b(?:previous|prior|old|former)\s+(?:(?:" + PERIODS + r"|record)\s+)*"
    r"(?P<sup>record|high|highest|peak|largest|biggest|greatest|low|lowest|smallest|trough)"
    r"(?:\s+(?P<dir>high|low))?\b",
    re.IGNORECASE,
)
"""The cue of the record beaten: "the previous record", "prior all-time high"."""
RECORD = lazy(
    r"\b(?:a|an|its|their)\s+(?:new\s+)?(?:(?:" + PERIODS + r")\s+)*(?:all-time|record)"
    r"(?:[\s-]+(?P<dir>high|low))?"
    r"(?:\s+(?:of|at|with|to|level|volume|total)){0,2}\s+(?=[$£€#]?\d)",
    re.IGNORECASE,
)
"""A figure written as a record: "a record 8.7%", "an all-time high of 2,345", "a monthly record
at 273,749"."""
SUPERLATIVE = lazy(
    r"[^\d.;:!?]{0,60}?,\s+(?:the|a|its)\s+(?:(?:new|all-time)\s+)?"
    r"(?P<sup>highest|largest|biggest|greatest|most|lowest|smallest|fewest)\b"
    r"(?P<period>[^\d.;:]{0,40}?)\b(?:ever|on\s+record|in\s+history|since|record)\b",
    re.IGNORECASE,
)
"""What makes the figure before it a record: "…, the highest weekly total on record"."""
NOUN = lazy(r"\s*([a-z]+)")
LOW = frozenset({"low", "lowest", "smallest", "fewest", "trough"})
PERIOD = lazy(PERIODS, re.IGNORECASE)
AFTER_MONTH = lazy(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$")
CUE_WORDS = ("previous ", "Previous ", "prior ", "Prior ", "old ", "former ")
REACH = 100
SENTENCES_BEFORE = 5


def records(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings for a previous record the new record does not beat."""
    text = doc.text
    if not doc.sentences:
        return
    for cue in _cues(text):
        index = doc.sentence_index(cue.start())
        sentence = doc.sentences[index]
        if not sentence.start <= cue.start() < sentence.end:
            continue
        old = _first(text, cue.end(), min(sentence.end, cue.end() + REACH))
        if old is None:
            continue
        start = doc.sentences[max(0, index - SENTENCES_BEFORE)].start
        claim = _claim(text, start, cue.start(), old[1])
        if claim is None:
            continue
        new, low, period = claim
        if low != ((cue.group("dir") or cue.group("sup")).casefold() in LOW):
            continue
        named = {p.casefold() for p in PERIOD.findall(text, cue.start(), old[0].start)}
        named -= {"all-time"}
        other = {p.casefold() for p in PERIOD.findall(period)} - {"all-time"}
        if named and other and not named & other:
            continue
        yield from _judge(doc, rule, new, old[0], low)


def _cues(text: str) -> Iterator[re.Match[str]]:
    """The PREVIOUS cues, looked for only where one of their first words stands."""
    for word in CUE_WORDS:
        for at in occurrences(text, word):
            cue = PREVIOUS.match(text, at)
            if cue is not None:
                yield cue


def _first(text: str, start: int, end: int) -> tuple[Figure, str] | None:
    """The first figure after the cue that is no year or day of a month, with its measure."""
    for found in MEASURED_FIGURE.finditer(text, start, end):
        fig = figure(found)
        if is_year(fig) or AFTER_MONTH.search(text, max(0, found.start() - 12), found.start()):
            continue
        return fig, _measure(found, fig)
    return None


def _measure(found: re.Match[str], fig: Figure) -> str:
    """A percentage, a currency, a scaled figure, or a count of the noun after it."""
    if found.group("pct"):
        return "%"
    if fig.currency or fig.has_scale:
        return f"{fig.currency}{'x' if fig.has_scale else ''}"
    noun = NOUN.match(found.string, found.end())
    return f"#{noun.group(1)}" if noun else "#"


def _claim(text: str, start: int, end: int, measure: str) -> tuple[Figure, bool, str] | None:
    """The last record figure of the measure between start and end: its figure, whether it is a
    low, and the words that name its period."""
    claim = None
    for found in MEASURED_FIGURE.finditer(text, start, end):
        fig = figure(found)
        if is_year(fig) or _measure(found, fig) != measure:
            continue
        record = RECORD.search(text, max(start, found.start() - 30), found.start() + 1)
        if record is not None and record.end() == found.start():
            low = (record.group("dir") or "").casefold() == "low"
            claim = (fig, low, text[record.start() : found.end()])
            continue
        superlative = SUPERLATIVE.match(text, found.end(), end)
        if superlative is not None:
            low = superlative.group("sup").casefold() in LOW
            claim = (fig, low, superlative.group("period"))
    return claim


def _judge(doc: Document, rule: Rule, new: Figure, old: Figure, low: bool) -> Iterator[Finding]:
    slack = max(new.half_unit, old.half_unit)
    beyond = new.value - old.value if low else old.value - new.value
    if beyond <= slack + 1e-9:
        return
    than, sign = ("below", "<") if low else ("above", ">")
    yield rule.finding(
        doc, old.start, old.end,
        f"the previous record of {old.text} is {than} the new record of {new.text}: "
        "the new one does not beat it",
        related=(Span(new.start, new.end, new.text, "record"),),
        evidence=(f"{old.text} {sign} {new.text}",),
    )
