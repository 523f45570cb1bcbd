"""N102 a table line's own stated change its two columns deny: "Net 17.7 mln vs 15.3 mln, up
26 pct" (15.7 pct); "Turnover 4.03 billion vs 4.35 billion, down 17 pct" (7.4 pct).

The change is read from the later column against the earlier one, within what the written digits
allow and `SLACK` points for a whole percentage (`DECIMAL_SLACK` for one written with
decimals); a line with a loss in either column is not read (a change of a loss has no agreed
sign).
"""

from __future__ import annotations

from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.article import Span
from flagger.detectors.numbers.wire_lines import bears, profits, wire_lines
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

SLACK = 1.0
DECIMAL_SLACK = 0.15


def line_changes(doc: Document, rule: Rule) -> Iterator[Finding]:
    """Yield N102 findings on table lines whose stated change their columns deny."""
    for line in wire_lines(doc.text):
        if line.change is None or not profits(line):
            continue
        stated, start, end = line.change
        slack = DECIMAL_SLACK if "." in doc.text[start:end] else SLACK
        if bears(line, stated, slack):
            continue
        assert line.now is not None and line.before is not None
        actual = 100 * (line.now.value / line.before.value - 1)
        yield rule.finding(
            doc, start, end,
            f"{line.now.text} against {line.before.text} is a change of {actual:+.1f} pct, not "
            f"the {stated:+g} pct the line states",
            related=(Span(line.now.start, line.before.end,
                          doc.text[line.now.start : line.before.end], "columns"),),
            evidence=(f"{line.now.text} / {line.before.text} - 1 = {actual:+.1f} pct",),
        )
