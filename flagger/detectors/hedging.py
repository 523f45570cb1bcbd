"""Hedging rules (H1xx): sentences the classifier reads as speculative, with their cue words."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.annotations.quotes import Quote
from flagger.annotations.sentences import Sentence
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

RULES: tuple[Rule, ...] = (
    Rule(
        "H101",
        "speculative-sentence",
        "hedging",
        "warning",
        flags="A sentence that speculates or hedges (may, could, is expected to, whether, "
        "appears) instead of stating what is known; score = the classifier's probability. "
        "Reported from the threshold where precision on the news dev labels reaches 0.80; a "
        "warning from a second, higher one (precision 0.90), info between the two.",
        why="Readers take hedged claims as news; a speculative sentence in the reporter's own "
        "voice should be sourced, confirmed, or framed as speculation.",
        example="The merger could be announced as early as next week.",
        fix="State what is confirmed and by whom, or attribute the speculation to a named source.",
        in_quote="info-if-attributed",
    ),
    Rule(
        "H102",
        "unresolved-outcome",
        "hedging",
        "info",
        flags="A sentence saying an outcome is still open (nothing is decided yet, remains "
        "unclear, has yet to be confirmed) or asking whether it will happen (Will the talks "
        "succeed?) that the classifier scored below its threshold.",
        why="An open outcome is uncertainty the reader should notice; make sure the headline and "
        "other sentences do not present it as settled.",
        example="The date of the vote remains unclear.",
        fix="Keep the headline and summary consistent with the open outcome.",
        in_quote="info-if-attributed",
    ),
)
SPECULATIVE, UNRESOLVED = RULES
OPEN_OUTCOME = lazy(
    r"\b(?:(?:nothing|not|no one|none)\s+(?:\w+\s+){0,3}?"
    r"(?:decided|settled|determined|certain|clear|known|confirmed|agreed)"
    r"|(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?"
    r"(?:unclear|uncertain|unknown|undecided|unresolved|open|to be seen)"
    r"|(?:has|have)\s+yet\s+to\s+be\s+(?:\w+\s+)?"
    r"(?:decided|settled|determined|confirmed|announced))\b",
    re.IGNORECASE,
)
OUTCOME_WORDS = (
    "decided", "settled", "determined", "certain", "clear", "known", "confirmed", "agreed",
    "unresolved", "open", "to be seen", "announced",
)  # fmt: skip
"""Every match of OPEN_OUTCOME holds one of these (lower-cased): a sentence with none is not
searched ("unclear" holds "clear", "unknown" "known", "undecided" "decided")."""
OPEN_QUESTION = lazy(
    r"^\W*(?P<cue>will|would|could|can|should|might|may|shall|is|are|was|were|do|does|did"
    r"|has|have|had)\b[^?]*\?\W*$",
    re.IGNORECASE,
)


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


def _open_outcome(text: str, low: str | None) -> tuple[int, int, str] | None:
    """Return (start, end, message) of the words saying an outcome is open, or None; `low` is
    the text lower-cased (`Document.lowered`), None to search it whole."""
    words = low is None or any(word in low for word in OUTCOME_WORDS)
    match = OPEN_OUTCOME.search(text) if words else None
    if match is not None:
        return match.start(), match.end(), f"Outcome still open: '{match.group()}'"
    match = OPEN_QUESTION.match(text)
    if match is not None:
        cue = match.group("cue")
        return match.start("cue"), match.end("cue"), f"Outcome still open: asks '{cue} …?'"
    return None


def _unresolved(doc: Document, sentence: Sentence) -> Finding | None:
    """Return an H102 finding when the sentence says or asks whether an outcome is open."""
    low = doc.lowered
    found = _open_outcome(sentence.text, low[sentence.start : sentence.end] if low else None)
    if found is None:
        return None
    first, last, message = found
    start, end = sentence.start + first, sentence.start + last
    words = sentence.text[first:last]
    return UNRESOLVED.finding(
        doc,
        sentence.start,
        sentence.end,
        message,
        sentence=sentence.index,
        evidence=(words,),
        related=(Span(start, end, words, "cue", doc.field),),
        quote=doc.quote_at(start, end),
    )


def detect(doc: Document) -> Iterator[Finding]:
    """Yield H101 for sentences scoring at least the threshold, else H102 for open outcomes."""
    for sentence, hedge in zip(doc.sentences, doc.hedges, strict=False):
        if hedge.score < doc.hedge_threshold:
            finding = _unresolved(doc, sentence)
            if finding is not None:
                yield finding
            continue
        quote = _quote_of(doc, sentence.start, sentence.end, hedge.cues)
        yield SPECULATIVE.finding(
            doc,
            sentence.start,
            sentence.end,
            _message(hedge.score, hedge.cues, quote),
            sentence=sentence.index,
            score=hedge.score,
            evidence=tuple(cue.text for cue in hedge.cues),
            related=tuple(dataclasses.replace(cue, field=doc.field) for cue in hedge.cues),
            quote=quote,
            severity="warning" if hedge.score >= doc.hedge_warning else "info",
        )
