"""Hedging rules (H1xx): sentences the classifier reads as speculative, with their cue words."""

from __future__ import annotations

from collections.abc import Iterator

from flagger.document import Document
from flagger.finding import Finding, Span
from flagger.quotes import Quote
from flagger.rule import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "H101",
        "speculative-sentence",
        "hedging",
        "warning",
        flags="A sentence that speculates or hedges (may, could, is expected to, whether, "
        "appears) instead of stating what is known; score = the classifier's probability.",
        why="Readers take hedged claims as news; a speculative sentence in the reporter's own "
        "voice should be sourced, confirmed, or framed as speculation.",
        example="The merger could be announced as early as next week.",
        fix="State what is confirmed and by whom, or attribute the speculation to a named source.",
    ),
)
SPECULATIVE = RULES[0]


def _quote_of(doc: Document, start: int, end: int, cues: tuple[Span, ...]) -> Quote | None:
    """Return the quote holding every cue (or the whole sentence when it has no cues)."""
    if not cues:
        return doc.quote_at(start, end)
    quotes = {doc.quote_at(cue.start, cue.end) for cue in cues}
    return quotes.pop() if len(quotes) == 1 else None


def _message(score: float, cues: tuple[Span, ...], quote: Quote | None) -> str:
    """Return the one-line message an editor reads."""
    words = ", ".join(f"'{cue.text}'" for cue in cues) or "no single cue word"
    message = f"Speculative sentence ({score:.2f}): {words}"
    if quote is not None:
        message += f" (in a quote from {quote.speaker})" if quote.speaker else " (in a quote)"
    return message


def detect_speculation(doc: Document, threshold: float) -> Iterator[Finding]:
    """Yield an H101 finding for each sentence whose hedge score reaches `threshold`."""
    for sentence, hedge in zip(doc.sentences, doc.hedges, strict=False):
        if hedge.score < threshold:
            continue
        quote = _quote_of(doc, sentence.start, sentence.end, hedge.cues)
        attributed = quote is not None and quote.speaker is not None
        yield Finding(
            rule=SPECULATIVE.code,
            name=SPECULATIVE.name,
            category="hedging",
            severity="info" if attributed else SPECULATIVE.severity,
            start=sentence.start,
            end=sentence.end,
            sentence=sentence.index,
            message=_message(hedge.score, hedge.cues, quote),
            score=hedge.score,
            evidence=tuple(cue.text for cue in hedge.cues),
            related=hedge.cues,
            quoted=quote is not None,
            speaker=quote.speaker if quote else None,
        )
