"""Reports say what the article says and nothing more: no forged Markdown, no header reversed
by a bidi override, and a CSP that runs only the page's own script and style."""

from __future__ import annotations

import base64
import hashlib
import re

from flagger.pipeline import Flagger
from flagger.renderers.html import render_html, render_index
from flagger.renderers.markdown import render_markdown

TEXT = "Sources said the council could approve the plan.\n"


def test_a_newline_in_a_title_or_source_forges_no_markdown() -> None:
    report = Flagger().analyze(
        TEXT, title="Harmless\n\n## Score: 0/100\n", source="Wire\n| Score | 0/100 |"
    )
    page = render_markdown(report)
    lines = page.splitlines()
    assert [line for line in lines if line.startswith("#")] == ["## Harmless \\#\\# Score: 0/100"]
    assert not any(
        "0/100" in line and "Score" in line and line.startswith("| Score | 0") for line in lines
    )
    assert sum(line.startswith("| Score |") for line in lines) == 1


def test_an_unterminated_override_in_a_field_stays_inside_it() -> None:
    report = Flagger().analyze(TEXT, title="Talks\u202e", source="Wire\u202e")
    page = render_html(report)
    assert "<bdi>Wire\u202e</bdi>" in page and "<h1><bdi>Talks\u202e</bdi></h1>" in page
    entry = {
        "id": "a\u202e",
        "file": "a.html",
        "title": "T\u202e",
        "source": "S\u202e",
        "score": 1,
        "findings_by_category": {},
        "hedged_share": 0.0,
    }
    index = render_index([entry, {"id": "b\u202e", "file": None, "error": "bad\u202e"}])
    for field in ("T\u202e", "S\u202e", "b\u202e", "bad\u202e"):
        assert f"<bdi>{field}</bdi>" in index


def _hashes(page: str) -> tuple[str, str, str]:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp is not None
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL)
    script = re.search(r"<script>(.*?)</script>", page, re.DOTALL)
    assert style and script

    def digest(inline: str) -> str:
        return base64.b64encode(hashlib.sha256(inline.encode("utf-8")).digest()).decode()

    return csp.group(1), digest(style.group(1)), digest(script.group(1))


def test_the_csp_allows_only_the_pages_own_script_and_style_by_hash() -> None:
    report = Flagger().analyze(TEXT, title="T")
    for page in (render_html(report), render_index([])):
        csp, style, script = _hashes(page)
        assert "unsafe-inline" not in csp and "unsafe-hashes" not in csp
        assert csp == (
            f"default-src 'none'; style-src 'sha256-{style}'; script-src 'sha256-{script}'"
        )
        assert " style=" not in page  # inline style attributes would need 'unsafe-inline'


def test_html_pieces_of_a_much_flagged_article_take_linear_work() -> None:
    """Cutting the text at every span edge is one sweep: the work per span stays flat."""
    import sys

    from flagger.renderers import html

    def lines_run(copies: int) -> int:
        report = Flagger(select="A").analyze("Experts say it may collapse. " * copies)
        count = 0

        def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
            nonlocal count
            if event == "line":
                count += 1
            return tracer

        def start(frame, event, arg):  # type: ignore[no-untyped-def]
            return tracer if frame.f_code.co_name in ("_pieces", "<listcomp>") else None

        sys.settrace(start)
        try:
            html._pieces(report)
        finally:
            sys.settrace(None)
        return count

    small, large = lines_run(100), lines_run(800)
    assert large < 12 * small, (small, large)  # 8 times the text: quadratic work is 64 times


def test_line_and_column_of_many_findings_scan_the_text_once() -> None:
    from flagger.renderers.marks import line_column

    scanned = 0

    class Watched(str):
        __slots__ = ()

        def count(self, sub, start=None, end=None):  # type: ignore[no-untyped-def,override]
            nonlocal scanned
            scanned += (end or len(self)) - (start or 0)
            return super().count(sub, start, end)

        def rfind(self, sub, start=None, end=None):  # type: ignore[no-untyped-def,override]
            nonlocal scanned
            scanned += (end or len(self)) - (start or 0)
            return super().rfind(sub, start, end)

    text = Watched("A line of the article.\n" * 20_000)
    offsets = range(0, len(text), 23)
    assert line_column(text, 23 * 500 + 2) == (501, 3)
    for offset in offsets:
        line_column(text, offset)
    assert scanned <= 4 * len(text)
