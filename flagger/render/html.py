"""HTML: a self-contained page per article with every finding marked in place, and a batch index.

No network fetches and no external assets: the CSS and the small script are inline, and every
piece of article text is escaped. Marks are static HTML, so the page reads without the script;
the script only links marks and list entries on hover and click.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from itertools import pairwise
from typing import Any

from flagger.finding import Finding
from flagger.render.marks import line_column
from flagger.report import Report
from flagger.summary import CATEGORIES

CSS = """
:root{--hedging:#ffe27a;--attribution:#f7b0e8;--temporal:#ff9f99;--ink:#1d1d1f;--muted:#666}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 Georgia,serif;color:var(--ink);background:#fafaf7}
header{padding:18px 28px;background:#fff;border-bottom:1px solid #ddd;
 font-family:system-ui,sans-serif}
h1{font-size:1.5em;margin:0 0 4px}
.meta{color:var(--muted)}
.facts{display:flex;flex-wrap:wrap;gap:10px;margin-top:10px;align-items:center}
.score{font-size:1.6em;font-weight:700;padding:2px 12px;border-radius:8px;background:#eee}
.chip{padding:3px 10px;border-radius:12px;font-size:.9em}
.legend{margin-top:8px;font-size:.85em;color:var(--muted)}
.legend span{margin-right:12px}
main{display:grid;grid-template-columns:minmax(0,80ch) minmax(320px,1fr);gap:24px;padding:20px 28px}
.article{white-space:pre-wrap;background:#fff;padding:20px 26px;border:1px solid #ddd;
 border-radius:6px;max-width:75ch}
aside{font-family:system-ui,sans-serif;font-size:.9em}
aside h2{font-size:1.05em;margin:14px 0 6px}
mark{border-radius:3px;padding:0 1px;cursor:pointer;color:inherit}
mark.c-hedging{background:var(--hedging)}mark.c-attribution{background:var(--attribution)}
mark.c-temporal{background:var(--temporal)}
mark.light{background:none;border-bottom:2px dashed #d9b400;border-radius:0;padding:0}
mark.accepted{background:#e4e4e4;text-decoration:line-through #999}
mark.active,.finding.active{outline:2px solid #1a5fb4}
.timex{border-bottom:1px dotted #1a5fb4}
ol.findings{list-style:none;padding:0;margin:0}
.finding{background:#fff;border:1px solid #ddd;border-left:6px solid #ccc;border-radius:5px;
 padding:8px 10px;margin-bottom:8px}
.finding.c-hedging{border-left-color:var(--hedging)}
.finding.c-attribution{border-left-color:var(--attribution)}
.finding.c-temporal{border-left-color:var(--temporal)}
.finding.is-accepted{opacity:.65}
.rule{font-weight:700}.sev{color:var(--muted)}.fp{color:var(--muted);font-size:.85em}
.suggestion{color:#26734d}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:3px 6px;border-bottom:1px solid #eee;vertical-align:top}
.note{color:#8a4b00}
body.index main{display:block}
"""

SCRIPT = """
(function(){
  function marksOf(id){return document.querySelectorAll('mark[data-f~="'+id+'"]');}
  function setActive(ids,on){ids.forEach(function(id){
    marksOf(id).forEach(function(m){m.classList.toggle('active',on);});
    var card=document.getElementById('f'+id);if(card){card.classList.toggle('active',on);}
  });}
  document.querySelectorAll('mark[data-f]').forEach(function(m){
    var ids=m.dataset.f.split(' ');
    m.addEventListener('mouseenter',function(){setActive(ids,true);});
    m.addEventListener('mouseleave',function(){setActive(ids,false);});
    m.addEventListener('click',function(){var c=document.getElementById('f'+ids[0]);
      if(c){c.scrollIntoView({behavior:'smooth',block:'center'});}});
  });
  document.querySelectorAll('.finding').forEach(function(c){
    var ids=[c.dataset.f];
    c.addEventListener('mouseenter',function(){setActive(ids,true);});
    c.addEventListener('mouseleave',function(){setActive(ids,false);});
  });
  document.documentElement.classList.add('js');
})();
"""

QUOTE_LIMIT = 140
PRIORITY = {"temporal": 0, "attribution": 1, "hedging": 2}


def _page(title: str, body: str, body_class: str = "") -> str:
    """Wrap a body in a complete, self-contained HTML document."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>{CSS}</style></head>"
        f'<body class="{body_class}">{body}<script>{SCRIPT}</script></body></html>\n'
    )


def _spans(report: Report) -> list[tuple[int, int, int, str]]:
    """Return (start, end, finding number, role) for each finding's own and related spans."""
    spans = []
    for number, finding in enumerate(report.findings):
        spans.append((finding.start, finding.end, number, "flag"))
        spans.extend((s.start, s.end, number, s.role or "related") for s in finding.related)
    return spans


def _tooltip(findings: Iterable[Finding]) -> str:
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


def _mark(report: Report, covering: list[tuple[int, int, int, str]], words: str) -> str:
    """Return the <mark> of one text segment covered by the given finding spans."""
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
    tooltip = _tooltip(findings[n] for n in numbers)
    return (
        f'<mark class="{" ".join(classes)}" data-f="{" ".join(map(str, numbers))}" '
        f'data-flag="{" ".join(map(str, flags))}" title="{escape(tooltip)}">{words}</mark>'
    )


def _article(report: Report) -> str:
    """Return the article text with every finding span and time expression marked in place."""
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
        pieces.extend(f'<a id="{escape(a)}"></a>' for a in dict.fromkeys(anchors))
        words = escape(text[start:end])
        covering = [s for s in spans if s[0] <= start and end <= s[1]]
        if covering:
            words = _mark(report, covering, words)
        if any(s <= start and end <= e for s, e, _ in dates):
            words = f'<span class="timex">{words}</span>'
        pieces.append(words)
    return "".join(pieces)


def _header(report: Report) -> str:
    """Return the title, source, date, score, counts per category and the legend."""
    article, summary = report.article, report.summary
    title = article.title or article.id or "Article"
    meta = " · ".join(
        escape(part)
        for part in (
            article.source or "source unknown",
            f"published {article.published.isoformat()}" if article.published else "no date",
            article.id or "",
        )
        if part
    )
    chips = "".join(
        f'<span class="chip" style="background:var(--{c})">{c} {summary.findings_by_category[c]}'
        "</span>"
        for c in CATEGORIES
    )
    extra = f"{summary.sentences} sentences · {summary.hedged_share:.0%} hedged"
    if summary.suppressed:
        extra += f" · {summary.suppressed} accepted"
    notes = "".join(f'<p class="note">Note: {escape(n)}</p>' for n in report.notes)
    legend = (
        '<div class="legend">Legend: '
        + "".join(f'<span><mark class="c-{c}">{c}</mark></span>' for c in CATEGORIES)
        + '<span><mark class="c-hedging light">hedged sentence</mark></span>'
        '<span><mark class="accepted c-hedging">accepted</mark></span>'
        '<span><span class="timex">time expression</span></span></div>'
    )
    return (
        f'<header><h1>{escape(title)}</h1><div class="meta">{meta}</div>'
        f'<div class="facts"><span class="score" title="article score, 0-100">'
        f"{summary.score}<small>/100</small></span>{chips}<span>{escape(extra)}</span></div>"
        f"{notes}{legend}</header>"
    )


def _shorten(words: str, limit: int = QUOTE_LIMIT) -> str:
    """Return the flagged words on one line, cut at `limit` characters."""
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def _finding_item(report: Report, number: int, finding: Finding) -> str:
    """Return the side-list entry of one finding, linking to its spans."""
    text = report.article.text
    line, column = line_column(text, finding.start)
    voice = f" · quoting {escape(finding.speaker or 'a source')}" if finding.quoted else ""
    accepted = " is-accepted" if finding.suppressed else ""
    parts = [
        f'<li class="finding c-{finding.category}{accepted}" id="f{number}" data-f="{number}">',
        f'<a href="#f{number}-flag">{line}:{column}</a> <span class="rule">{finding.rule}</span> '
        f'{finding.name} <span class="sev">{finding.severity}{voice}</span>',
        f"<div>{escape(finding.message)}</div>",
        f"<div>“{escape(_shorten(text[finding.start : finding.end]))}”</div>",
    ]
    if finding.evidence:
        parts.append(f"<div>Evidence: {escape('; '.join(finding.evidence))}</div>")
    if finding.related:
        links = ", ".join(
            f'<a href="#f{number}-{escape(span.role or "related")}">'
            f"{escape(span.role or 'related')}: “{escape(span.text)}”</a>"
            for span in finding.related
        )
        parts.append(f"<div>Related: {links}</div>")
    if finding.suggestion:
        parts.append(f'<div class="suggestion">→ {escape(finding.suggestion)}</div>')
    if finding.suppressed:
        parts.append(f"<div><b>Accepted:</b> {escape(finding.suppressed)}</div>")
    parts.append(f'<div class="fp">fingerprint {escape(finding.fingerprint or "")}</div></li>')
    return "".join(parts)


def _timeline(report: Report) -> str:
    """Return the resolved time expressions, in calendar order, linked to their places."""
    if not report.dates:
        return "<p>No time expressions.</p>"
    order = sorted(range(len(report.dates)), key=lambda n: (report.dates[n].value, n))
    rows = "".join(
        f"<tr><td>{escape(report.dates[n].value)}</td><td>{escape(report.dates[n].type)}</td>"
        f'<td><a href="#d{n}">{escape(report.dates[n].text)}</a></td></tr>'
        for n in order
    )
    head = "<tr><th>value</th><th>type</th><th>text</th></tr>"
    return f'<table class="timeline">{head}{rows}</table>'


def render_html(report: Report, color: bool = False) -> str:
    """Return the report as one self-contained HTML page."""
    items = "".join(_finding_item(report, n, f) for n, f in enumerate(report.findings))
    aside = (
        f"<aside><h2>Timeline</h2>{_timeline(report)}"
        f"<h2>Findings ({len(report.findings)})</h2>"
        f'<ol class="findings">{items or "<li>Nothing to flag.</li>"}</ol></aside>'
    )
    body = f'{_header(report)}<main><div class="article">{_article(report)}</div>{aside}</main>'
    return _page(report.article.title or report.article.id or "flagger report", body)


def render_index(entries: list[dict[str, Any]]) -> str:
    """Return the batch index page: articles by score, highest first, then the errors."""
    reports = sorted(
        (e for e in entries if not e.get("error")), key=lambda e: (-e["score"], e["id"])
    )
    rows = "".join(
        f"<tr><td>{e['score']}</td>"
        f'<td><a href="{escape(e["file"])}">{escape(e.get("title") or e["id"])}</a></td>'
        f"<td>{escape(e.get('source') or '')}</td><td>{escape(e.get('published') or '')}</td>"
        + "".join(f"<td>{e['findings_by_category'].get(c, 0)}</td>" for c in CATEGORIES)
        + f"<td>{e['hedged_share']:.0%}</td></tr>"
        for e in reports
    )
    head = "".join(f"<th>{c}</th>" for c in CATEGORIES)
    errors = "".join(
        f"<li>{escape(e['id'])}: {escape(e['error'])}</li>" for e in entries if e.get("error")
    )
    body = (
        f"<header><h1>flagger: {len(entries)} articles</h1>"
        f'<div class="meta">{len(reports)} reports, sorted by score · '
        f"{len(entries) - len(reports)} errors</div></header><main>"
        "<table><tr><th>score</th><th>article</th><th>source</th><th>published</th>"
        f"{head}<th>hedged</th></tr>{rows}</table>"
        + (f"<h2>Errors</h2><ul>{errors}</ul>" if errors else "")
        + "</main>"
    )
    return _page("flagger index", body, "index")
