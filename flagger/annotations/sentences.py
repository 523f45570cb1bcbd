"""Sentence splitting with offsets: line structure first, then trained Punkt within blocks."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from flagger.annotations.lazyre import lazy
from flagger.annotations.punkt import import_punkt
from flagger.artefacts import load_json

PARAGRAPH_BREAK = lazy(r"\n[ \t]*\n\s*|\n(?=[ \t]|[-*•·▪]\s|\d{1,2}[.)]\s)")
LINE = lazy(r"[^\n]*")
WRAPPED_WIDTH = range(45, 100)
CONTINUED_LINE = lazy(r"(?:[,;:(\-–]|\b(?:the|a|an|of|and|or|to|in|for|with|at|by|on))\s*$")
CONTINUATION = lazy(r"\s*(?:[a-z0-9]|<[A-Z])")
"""A wrapped line goes on in lower case, with a figure or with a wire ticker ('Inc\n<NAS> on')."""
FINGERPRINT_LENGTH = 12


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its index and 0-based, end-exclusive offsets into the article text."""

    index: int
    start: int
    end: int
    text: str


_PUNKT_LOCK = threading.Lock()
SENTENCE_MODEL = "punkt"


def _tokenizer() -> Any:
    """Return the Punkt tokenizer, built once per process even when many threads ask at once."""
    with _PUNKT_LOCK:
        return _build_tokenizer()


@cache
def _build_tokenizer() -> Any:
    """Build the Punkt tokenizer from the shipped parameters."""
    punkt = import_punkt()
    PunktParameters, PunktSentenceTokenizer = punkt.PunktParameters, punkt.PunktSentenceTokenizer
    data, _ = load_json(SENTENCE_MODEL)
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context = OrthoContext(data["ortho_context"])
    return PunktSentenceTokenizer(params)


class OrthoContext(dict[str, int]):
    """Punkt's table of the cases each word type was seen in, read from the shipped
    `{flags: words, one a line}` groups on the first lookup of a type it does not hold yet.

    Punkt looks a type up only at a few sentence breaks (about one article in three needs one),
    and filling the table's 84,000 types took a tenth of a cold `flagger check`. Like Punkt's
    own `defaultdict(int)`, a type seen in no case is 0.
    """

    def __init__(self, groups: dict[str, str]) -> None:
        super().__init__()
        self._groups: dict[str, str] | None = groups
        self._lock = threading.Lock()

    def __missing__(self, typ: str) -> int:
        with self._lock:  # another thread may be filling the table: wait for it
            if self._groups is not None:
                for flags, words in self._groups.items():
                    self.update(dict.fromkeys(words.split("\n"), int(flags)))
                self._groups = None
        return self.get(typ, 0)


def _median(values: list[int]) -> float:
    """Return the median of a non-empty list, as `statistics.median` does.

    Importing `statistics` (with `decimal` and `fractions`) took 12-16 ms of every cold
    `flagger check` on the 2-core development machine.
    """
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Tell whether a block's lines are a wrapped paragraph (wire copy) rather than one per line."""
    widths = [len(line.rstrip()) for line in lines[:-1]]
    if not widths or int(_median(widths)) not in WRAPPED_WIDTH or max(widths) >= 110:
        return False
    return len(widths) >= 2 or bool(CONTINUED_LINE.search(lines[0]) or CONTINUATION.match(lines[1]))


def _line_blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph into spans Punkt may not join: each line, unless the lines are wrapped."""
    if text.find("\n", start, end) < 0:  # one line (most paragraphs of scraped news)
        if start < end:
            yield start, end
        return
    lines = [(m.start(), m.end()) for m in LINE.finditer(text, start, end) if m.start() < end]
    lines = [(a, b) for a, b in lines if a < b or a == start]
    if _is_hard_wrapped([text[a:b] for a, b in lines]):
        yield start, end
    else:
        yield from lines


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield paragraph spans separated by blank lines, indented lines or list items."""
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        yield position, match.start()
        position = match.end()
    yield position, len(text)


MAX_BLOCK = 20_000
"""Punkt reads a block in one regular-expression pass that NLTK stops after 5 s; a block longer
than any real paragraph is cut after a sentence-ending mark and a space (else at a space)."""
BLOCK_CUT = lazy(r"[.!?][\"'”’)\]]*\s+(?=\S)")


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield start:end in pieces of at most about MAX_BLOCK characters."""
    while end - start > MAX_BLOCK:
        window = text[start : start + MAX_BLOCK]
        cut = None
        for match in BLOCK_CUT.finditer(window, MAX_BLOCK // 2):
            cut = match.end()
        if cut is None:
            space = window.rfind(" ", MAX_BLOCK // 2)
            cut = space + 1 if space > 0 else MAX_BLOCK
        yield start, start + cut
        start += cut
    yield start, end


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Return the sentences of `text` with offsets; whitespace is never part of a sentence."""
    tokenizer = _tokenizer()
    sentences: list[Sentence] = []
    for paragraph_start, paragraph_end in _paragraphs(text):
        blocks = (
            piece
            for line_start, line_end in _line_blocks(text, paragraph_start, paragraph_end)
            for piece in _bounded(text, line_start, line_end)
        )
        for block_start, block_end in blocks:
            block = text[block_start:block_end]
            if not block.strip():
                continue
            for start, end in tokenizer.span_tokenize(block):
                piece = block[start:end]
                start = block_start + start + len(piece) - len(piece.lstrip())
                end = block_start + end
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return tuple(sentences)


def fingerprint(sentence: str) -> str:
    """Return the fingerprint of a sentence: SHA-1 prefix of its whitespace-normalised text."""
    normal = " ".join(sentence.split())
    return hashlib.sha1(normal.encode("utf-8", "surrogatepass")).hexdigest()[:FINGERPRINT_LENGTH]
