"""A relative period glossed by the explicit date written right after it, when the two are
different periods: "earlier this month (March, 2020)" in an April story, "next year's
induction festivities on July 25, 2022" in a 2020 story.

Two glosses count: a date in parentheses right after the relative period, and the date a
preposition attaches to the noun the relative period owns ("next year's [festivities] on
July 25, 2022"). The explicit date must write its year (a yearless "on July 25" takes its
year from the relative period). "This year, 2019," is `local.relative_year_appositions`'.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.timex import TimeExpression
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import overlaps, show
from flagger.report.finding import Finding

_RELATIVE = re.compile(r"\b(?:last|this|next)\s+(?:year|month)\b", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\s*\(\s*")
# "'s induction festivities on ": a possessive, up to three words of its noun, a preposition.
_OWNED = re.compile(r"['’]s\s+(?:[A-Za-z][\w-]*\s+){1,3}(?:on|in)\s+")
# What may follow the date of a gloss: punctuation, or a word that starts a new phrase
# ("in 2019 prices" is not a gloss of the date).
_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$|(?:and|but|when|where|which|after|before|at|with|to|"
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
    for rel, other in itertools.pairwise(doc.dates):
        if not _calendar_relative(rel) or not other.explicit or not other.has_year:
            continue
        if other.first is None or other.last is None or other.range_start:
            continue
        between = text[rel.end : other.start]
        parenthesis = _PARENTHESIS.fullmatch(between)
        owned = _OWNED.fullmatch(between)
        if parenthesis is None and owned is None:
            continue
        if parenthesis is not None and rel.granularity == "year" and other.granularity == "year":
            continue  # "this year (2019)": `relative_year_appositions` reads it
        if owned is not None and not _AFTER.match(text, other.end):
            continue
        assert rel.first is not None and rel.last is not None
        if overlaps((rel.first, rel.last), (other.first, other.last)):
            continue
        yield _finding(doc, rule, rel, other, published)


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
