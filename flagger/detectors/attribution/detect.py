"""Find the attribution cues in a document and turn them into A findings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.detectors.attribution.anaphora import chains
from flagger.detectors.attribution.generic import generic
from flagger.detectors.attribution.guards import excused
from flagger.detectors.attribution.identified import named_next
from flagger.detectors.attribution.named import is_named
from flagger.detectors.attribution.patterns import ALL_CUES, compiled
from flagger.detectors.attribution.rules import MESSAGES, RULE
from flagger.detectors.wordscan import Keywords
from flagger.report.finding import Finding

NAMEABLE = frozenset({"A102", "A104"})
"""Crowds and roles can be named beside the cue; sources and hearsay stay unnamed whatever
organisation they sit in ('Interior Ministry sources said')."""
WORD_START = lazy(r"\b\w")
KEYWORDS = Keywords((word for cue in ALL_CUES for word in cue.keywords), at_word_starts=True)
"""Every cue needs its keyword at a word start ('ally' inside 'finally' starts nothing)."""


@dataclass(frozen=True, slots=True)
class _Match:
    code: str
    start: int
    end: int


CUES_OF: dict[str, frozenset[int]] = {
    word: frozenset(i for i, cue in enumerate(ALL_CUES) if word in cue.keywords)
    for word in {word for cue in ALL_CUES for word in cue.keywords}
}
"""The cues (by their place in `ALL_CUES`) each keyword may find: a text holding none of a
cue's keywords is never tried with it."""


def _starts(text: str, positions: list[int], reach: int) -> list[int]:
    """Return, in order, the word starts at most `reach` before a keyword."""
    if reach == 0:  # the cue starts with its keyword; `pattern.match` checks the word boundary
        return positions
    starts: list[int] = []
    tried = -1
    for at in positions:
        begin = max(at - reach, tried + 1)
        if begin > at:
            continue
        starts += [word.start() for word in WORD_START.finditer(text, begin, at + 1)]
        tried = at
    return starts


def _finditer(
    pattern: re.Pattern[str], text: str, starts: list[int] | None
) -> Iterator[re.Match[str]]:
    """Yield what `pattern.finditer(text)` yields, trying only `starts` (near a keyword).

    Without starts (a text with characters that fold unusually) the whole text is scanned.
    """
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


def _matches(doc: Document) -> Iterator[_Match]:
    """Yield every cue match whose source is not named beside it, longest first per position."""
    text = doc.text
    low = doc.lowered
    each = KEYWORDS.find(low) if low is not None else {}
    live = frozenset().union(*(CUES_OF[word] for word in each))
    found: dict[tuple[str, ...], list[int]] = {}  # patterns share keyword lists
    reached: dict[tuple[tuple[str, ...], int], list[int]] = {}  # and their reach
    for number, cue in enumerate(ALL_CUES):
        code = cue.code
        positions = None
        if low is not None:
            if number not in live:  # no keyword, no match: the pattern need not even be compiled
                continue
            if cue.keywords not in found:
                found[cue.keywords] = KEYWORDS.starts(each, cue.keywords)
            positions = found[cue.keywords]
        if cue.anchor:
            positions = [m.start() for m in compiled(cue.anchor).finditer(text)]
            if not positions:
                continue
            starts = _starts(text, positions, cue.reach)
        elif positions is None:
            starts = None
        elif (cue.keywords, cue.reach) in reached:
            starts = reached[(cue.keywords, cue.reach)]
        else:
            starts = reached[(cue.keywords, cue.reach)] = _starts(text, positions, cue.reach)
        for match in _finditer(compiled(cue.pattern), text, starts):
            if cue.outside_quotes and doc.quote_at(match.start(), match.end()) is not None:
                continue
            index = doc.sentence_index(match.start())
            sentence = doc.sentences[index] if doc.sentences else None
            if (
                code in NAMEABLE
                and not cue.agentless
                and is_named(text, match, sentence.start if sentence else 0)
            ):
                continue
            bounds = (sentence.start, sentence.end) if sentence else (0, len(text))
            if excused(text, code, match.start(), match.end(), bounds):
                continue
            if code in NAMEABLE and named_next(doc, index, match.group()):
                continue
            if code in NAMEABLE and generic(text, match.start(), bounds[0]):
                continue
            yield _Match(code, match.start(), match.end())


def _without_overlaps(matches: list[_Match]) -> list[_Match]:
    """Keep the earliest, then the stronger tier (a role is the weakest), then the longest."""
    kept: list[_Match] = []
    for match in sorted(matches, key=lambda m: (m.start, m.code == "A104", -(m.end - m.start))):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def detect(doc: Document) -> Iterator[Finding]:
    """Yield A-rule findings: unnamed sources, vague authorities and unsourced reports."""
    kept = _without_overlaps(list(_matches(doc)))
    spans = [(m.code, m.start, m.end) for m in kept]
    chained = chains(doc, spans)
    kept = _without_overlaps(kept + [_Match(*span) for span in chained])
    for match in kept:
        rule = RULE[match.code]
        words = " ".join(doc.text[match.start : match.end].split())
        yield rule.finding(
            doc,
            match.start,
            match.end,
            MESSAGES[rule.code].format(words=words),
            evidence=(words,),
            suggestion=rule.fix,
        )
