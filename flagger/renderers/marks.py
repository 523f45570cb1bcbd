"""Shared helpers for renderers: positions, excerpts and marked-up spans."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from flagger.report import Report
from flagger.report.finding import Finding

CATEGORY_COLOURS = {
    "hedging": "yellow",
    "attribution": "magenta",
    "temporal": "red",
    "place": "cyan",
    "number": "blue",
}


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of a code-point offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def by_sentence(report: Report) -> dict[int, list[Finding]]:
    """Group findings by the sentence they sit in, in order."""
    groups: dict[int, list[Finding]] = {}
    for finding in report.findings:
        groups.setdefault(finding.sentence, []).append(finding)
    return groups


def marked(
    text: str,
    start: int,
    end: int,
    spans: Iterable[tuple[int, int, str]],
    wrap: Callable[[str, str], str],
    escape: Callable[[str], str] = str,
) -> str:
    """Return text[start:end] with each (start, end, category) span wrapped; overlaps merged."""
    cuts: list[tuple[int, int, str]] = []
    for span_start, span_end, category in sorted(spans):
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end:
            continue
        if cuts and span_start < cuts[-1][1]:
            last = cuts[-1]
            cuts[-1] = (last[0], max(last[1], span_end), last[2])
        else:
            cuts.append((span_start, span_end, category))
    pieces, position = [], start
    for span_start, span_end, category in cuts:
        pieces.append(escape(text[position:span_start]))
        pieces.append(wrap(escape(text[span_start:span_end]), category))
        position = span_end
    pieces.append(escape(text[position:end]))
    return " ".join("".join(pieces).split())


def spans_of(report: Report, findings: Iterable[Finding]) -> list[tuple[int, int, str]]:
    """Return the (start, end, category) spans to highlight; hedging marks its cue words."""
    spans: list[tuple[int, int, str]] = []
    for finding in findings:
        cues = report.hedges[finding.sentence].cues if finding.category == "hedging" else ()
        if cues and report.hedges:
            spans.extend((cue.start, cue.end, finding.category) for cue in cues)
        else:
            spans.append((finding.start, finding.end, finding.category))
        spans.extend((span.start, span.end, finding.category) for span in finding.related)
    return spans
