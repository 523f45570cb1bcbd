"""A headline that tells as done what its lede says will happen after publication: "ACME
REDEEMED DEBENTURES" over "Acme said it will redeem its debentures on May 15" (published
in April). The headline's past form and the lede's future share their verb; the lede's day,
read in the publication year when it has none, is still ahead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.dates import interval
from flagger.detectors.temporal.events import tokenize, verb_lemma
from flagger.detectors.temporal.headline import told_ahead
from flagger.report.finding import Finding

_WILL = lazy(r"\bwill\s+(?:be\s+)?(?P<verb>[a-z]{3,})\b")


def headline_done(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T104 on a headline's past form whose verb the lede's first sentence puts ahead, on a
    day after publication ("will redeem ... on May 15")."""
    head, published = doc.headline, doc.article.published
    if head is None or published is None or not doc.sentences or told_ahead(head.text):
        return
    lede = doc.sentences[0]
    ahead = {m["verb"]: m.end() for m in _WILL.finditer(doc.text, lede.start, lede.end)}
    if not ahead:
        return
    for word in tokenize(head.text):
        lemma = verb_lemma(word.text)
        if lemma is None or lemma == word.lower or len(lemma) < 3:
            continue
        verb = next((v for v in ahead if v.startswith(lemma) and len(v) - len(lemma) < 2), None)
        day = _day_after(doc, ahead[verb], lede.end, published) if verb else None
        if verb is not None and day is not None:
            days = (day - published).days
            message = (f"The headline tells “{word.text}” as done, but the lede says it will "
                       f"{verb} on {day.isoformat()}, {days} days after the publication date "
                       f"({published.isoformat()})")
            yield rule.finding(head, word.start, word.end, message, score=0.6,
                               evidence=(f"will {verb}", f"published {published.isoformat()}"),
                               related=(Span(word.start, word.end, word.text, "event"),))
            return


def _day_after(doc: Document, start: int, end: int, published: date) -> date | None:
    """The first explicit day in doc.text[start:end] that falls more than a day after
    `published` (a yearless day read in its year)."""
    for tx in doc.dates:
        if not start <= tx.start < end or tx.granularity != "day" or not tx.explicit:
            continue
        span = interval(tx)
        if span is None:
            continue
        day = span[0]
        if not tx.has_year:
            try:
                day = day.replace(year=published.year)
            except ValueError:
                continue
        return day if (day - published).days > 1 else None
    return None
