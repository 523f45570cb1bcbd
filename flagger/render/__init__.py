"""Renderers chosen by name: each turns one report into text for a terminal, file or tool."""

from __future__ import annotations

from collections.abc import Callable

from flagger.render.html import render_html
from flagger.render.json import render_json, render_jsonl
from flagger.render.markdown import render_markdown
from flagger.render.text import render_text
from flagger.report import Report

Renderer = Callable[[Report, bool], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "markdown": render_markdown,
    "html": render_html,
}
