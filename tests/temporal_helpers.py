"""Build Documents with hand-resolved time expressions for the temporal tests."""

from __future__ import annotations

from datetime import date

from flagger.annotations.document import Document
from flagger.annotations.sentences import Sentence
from flagger.annotations.timex import TimeExpression
from flagger.article import Article

Dated = tuple[str, date, date] | tuple[str, date, date, int]


def timex(text: str, words: str, first: date, last: date, occurrence: int = 0) -> TimeExpression:
    """Return a DATE expression for the `occurrence`-th `words` in `text`, resolved by hand."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    value = first.isoformat() if first == last else str(first.year)
    relative = any(w in words.lower() for w in ("last", "ago", "yesterday", "today", "day"))
    return TimeExpression(start, start + len(words), words, "DATE", value, first, last, relative)


def document(text: str, published: date | None, dated: list[Dated]) -> Document:
    """Return a Document of `text`, split at ". ", with the given resolved dates."""
    sentences: list[Sentence] = []
    start = 0
    for piece in text.split(". "):
        end = min(start + len(piece) + 1, len(text))
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
        start = end + 1
    dates = tuple(sorted((timex(text, *d) for d in dated), key=lambda t: t.start))
    return Document(Article(text, published=published), tuple(sentences), (), dates, ())
