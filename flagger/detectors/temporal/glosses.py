"""A relative period glossed by the explicit date written right after it, when the two are
different periods: "earlier this month (March, 2020)" in an April story, "next year's
induction festivities on July 25, 2022" in a 2020 story.

Three glosses count: a date in parentheses right after the relative period, the date a
preposition attaches to the noun the relative period owns ("next year's [festivities] on
July 25, 2022"), and a figure restated with "or" ("70 mln in calendar 1988, or about 15
pct for this year"). The explicit date must write its year (a yearless "on July 25" takes its
year from the relative period). "This year, 2019," is `local.relative_year_appositions`'.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import overlaps, show
from flagger.report.finding import Finding

_RELATIVE = lazy(r"\b(?:last|this|next)\s+(?:year|month)\b", re.IGNORECASE)
_PARENTHESIS = lazy(r"\s*\(\s*")
# "'s induction festivities on ": a possessive, up to three words of its noun, a preposition.
_OWNED = lazy(r"['’]s\s+(?:[A-Za-z][\w-]*\s+){1,3}(?:on|in)\s+")
# ", or about 15 pct for ": the same figure restated for the relative period.
_OR = lazy(r"\s*,\s*or\s+[^,;]{0,30}\d[^,;]{0,30}\s(?:in|for)\s+", re.IGNORECASE)
# What may follow the date of a gloss: punctuation, or a word that starts a new phrase
# ("in 2019 prices" is not a gloss of the date).
_AFTER = lazy(r"\s*(?:[,.;:)!?]|$|(?:and|but|when|where|which|after|before|at|with|to|"
              r"for|as|because|in|on)\b)", re.IGNORECASE)


def _calendar_relative(tx: TimeExpression) -> bool:
    """A relative year or month counted from publication: "last year", "earlier this month"."""
    return (tx.deictic and not tx.ago and tx.granularity in ("year", "month")
            and tx.first is not None and tx.last is not None
            and bool(_RELATIVE.search(tx.text)))


def gloss_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 (local): a relative period glossed by an explicit date of another period."""
    text, published = doc.text, doc.article.published
    if published is None:
        return
    for first, second in itertools.pairwise(doc.dates):
        if _calendar_relative(second) and _OR.fullmatch(text, first.end, second.start):
            rel, other = second, first  # "in calendar 1988, or about 15 pct for this year"
        elif _calendar_relative(first) and _glossed(text, first, second):
            rel, other = first, second
        else:
            continue
        if not other.explicit or not other.has_year or other.range_start:
            continue
        if other.first is None or other.last is None:
            continue
        assert rel.first is not None and rel.last is not None
        if overlaps((rel.first, rel.last), (other.first, other.last)):
            continue
        yield _finding(doc, rule, rel, other, published)


def _glossed(text: str, rel: TimeExpression, other: TimeExpression) -> bool:
    """Whether `other` glosses `rel` in parentheses or as the date of the noun it owns."""
    between = text[rel.end : other.start]
    if _PARENTHESIS.fullmatch(between):
        # "this year (2019)": `relative_year_appositions` reads it
        return not (rel.granularity == "year" and other.granularity == "year")
    return bool(_OWNED.fullmatch(between)) and bool(_AFTER.match(text, other.end))


def _finding(doc: Document, rule: Rule, rel: TimeExpression, other: TimeExpression,
             published: date) -> Finding:
    """The finding on the relative period `rel` that `other` glosses."""
    assert rel.first is not None and rel.last is not None
    assert other.first is not None and other.last is not None
    meant, written = show((rel.first, rel.last)), show((other.first, other.last))
    return rule.finding(
        doc, rel.start, rel.end,
        f"“{rel.text}” is {meant} (published {published.isoformat()}), but the date "
        f"written with it, “{other.text}”, is {written}", score=0.9,
        evidence=(f"{rel.text} = {meant}", f"written: {other.text} = {written}"),
        related=(Span(other.start, other.end, other.text, "date written with it"),))
