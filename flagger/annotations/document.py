"""The annotated article that flows through the detectors: built once, never mutated."""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass

from flagger.annotations.folding import lowered
from flagger.annotations.furniture import Skipped
from flagger.annotations.quotes import Quote
from flagger.annotations.sentences import Sentence, fingerprint
from flagger.annotations.timex import TimeExpression
from flagger.article import Article, Field, Span


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
    hedge_threshold: float = 1.0
    """The hedge score from which a sentence counts as speculative."""
    hedge_warning: float = 1.0
    """The hedge score from which a speculative sentence is a warning (below it, info)."""
    field: Field = "text"
    """What this document's offsets point into: the article's body text or its title."""
    headline: Document | None = None
    """The annotated title (field "title", its own offsets), beside the body document."""
    skipped: tuple[Skipped, ...] = ()
    """Title line, dateline, Source line and page furniture: not analysed, not counted."""
    _sentence_starts: tuple[int, ...] = dataclasses.field(init=False, repr=False, compare=False)
    _quote_starts: tuple[int, ...] = dataclasses.field(init=False, repr=False, compare=False)
    _fingerprints: dict[int, str] = dataclasses.field(init=False, repr=False, compare=False)
    _lowered: list[str | None] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Index the sentence and quote starts once."""
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))
        object.__setattr__(self, "_quote_starts", tuple(q.start for q in self.quotes))
        object.__setattr__(self, "_fingerprints", {})
        object.__setattr__(self, "_lowered", [])

    @property
    def text(self) -> str:
        """Return the text this document's offsets point into (the body, or the title)."""
        return self.article.text

    @property
    def lowered(self) -> str | None:
        """Return the text lower-cased for keyword scans (`annotations.folding.lowered`: None
        when it must be scanned whole), computed once for every detector."""
        if not self._lowered:
            self._lowered.append(lowered(self.text))
        return self._lowered[0]

    def sentence_index(self, offset: int) -> int:
        """Return the index of the sentence containing `offset` (or the nearest before it)."""
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def quote_at(self, start: int, end: int) -> Quote | None:
        """Return the direct quote that contains the span, if any."""
        index = bisect_right(self._quote_starts, start) - 1
        if index >= 0 and end <= self.quotes[index].end:
            return self.quotes[index]
        return None

    def fingerprint(self, index: int) -> str | None:
        """Return the fingerprint of sentence `index` (computed once per sentence)."""
        if not self.sentences:
            return None
        if index not in self._fingerprints:
            self._fingerprints[index] = fingerprint(self.sentences[index].text)
        return self._fingerprints[index]
