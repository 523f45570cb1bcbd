"""T106: a person's age "now" against the age the article gives them at a dated time ("In
April 1945, the family of four-year-old Uwe Lenz ..." and "Lenz, who is now 69," in 2020:
born about 1951, so not yet born in 1945).

The present age is written with "now" ("Lenz, now 69,", "Lenz, who is now 69,"); the past one
is "the N-year-old Name" or "N-year-old Name" in another sentence that names one year and no
other. Both must name one person: the surname stands with no other first name in the article.
The age at that year is the present age less the years to publication, within a year either
way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.detectors.temporal.counts import NUMBER_WORDS, cardinal
from flagger.detectors.temporal.people import NOT_NAMES
from flagger.report.finding import Finding

_NOW = lazy(r"\b(?P<name>[A-Z][a-z]+),\s+(?:who\s+is\s+)?now\s+(?P<age>\d{1,3})\b")
_NOW_AGE = lazy(r"now\s+\d")
"""What every `_NOW` match holds: a plain opening the regex engine finds fast."""
_YEAR = lazy(r"(?<![\d,.$-])\b(?:1[6-9]|20)\d\d\b(?![\d%-])")


def now_age_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T106: an age at a dated time that the same person's age "now" contradicts."""
    text, published = doc.text, doc.article.published
    if published is None or "now" not in text or not _NOW_AGE.search(text):
        return
    for now in _NOW.finditer(text):
        name, age = now["name"], int(now["age"])
        if name in NOT_NAMES or len(set(re.findall(rf"\b([A-Z][a-z]+)\s+{name}\b", text))) > 1:
            continue
        then = re.compile(rf"\b(?P<age>\d{{1,2}}|{NUMBER_WORDS})-year-old\s+"
                          rf"(?:[A-Z][a-z]+\s+)*{name}\b", re.IGNORECASE)
        for past in then.finditer(text):
            if not past.group()[-len(name):][0].isupper():
                continue
            sentence = doc.sentences[doc.sentence_index(past.start())]
            if sentence.start <= now.start() < sentence.end:
                continue
            years = {m.group() for m in _YEAR.finditer(text, sentence.start, sentence.end)}
            stated = cardinal(past["age"])
            if len(years) != 1 or stated is None:
                continue
            year = int(years.pop())
            middle = age - (published.year - year)
            if year > published.year or middle - 1 <= stated <= middle + 1:
                continue
            at = f"about {middle}" if middle >= 0 else f"not born ({-middle} years before)"
            span = now.span("age")
            yield rule.finding(
                doc, span[0], span[1],
                f"now {age} in {published.year} → {at} in {year}, but “{past.group()}” gives "
                f"{stated} then", score=0.7, severity="warning",
                evidence=(f"now {age}", f"{stated} in {year}"),
                related=(Span(past.start(), past.end(), past.group(), "age at a dated time"),))
