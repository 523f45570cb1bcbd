"""N101 a count the narration and a quote give with two values, told in the same words: "the
refit covers three Baltic ferries" … “we are refitting four Baltic ferries,” she said.

Both counts are bare or definite counts of one noun class with the same describing words before
it ("Baltic", "armoured", "night shift"; never none); one stands in a direct quote, the
other outside any; they are the only two counts of that noun so described, their values lie
outside each other's bounds and rounding, and no update is told between them.
"""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.article import Span
from flagger.detectors.numbers.classes import kind
from flagger.detectors.numbers.counts import Count, read_count
from flagger.detectors.numbers.mentions import mentions
from flagger.detectors.numbers.updates import CHANGED, update_window
from flagger.detectors.numbers.values import rounded
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding


def quoted_counts(doc: Document, rule: Rule, flagged: set[int]) -> Iterator[Finding]:
    """Yield N101 findings for a described count a quote and the narration give differently."""
    if not doc.quotes:
        return
    found = mentions(doc.text)
    if not any(doc.quote_at(m.start(), m.end()) for m in found):
        return  # no count quoted: nothing to set against the narration
    groups: dict[tuple[str, frozenset[str]], list[Count]] = {}
    for match in found:
        count = read_count(doc, match)
        if count is not None and count.modifiers and not count.added:
            groups.setdefault((kind(count.noun), count.modifiers), []).append(count)
    for pair in groups.values():
        if len(pair) != 2:
            continue
        first, later = pair
        quoted = [doc.quote_at(c.match.start(), c.match.end()) is not None for c in pair]
        if quoted[0] == quoted[1] or later.match.start() in flagged:
            continue
        if not (first.high < later.low or later.high < first.low) or rounded(
            first.value, later.value
        ):
            continue
        if CHANGED.search(update_window(doc, first, later)):
            continue
        yield rule.finding(
            doc, later.match.start("count"), later.match.end("count"),
            f"{later.match.group('count')} {later.noun} here, but {first.match.group('count')} "
            f"{'in the quote' if quoted[0] else 'in the narration'} for what reads as the same "
            f"count ({later.value:,} ≠ {first.value:,})",
            related=(Span(first.match.start("count"), first.match.end("count"),
                          first.match.group("count"), "earlier count"),),
            evidence=(f"{first.match.group().strip()} = {first.value:,}",
                      f"{later.match.group().strip()} = {later.value:,}"),
        )
