"""Reproduced texts: where an article hands over to a document's own words.

A desk reads "Following is the text of a statement the council issued yesterday:" as the
start of another document, which runs to the end of the article; its "met today" counts from
the day the statement was issued, not from publication. So are the words after "The
statement said:" (or "the communique reads:"), to the end of their paragraph or of the quote
that opens there. A relative day inside such a text is compared only with dates of the same
text (`restated`).
"""

from __future__ import annotations

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy

_WHOLE = lazy(r"(?i)\b(?:following|below|here)\s+(?:is|are)\s+(?:the\s+|an?\s+)?"
              r"(?:(?:full|complete|official|unofficial|partial|prepared|edited)\s+)?"
              r"(?:texts?|transcripts?|excerpts|extracts|highlights)\s+(?:of|from)\b")
_SAID = lazy(r"(?i)\b(?:statement|communiques?|communiqués?|release|declaration|resolution|"
             r"letter|notice|text)\s+(?:said|says|read|reads|stated|states)\s*:")
_PARAGRAPH = lazy(r"\n[ \t]*(?:\n|[ \t])")
_WHOLE_WORDS = ("following", "below", "here")
_WHOLE_NOUNS = ("text", "transcript", "excerpt", "extract", "highlight")
"""Every `_WHOLE` match opens with one of `_WHOLE_WORDS` and names one of these (lower-cased)."""
_SAID_WORDS = ("statement", "communiqu", "release", "declaration", "resolution", "letter",
               "notice", "text")
"""Every `_SAID` match (which also holds a colon) opens with one of these (lower-cased)."""


def _holds(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether the lower-cased text (`Document.lowered`) holds one of `words`; None (a text
    that must be scanned whole) holds them all."""
    return low is None or any(word in low for word in words)


def reproduced_spans(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) offsets of the reproduced texts of `doc`, in text order, none
    overlapping: "Following is the text of a statement by the council. The members met
    today." gives the span of "The members met today."."""
    text, low = doc.text, doc.lowered
    whole = None
    if _holds(low, _WHOLE_WORDS) and _holds(low, _WHOLE_NOUNS):
        whole = _WHOLE.search(text)
    limit = len(text)
    if whole is not None and doc.sentences:
        limit = doc.sentences[doc.sentence_index(whole.start())].end
    spans: list[tuple[int, int]] = []
    said_at = ":" in text and _holds(low, _SAID_WORDS)
    for said in _SAID.finditer(text, 0, limit) if said_at else ():
        start = said.end()
        if spans and start < spans[-1][1]:
            continue  # "the statement said:" inside the words of another
        paragraph = _PARAGRAPH.search(text, start)
        end = paragraph.start() if paragraph else len(text)
        if text[start : start + 4].lstrip().startswith("“"):  # a quoted release may run on
            end = max(end, text.find("”", start) + 1)  # over paragraphs to its closing mark
        spans.append((start, min(end, limit)))
    if limit < len(text):
        spans.append((limit, len(text)))
    return spans


def voice(spans: list[tuple[int, int]], offset: int) -> int | None:
    """The index in `spans` of the reproduced text that holds `offset`; None for the
    article's own words."""
    return next((i for i, (start, end) in enumerate(spans) if start <= offset < end), None)
