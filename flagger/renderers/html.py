"""HTML: a self-contained page per article with every finding marked in place, and a batch index.

No network fetches and no external assets: the pages come from the Jinja templates in
`templates/`, which inline the CSS and the small script, and every value is escaped on output.
Marks are static HTML, so the page reads without the script; the script only links marks and
list entries on hover and click. This module only prepares plain data for the templates.

In the `.html` templates, line breaks and the indentation around them are layout and dropped
(`OneLine`): a space at a line break is written `{{ " " }}`, a real line break `{{ "\n" }}`.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template
from jinja2.ext import Extension
from markupsafe import Markup

from flagger.renderers.marks import line_column
from flagger.report import Report
from flagger.report.finding import Finding
from flagger.report.summary import CATEGORIES

TEMPLATES = Path(__file__).with_name("templates")
QUOTE_LIMIT = 140
PRIORITY = {"temporal": 0, "place": 0, "number": 0, "attribution": 1, "hedging": 2}

FindingSpan = tuple[int, int, int, str]  # start, end, finding number, role
# A Jinja tag (kept whole) or a line break with the blanks around it (dropped).
LAYOUT = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})|[ \t]*\n[ \t]*", re.DOTALL)


class Mark(NamedTuple):
    """The attributes of the mark on a piece of article text."""

    classes: str
    numbers: str
    flags: str
    title: str


class Piece(NamedTuple):
    """A run of article text between two span edges: anchors before it, its mark and timex."""

    anchors: list[str]
    text: str
    mark: Mark | None
    timex: bool


class Item(NamedTuple):
    """One entry of the findings list."""

    number: int
    category: str
    accepted: bool
    line: int
    column: int
    rule: str
    name: str
    severity: str
    quoting: str
    message: str
    quote: str
    evidence: str
    related: list[tuple[str, str]]
    suggestion: str
    suppressed: str
    fingerprint: str


class Row(NamedTuple):
    """One article of the index table."""

    score: int
    file: str
    label: str
    source: str
    published: str
    counts: list[int]
    hedged: str


class OneLine(Extension):
    """Drop the line breaks and indentation between the tags of `.html` templates.

    The templates are laid out for reading while the pages stay one line, as they always were.
    """

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        """Return an `.html` template's source without its layout whitespace."""
        if not (name or "").endswith(".html"):
            return source
        return LAYOUT.sub(lambda match: match.group(1) or "", source)


def _escaped(value: Any) -> Markup:
    """Escape an output value as `html.escape` does, so pages keep their exact bytes.

    markupsafe's own escape writes `&#39;` and `&#34;` where `html.escape` writes `&#x27;` and
    `&quot;`; values already escaped (Markup) pass through.
    """
    return value if isinstance(value, Markup) else Markup(escape(str(value)))


@cache
def _environment() -> Environment:
    """Return the templates' environment, made on first use (not on import)."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        finalize=_escaped,
        undefined=StrictUndefined,
        keep_trailing_newline=True,  # report.css and report.js end in a line break
        auto_reload=False,
        extensions=[OneLine],
    )


@cache
def _template(name: str) -> Template:
    """Return a template, loaded and compiled once per process."""
    return _environment().get_template(name)


def _spans(report: Report) -> list[FindingSpan]:
    """Return (start, end, finding number, role) for each finding's own and related spans."""
    spans = []
    for number, finding in enumerate(report.findings):
        spans.append((finding.start, finding.end, number, "flag"))
        spans.extend((s.start, s.end, number, s.role or "related") for s in finding.related)
    return spans


def _tooltip(findings: list[Finding]) -> str:
    """Return the hover text of a mark: rule, message, evidence and suggestion of each finding."""
    parts = []
    for f in findings:
        lines = [f"{f.rule} {f.name} ({f.severity}): {f.message}"]
        if f.evidence:
            lines.append("Evidence: " + "; ".join(f.evidence))
        if f.suggestion:
            lines.append("Suggestion: " + f.suggestion)
        if f.suppressed:
            lines.append("Accepted: " + f.suppressed)
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _mark(report: Report, covering: list[FindingSpan]) -> Mark:
    """Return the attributes of the mark on a text piece covered by the given finding spans."""
    findings = report.findings
    numbers = sorted({number for _, _, number, _ in covering})
    flags = sorted({number for _, _, number, role in covering if role == "flag"})
    lead = min(numbers, key=lambda n: (PRIORITY[findings[n].category], n))
    strong = [
        n for _, _, n, role in covering if role != "flag" or findings[n].category != "hedging"
    ]
    classes = [f"c-{findings[lead].category}"]
    if not strong:
        classes.append("light")
    if all(findings[n].suppressed for n in numbers):
        classes.append("accepted")
    return Mark(
        classes=" ".join(classes),
        numbers=" ".join(map(str, numbers)),
        flags=" ".join(map(str, flags)),
        title=_tooltip([findings[n] for n in numbers]),
    )


def _pieces(report: Report) -> list[Piece]:
    """Return the article text cut at every span edge: each piece's anchors, text and marks."""
    text = report.article.text
    spans = _spans(report)
    dates = [(d.start, d.end, number) for number, d in enumerate(report.dates)]
    cuts = sorted(
        {0, len(text)} | {p for s in spans for p in s[:2]} | {p for d in dates for p in d[:2]}
    )
    pieces = []
    for start, end in pairwise(cuts):
        if start >= end:
            continue
        anchors = [f"f{n}-{role}" for s, _, n, role in spans if s == start]
        anchors += [f"d{n}" for s, _, n in dates if s == start]
        covering = [s for s in spans if s[0] <= start and end <= s[1]]
        pieces.append(
            Piece(
                anchors=list(dict.fromkeys(anchors)),
                text=text[start:end],
                mark=_mark(report, covering) if covering else None,
                timex=any(s <= start and end <= e for s, e, _ in dates),
            )
        )
    return pieces


def _header(report: Report) -> dict[str, Any]:
    """Return the title, source, date, score, counts per category and notes."""
    article, summary = report.article, report.summary
    published = f"published {article.published.isoformat()}" if article.published else "no date"
    extra = f"{summary.sentences} sentences · {summary.hedged_share:.0%} hedged"
    if summary.suppressed:
        extra += f" · {summary.suppressed} accepted"
    return {
        "heading": article.title or article.id or "Article",
        "meta": [p for p in (article.source or "source unknown", published, article.id) if p],
        "score": summary.score,
        "chips": [(c, summary.findings_by_category[c]) for c in CATEGORIES],
        "extra": extra,
        "notes": list(report.notes),
    }


def _shorten(words: str, limit: int = QUOTE_LIMIT) -> str:
    """Return the flagged words on one line, cut at `limit` characters."""
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def _item(report: Report, number: int, finding: Finding) -> Item:
    """Return the side-list entry of one finding, with the anchors of its spans."""
    text = report.article.text
    line, column = line_column(text, finding.start)
    return Item(
        number=number,
        category=finding.category,
        accepted=bool(finding.suppressed),
        line=line,
        column=column,
        rule=finding.rule,
        name=finding.name,
        severity=finding.severity,
        quoting=(finding.speaker or "a source") if finding.quoted else "",
        message=finding.message,
        quote=_shorten(text[finding.start : finding.end]),
        evidence="; ".join(finding.evidence),
        related=[(s.role or "related", s.text) for s in finding.related],
        suggestion=finding.suggestion or "",
        suppressed=finding.suppressed or "",
        fingerprint=finding.fingerprint or "",
    )


def _timeline(report: Report) -> list[tuple[int, str, str, str]]:
    """Return (number, value, type, text) of each time expression, in calendar order."""
    dates = sorted((d.value, n, d.type, d.text) for n, d in enumerate(report.dates))
    return [(n, value, kind, text) for value, n, kind, text in dates]


def render_html(report: Report, color: bool = False) -> str:
    """Return the report as one self-contained HTML page."""
    return _template("report.html").render(
        title=report.article.title or report.article.id or "flagger report",
        categories=CATEGORIES,
        pieces=_pieces(report),
        timeline=_timeline(report),
        findings=[_item(report, n, f) for n, f in enumerate(report.findings)],
        **_header(report),
    )


def render_index(entries: list[dict[str, Any]]) -> str:
    """Return the batch index page: articles by score, highest first, then the errors."""
    reports = sorted(
        (e for e in entries if not e.get("error")), key=lambda e: (-e["score"], e["id"])
    )
    rows = [
        Row(
            score=e["score"],
            file=e["file"],
            label=e.get("title") or e["id"],
            source=e.get("source") or "",
            published=e.get("published") or "",
            counts=[e["findings_by_category"].get(c, 0) for c in CATEGORIES],
            hedged=f"{e['hedged_share']:.0%}",
        )
        for e in reports
    ]
    errors = [(e["id"], e["error"]) for e in entries if e.get("error")]
    return _template("index.html").render(
        title="flagger index", categories=CATEGORIES, total=len(entries), rows=rows, errors=errors
    )
