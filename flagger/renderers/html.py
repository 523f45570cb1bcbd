"""HTML: a self-contained page per article with every finding marked in place, and a batch index.

No network fetches and no external assets: the pages come from the Jinja templates in
`templates/`, which inline the CSS and the small script, and every value is escaped on output.
Marks are static HTML, so the page reads without the script; the script only links marks and
list entries on hover and click. This module only prepares plain data for the templates.
The Jinja environment, its layout rules and the pages' CSP are in `flagger.renderers.pages`.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, NamedTuple

from flagger.annotations.timex import TimeExpression
from flagger.renderers.marks import line_column
from flagger.renderers.pages import template
from flagger.report import Report
from flagger.report.finding import SEVERITIES, Finding
from flagger.report.summary import CATEGORIES

MIN_SOURCE_ARTICLES = 5
"""Sources are ranked on the index page only with this many articles (as in the stderr tally)."""
QUOTE_LIMIT = 140
PRIORITY = {"temporal": 0, "place": 0, "number": 0, "attribution": 1, "hedging": 2}

FindingSpan = tuple[int, int, int, str]  # start, end, finding number, role


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
    skipped: str
    """Why this text is not analysed (title line, dateline, furniture), or empty."""


class Item(NamedTuple):
    """One entry of the findings list."""

    number: int
    category: str
    accepted: bool
    where: str
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


class Moment(NamedTuple):
    """One resolved date or time of the timeline, and the conflicts it takes part in."""

    number: int
    value: str
    type: str
    text: str
    conflicts: list[int]


class Row(NamedTuple):
    """One article of the index table."""

    score: int
    file: str
    label: str
    source: str
    published: str
    counts: list[int]
    severities: list[int]
    hedged: str
    share: float


def _spans(report: Report) -> list[FindingSpan]:
    """Return (start, end, finding number, role) for each finding's own and related spans."""
    spans = []
    for number, finding in enumerate(report.findings):
        if finding.field == "text":
            spans.append((finding.start, finding.end, number, "flag"))
        spans.extend(
            (s.start, s.end, number, s.role or "related")
            for s in finding.related
            if s.field == "text"
        )
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
    worst = max(SEVERITIES.index(findings[n].severity) for n in numbers)
    classes = [f"c-{findings[lead].category}", f"s-{SEVERITIES[worst]}"]
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


def _skipped_reason(skipped: list[tuple[int, int, str]], at: int, start: int, end: int) -> str:
    """Return why the text piece start:end was skipped, if the skipped span `at` holds it."""
    if at < len(skipped) and skipped[at][0] <= start and end <= skipped[at][1]:
        return skipped[at][2]
    return ""


def _pieces(report: Report) -> list[Piece]:
    """Return the article text cut at every span edge: each piece's anchors, text and marks."""
    text = report.article.text
    spans = _spans(report)
    dates = [(d.start, d.end, number) for number, d in enumerate(report.dates)]
    skipped = sorted((s.start, s.end, s.reason) for s in report.skipped)
    cuts = sorted(
        {0, len(text)}
        | {p for s in spans for p in s[:2]}
        | {p for d in dates for p in d[:2]}
        | {p for s in skipped for p in s[:2]}
    )
    # One sweep over the cuts: what starts at a cut, and which spans and dates are open there
    # (looking every span up again at every cut took minutes for a long, much-flagged article).
    anchors_at: dict[int, list[str]] = {}
    for s, _, n, role in spans:
        anchors_at.setdefault(s, []).append(f"f{n}-{role}")
    for s, _, n in dates:
        anchors_at.setdefault(s, []).append(f"d{n}")
    opening = sorted(range(len(spans)), key=lambda i: spans[i][0])
    closing = sorted(range(len(spans)), key=lambda i: spans[i][1])
    date_edges = sorted([(s, 1) for s, _, _ in dates] + [(e, -1) for _, e, _ in dates])
    active: set[int] = set()
    opened = closed = dated = open_dates = skip = 0
    pieces = []
    for start, end in pairwise(cuts):
        while skip < len(skipped) and skipped[skip][1] <= start:
            skip += 1
        while opened < len(opening) and spans[opening[opened]][0] <= start:
            active.add(opening[opened])
            opened += 1
        while closed < len(closing) and spans[closing[closed]][1] <= start:
            active.discard(closing[closed])
            closed += 1
        while dated < len(date_edges) and date_edges[dated][0] <= start:
            open_dates += date_edges[dated][1]
            dated += 1
        if start >= end:
            continue
        covering = [spans[i] for i in sorted(active) if end <= spans[i][1]]
        pieces.append(
            Piece(
                anchors=list(dict.fromkeys(anchors_at.get(start, []))),
                text=text[start:end],
                mark=_mark(report, covering) if covering else None,
                timex=open_dates > 0,
                skipped=_skipped_reason(skipped, skip, start, end),
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


def _quoted(words: str) -> str:
    """Return the flagged words in quotation marks, unless they already open with one."""
    return words if words[:1] in "\"“‘'" else f"“{words}”"


def _item(report: Report, number: int, finding: Finding) -> Item:
    """Return the side-list entry of one finding, with the anchors of its spans."""
    text = report.article.text
    line, column = line_column(text, finding.start)
    where = f"{line}:{column}"
    if finding.field == "title":
        text, where = report.article.title or "", f"headline 1:{finding.start + 1}"
    return Item(
        number=number,
        category=finding.category,
        accepted=bool(finding.suppressed),
        where=where,
        rule=finding.rule,
        name=finding.name,
        severity=finding.severity,
        quoting=(finding.speaker or "a source") if finding.quoted else "",
        message=finding.message,
        quote=_quoted(_shorten(text[finding.start : finding.end])),
        evidence="; ".join(finding.evidence),
        related=[(s.role or "related", s.text) for s in finding.related],
        suggestion=finding.suggestion or "",
        suppressed=finding.suppressed or "",
        fingerprint=finding.fingerprint or "",
    )


def _timeline(report: Report) -> tuple[list[Moment], list[Moment]]:
    """Return the dates and times in calendar order, and apart from them the durations and sets.

    A date is marked with the numbers of the temporal findings it takes part in (its own span
    or a related one), so conflicting pairs stand out.
    """
    involved: dict[tuple[int, int], list[int]] = {}
    for number, finding in enumerate(report.findings):
        if finding.category != "temporal" or finding.field != "text":
            continue
        for start, end in [(finding.start, finding.end)] + [
            (s.start, s.end) for s in finding.related if s.field == "text"
        ]:
            involved.setdefault((start, end), []).append(number)

    def conflicts(d: TimeExpression) -> list[int]:
        return sorted(
            {n for (a, b), ns in involved.items() if a < d.end and d.start < b for n in ns}
        )

    moments = sorted(
        (d.value, n, d.type, d.text, conflicts(d)) for n, d in enumerate(report.dates)
    )
    dates = [Moment(n, v, k, t, c) for v, n, k, t, c in moments if k in ("DATE", "TIME")]
    spans = [Moment(n, v, k, t, c) for v, n, k, t, c in moments if k not in ("DATE", "TIME")]
    return dates, spans


def _order(report: Report) -> list[int]:
    """Return the finding numbers in review order: worst severity first, then by position."""
    return sorted(range(len(report.findings)), key=lambda n: report.findings[n].review_key)


def render_html(report: Report, color: bool = False) -> str:
    """Return the report as one self-contained HTML page."""
    dates, durations = _timeline(report)
    return template("report.html").render(
        title=report.article.title or report.article.id or "flagger report",
        categories=CATEGORIES,
        pieces=_pieces(report),
        timeline=dates,
        durations=durations,
        severities=SEVERITIES[::-1],
        findings=[_item(report, n, report.findings[n]) for n in _order(report)],
        **_header(report),
    )


def _rankings(entries: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    """Return (source, hedged share of its sentences, articles), worst first, as the tally does.

    Only sources with MIN_SOURCE_ARTICLES articles or more are ranked.
    """
    by_source: dict[str, list[tuple[float, int]]] = {}
    for e in entries:
        if not e.get("error"):
            source = e.get("source") or "(no source)"
            sentences = int(e.get("sentences") or 1)
            by_source.setdefault(source, []).append((e["hedged_share"], sentences))
    ranked = []
    for source, articles in by_source.items():
        total = sum(n for _, n in articles)
        if len(articles) >= MIN_SOURCE_ARTICLES and total:
            share = sum(round(h * n) for h, n in articles) / total
            ranked.append((source, share, len(articles)))
    ranked.sort(key=lambda r: (-r[1], -r[2], r[0]))
    return [(source, f"{share:.1%}", n) for source, share, n in ranked[:10]]


def render_index(entries: list[dict[str, Any]]) -> str:
    """Return the batch index page: articles by score, highest first, then the errors.

    The table sorts by any column and filters by category and severity (inline script; the
    page reads without it); sources are ranked only with MIN_SOURCE_ARTICLES articles or more.
    """
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
            severities=[
                (e.get("findings_by_severity") or {}).get(s, 0) for s in SEVERITIES[::-1]
            ],
            hedged=f"{e['hedged_share']:.0%}",
            share=e["hedged_share"],
        )
        for e in reports
    ]
    errors = [(e["id"], e["error"]) for e in entries if e.get("error")]
    return template("index.html").render(
        title="flagger index",
        categories=CATEGORIES,
        severities=SEVERITIES[::-1],
        total=len(entries),
        rows=rows,
        errors=errors,
        rankings=_rankings(entries),
        min_articles=MIN_SOURCE_ARTICLES,
    )
