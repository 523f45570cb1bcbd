"""Renderers chosen by name: each turns one report into text for a terminal, file or tool."""

from __future__ import annotations

from collections.abc import Callable

from flagger.renderers.json import render_json, render_jsonl
from flagger.renderers.markdown import render_markdown
from flagger.renderers.text import render_text
from flagger.report import Report

Renderer = Callable[[Report, bool], str]


def render_html(report: Report, color: bool = False) -> str:
    """Return the HTML page of a report.

    The HTML renderer (and Jinja2 with it) is imported on first use: it adds about 50 ms to every
    `flagger check`, a quarter of a cold start, and most runs write text or JSON.
    """
    from flagger.renderers import html

    return html.render_html(report, color)


RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "markdown": render_markdown,
    "html": render_html,
}
FORMATS = tuple(RENDERERS)


def render(report: Report, format: str = "text", *, color: bool = False) -> str:
    """Return `report` in `format` (text, json, jsonl, markdown or html)."""
    try:
        renderer = RENDERERS[format]
    except KeyError:
        raise ValueError(f"unknown format {format!r} (known: {', '.join(FORMATS)})") from None
    return renderer(report, color)
