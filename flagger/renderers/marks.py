"""Shared helpers for renderers: positions, excerpts and marked-up spans."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache

from flagger.report import Report
from flagger.report.finding import Finding

CATEGORY_COLOURS = {
    "hedging": "yellow",
    "attribution": "magenta",
    "temporal": "red",
    "place": "cyan",
    "number": "blue",
}


@lru_cache(maxsize=4)
def _line_starts(text: str) -> list[int]:
    """Return the offsets of the newlines of a text (kept for the few texts being rendered, so
    finding every finding's line is a binary search, not a count from the start)."""
    return [match.start() for match in re.finditer("\n", text)]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of a code-point offset."""
    newlines = _line_starts(text)
    before = bisect_left(newlines, offset)
    line = before + 1
    column = offset - (newlines[before - 1] + 1 if before else 0) + 1
    return line, column


def review_groups(report: Report) -> list[tuple[int | None, list[Finding]]]:
    """Group findings by sentence (None: the headline), worst first, as an editor reviews them.

    Groups are ordered by their worst severity, then headline first, then by position; inside
    a group, findings are ordered by severity, then position.
    """
    groups: dict[int | None, list[Finding]] = {}
    for finding in report.findings:
        key = None if finding.field == "title" else finding.sentence
        groups.setdefault(key, []).append(finding)
    ordered = [
        (key, sorted(findings, key=lambda f: f.review_key)) for key, findings in groups.items()
    ]
    return sorted(ordered, key=lambda group: group[1][0].review_key)


def severity_label(severity: str) -> str:
    """Return the label a reader sees for a severity: ERROR, warning, info."""
    return severity.upper() if severity == "error" else severity


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
        hedges = report.headline_hedges if finding.field == "title" else report.hedges
        cues = hedges[finding.sentence].cues if finding.category == "hedging" and hedges else ()
        if cues:
            spans.extend((cue.start, cue.end, finding.category) for cue in cues)
        else:
            spans.append((finding.start, finding.end, finding.category))
        spans.extend(
            (span.start, span.end, finding.category)
            for span in finding.related
            if span.field == finding.field
        )
    return spans
