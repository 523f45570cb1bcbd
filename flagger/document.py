"""The analysed article that flows through the detectors, annotated once."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

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
    """An article with its sentences, quotes, dates and hedge scores; never mutated.

    Sentences and quotes are in text order and do not overlap (as `split_sentences` and
    `find_quotes` return them), so offsets are looked up by bisection.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    dates: tuple[TimeExpression, ...]
    hedges: tuple[HedgeScore, ...]
    _sentence_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _quote_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Index the sentence and quote starts once."""
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))
        object.__setattr__(self, "_quote_starts", tuple(q.start for q in self.quotes))

    @property
    def text(self) -> str:
        """Return the article text."""
        return self.article.text

    def sentence_index(self, offset: int) -> int:
        """Return the index of the sentence containing `offset` (or the nearest before it)."""
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def quote_at(self, start: int, end: int) -> Quote | None:
        """Return the direct quote that contains the span, if any."""
        index = bisect_right(self._quote_starts, start) - 1
        if index >= 0 and end <= self.quotes[index].end:
            return self.quotes[index]
        return None
