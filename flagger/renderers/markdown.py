"""Markdown: a report to paste into a ticket, a wiki or a review thread."""

from __future__ import annotations

from flagger.annotations.lazyre import lazy
from flagger.renderers.marks import (
    line_column,
    marked,
    review_groups,
    severity_label,
    spans_of,
)
from flagger.renderers.terminal import shown
from flagger.report import Report
from flagger.report.finding import Finding

SPECIAL = lazy(r"([\\`*_{}\[\]<>#|~])")


def _escape(text: str) -> str:
    """Return a field on one line (a line break in a title would start a heading or a table
    row of its own), its controls shown and Markdown's special characters escaped."""
    return _escape_piece(" ".join(text.split()))


def _escape_piece(text: str) -> str:
    """Escape a piece of a quoted sentence (`marked` puts the sentence on one line)."""
    return SPECIAL.sub(r"\\\1", shown(text, lines=True))


def render_markdown(report: Report, color: bool = False) -> str:
    """Return the report as a Markdown section."""
    article, summary = report.article, report.summary
    title = article.title or article.id or "Article"
    lines = [f"## {_escape(title)}", ""]
    facts = [
        ("Source", article.source or "—"),
        ("Published", article.published.isoformat() if article.published else "unknown"),
        ("Score", f"{summary.score}/100"),
        ("Sentences", str(summary.sentences)),
        ("Hedged share", f"{summary.hedged_share:.0%}"),
        *((c.capitalize(), str(n)) for c, n in summary.findings_by_category.items()),
    ]
    lines += ["| | |", "|---|---|", *(f"| {k} | {_escape(v)} |" for k, v in facts), ""]
    lines += [f"> **Note:** {_escape(note)}" for note in report.notes]
    groups: list[tuple[str, str, int, int, list[Finding]]] = []
    for index, findings in review_groups(report):
        if index is None:
            title = article.title or ""
            groups.append(("Headline", title, 0, len(title), findings))
            continue
        sentence = report.sentences[index]
        line, column = line_column(article.text, sentence.start)
        where = f"{line}:{column}"
        groups.append((where, article.text, sentence.start, sentence.end, findings))
    for where, text, start, end, findings in groups:
        quote = marked(
            text,
            start,
            end,
            spans_of(report, findings),
            lambda words, _category: f"**{words}**",
            _escape_piece,
        )
        lines += ["", f"**{where}:** {quote}", ""]
        for finding in findings:
            voice = f" (quoting {_escape(finding.speaker or 'a source')})" if finding.quoted else ""
            severity = severity_label(finding.severity)
            lines.append(
                f"- **{severity}** `{finding.rule}` {finding.name}{voice}: "
                f"{_escape(finding.message)}"
            )
            if finding.suggestion:
                lines.append(f"  - Suggestion: {_escape(finding.suggestion)}")
    if not report.findings:
        lines += ["", "Nothing to flag."]
    return "\n".join(lines) + "\n\n"
