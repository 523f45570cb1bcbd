"""The period an article reports, read from its lede as a news desk reads it.

"Exports rose to 4.1 bln in May from 3.9 bln in April" (published June 2024): the story reports
May 2024. The period compared in the first comparison (`compared_periods.comparisons`) of the
first few sentences is the reported period; None when none compares one.
"""

from __future__ import annotations

from flagger.annotations.document import Document
from flagger.detectors.temporal.compared_periods import comparisons
from flagger.detectors.temporal.period_words import Period, periods

LEDE = 3  # sentences that may hold the reported period


def reported_period(doc: Document) -> tuple[Period, int] | None:
    """The reported period and the index of the sentence that compares it."""
    published, text = doc.article.published, doc.text
    if published is None:
        return None
    for index, sentence in enumerate(doc.sentences[:LEDE]):
        found = list(periods(text, sentence.start, sentence.end, published))
        if len(found) < 2:
            continue
        for current, _, _ in comparisons(text, found, sentence.start, sentence.end):
            if not current.following and not current.same:
                return current, index
    return None
