"""The analysed article that flows through the detectors, annotated once."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from flagger.article import Article
from flagger.finding import Span
from flagger.quotes import Quote
from flagger.sentences import Sentence
from flagger.timex import TimeExpression


@dataclass(frozen=True, slots=True)
class HedgeScore:
    """The classifier's view of one sentence: probability of speculation and its cues."""

    score: float
    cues: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """An article with its sentences, quotes, dates and hedge scores; never mutated."""

    article: Article
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    dates: tuple[TimeExpression, ...]
    hedges: tuple[HedgeScore, ...]

    @property
    def text(self) -> str:
        """Return the article text."""
        return self.article.text

    def sentence_index(self, offset: int) -> int:
        """Return the index of the sentence containing `offset` (or the nearest before it)."""
        starts = [s.start for s in self.sentences]
        return max(bisect_right(starts, offset) - 1, 0)

    def quote_at(self, start: int, end: int) -> Quote | None:
        """Return the direct quote that contains the span, if any."""
        for quote in self.quotes:
            if quote.start <= start and end <= quote.end:
                return quote
        return None
