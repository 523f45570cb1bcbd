"""The terminal view: each flagged sentence with its marks, rule, message and suggestion.

Sentences come worst first (errors, then warnings, then info; by position within a severity);
each finding's fingerprint (for `--accept`) comes last, after its message and suggestion.
"""

from __future__ import annotations

import click

from flagger.renderers.marks import (
    CATEGORY_COLOURS,
    line_column,
    marked,
    review_groups,
    severity_label,
    spans_of,
)
from flagger.renderers.terminal import shown
from flagger.report import Report
from flagger.report.finding import Finding

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def _header(report: Report, color: bool) -> list[str]:
    """Return the article line, its metadata and the summary line."""
    article, summary = report.article, report.summary
    name = article.id or article.title or "<article>"
    facts = [
        f'"{shown(article.title)}"' if article.title and article.title != name else None,
        shown(article.source) if article.source else None,
        f"published {article.published.isoformat()}" if article.published else "no date",
    ]
    counts = " · ".join(f"{c} {n}" for c, n in summary.findings_by_category.items())
    lines = [
        click.style(shown(name), bold=True) if color else shown(name),
        "  " + " · ".join(fact for fact in facts if fact),
        f"  score {summary.score}/100 · {summary.sentences} sentences · {counts}"
        + (f" · {summary.suppressed} suppressed" if summary.suppressed else ""),
    ]
    lines.extend(f"  note: {shown(note)}" for note in report.notes)
    return lines


def _finding_lines(findings: list[Finding], color: bool) -> list[str]:
    """Return the lines that name each finding: rule, severity, message, suggestion."""
    lines = []
    for finding in findings:
        severity = severity_label(finding.severity)
        if color:
            severity = click.style(severity, fg=SEVERITY_COLOURS[finding.severity], bold=True)
        speaker = shown(finding.speaker or "a source")
        voice = f" (quoting {speaker})" if finding.quoted else ""
        accepted = shown(finding.suppressed or "")
        suppressed = f" [accepted: {accepted}]" if finding.suppressed else ""
        lines.append(f"      {severity} {finding.rule} {finding.name}{voice}{suppressed}")
        lines.append(f"          {shown(finding.message)}")
        if finding.suggestion:
            lines.append(f"          → {shown(finding.suggestion)}")
        mark = f"[fingerprint {finding.fingerprint}]"
        lines.append(f"          {click.style(mark, dim=True) if color else mark}")
    return lines


def render_text(report: Report, color: bool = False) -> str:
    """Return the report as the plain or coloured text an editor reads in a terminal."""
    text = report.article.text

    def wrap(words: str, category: str) -> str:
        if color:
            return click.style(words, fg=CATEGORY_COLOURS[category], bold=True, underline=True)
        return f"«{words}»"

    lines = _header(report, color)
    title = report.article.title or ""
    for index, findings in review_groups(report):
        if index is None:
            excerpt = marked(title, 0, len(title), spans_of(report, findings), wrap, shown)
            lines += ["", f"  headline  {excerpt}"]
        else:
            sentence = report.sentences[index]
            line, column = line_column(text, sentence.start)
            spans = spans_of(report, findings)
            excerpt = marked(text, sentence.start, sentence.end, spans, wrap, shown)
            lines += ["", f"  {line}:{column}  {excerpt}"]
        lines += _finding_lines(findings, color)
    if not report.findings:
        lines += ["", "  nothing to flag"]
    return "\n".join(lines) + "\n\n"
