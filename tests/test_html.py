"""The HTML report: self-contained, escaped, and marks on the words the findings name.

The browser test renders the page in headless Chromium and reads the highlights back from the
rendered DOM; it is skipped when no Chromium is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from jinja2 import Environment

from flagger.pipeline import Flagger
from flagger.renderers.html import render_html, render_index
from flagger.renderers.pages import OneLine
from flagger.report import Report

STORY = (
    "Council <b>delays</b> harbour vote & more\n\nPort Town Times - 14 March 2024\n\n"
    "The council will vote on Monday, March 19, 2024 on the harbour budget. "
    "Sources said the board could approve the plan. <script>alert(1)</script>\n"
)


class Marks(HTMLParser):
    """Collect, per finding number, the text of the marks that carry its own span."""

    def __init__(self) -> None:
        super().__init__()
        self.flagged: dict[int, str] = {}
        self.anchors: set[str] = set()
        self.root_classes = ""
        self.current: list[int] | None = None
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.root_classes = attributes.get("class") or ""
        if tag == "mark" and "data-flag" in attributes:
            self.current = [int(n) for n in (attributes["data-flag"] or "").split()]
        if tag == "a" and attributes.get("id"):
            self.anchors.add(attributes["id"] or "")
        for name in ("src", "href"):
            value = attributes.get(name) or ""
            if re.match(r"(https?:)?//", value) or (tag == "link"):
                self.external.append(f"{tag} {name}={value}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.current = None

    def handle_data(self, data: str) -> None:
        for number in self.current or ():
            self.flagged[number] = self.flagged.get(number, "") + data


@pytest.fixture(scope="module")
def report() -> Report:
    return Flagger(select="A,T").analyze(
        STORY, published="2024-03-14", title="Council <b>delays</b>", source="PTT"
    )


def check_marks(page: str, report: Report) -> Marks:
    """Assert that each finding's marks hold exactly the words its JSON names."""
    marks = Marks()
    marks.feed(page)
    findings = report.to_dict()["findings"]
    assert findings
    assert marks.flagged == {n: f["text"] for n, f in enumerate(findings)}
    for number, finding in enumerate(findings):
        assert f"f{number}-flag" in marks.anchors
        for span in finding["related"]:
            assert f"f{number}-{span['role']}" in marks.anchors
    return marks


def test_marks_sit_on_the_flagged_words(report: Report) -> None:
    rules = {f.rule for f in report.findings}
    assert {"A101", "T102"} <= rules
    marks = check_marks(render_html(report), report)
    assert not marks.external


def test_article_text_is_escaped(report: Report) -> None:
    page = render_html(report)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)" in page
    assert "<b>delays</b>" not in page and "Council &lt;b&gt;delays&lt;/b&gt;" in page


def test_header_timeline_and_related_links(report: Report) -> None:
    page = render_html(report)
    assert f"{report.summary.score}<small>/100</small>" in page
    assert "attribution 1" in page and "temporal 1" in page and "published 2024-03-14" in page
    assert '<table class="timeline">' in page and ">2024-03-19<" in page
    t102 = next(n for n, f in enumerate(report.findings) if f.rule == "T102")
    assert f'href="#f{t102}-weekday"' in page and f'href="#f{t102}-date"' in page


def test_quotes_are_escaped_as_html_escape_does() -> None:
    report = Flagger(select="A").analyze(
        'Officials said the plan "could" fail.\n', title='It\'s "odd"', source="O'Brien & Co"
    )
    page = render_html(report)
    assert "<title>It&#x27;s &quot;odd&quot;</title>" in page
    assert "O&#x27;Brien &amp; Co" in page
    assert "&#39;" not in page and "&#34;" not in page


def test_pages_share_one_self_contained_shell(report: Report) -> None:
    for page in (render_html(report), render_index([])):
        assert page.startswith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">')
        assert page.endswith("</script></body></html>\n")
        assert "<style>\n:root{" in page and "<script>\n(function(){" in page
    bare = re.sub(r"<(style|script)>.*?</\1>", "", render_index([]), flags=re.DOTALL)
    assert bare.count("\n") == 2  # after the doctype and at the end: no template layout leaks


def test_template_layout_is_dropped_but_tags_are_kept() -> None:
    source = '<p>\n  {% if a\n     and b %}x{% endif %}\n  {{ " " }}\n</p>\n'
    one_line = OneLine(Environment())
    assert (
        one_line.preprocess(source, "t.html")
        == '<p>{% if a\n     and b %}x{% endif %}{{ " " }}</p>'
    )
    assert one_line.preprocess(source, "report.css") == source


def test_index_sorts_by_score_and_lists_errors() -> None:
    entries = [
        {
            "id": "low",
            "file": "low.html",
            "title": "Low",
            "score": 5,
            "findings_by_category": {},
            "hedged_share": 0.0,
        },
        {"id": "bad", "file": None, "error": "bad: malformed <JSON>"},
        {
            "id": "high",
            "file": "high.html",
            "title": "High & mighty",
            "score": 80,
            "findings_by_category": {"hedging": 3},
            "hedged_share": 0.5,
        },
    ]
    page = render_index(entries)
    assert page.index("high.html") < page.index("low.html")
    assert "High &amp; mighty" in page and "malformed &lt;JSON&gt;" in page


def chromium() -> str | None:
    """Return the Chromium executable, if one is installed."""
    names = ("chromium", "chromium-browser", "google-chrome", "chrome")
    return next((path for name in names if (path := shutil.which(name))), None)


@pytest.mark.skipif(
    chromium() is None, reason="Chromium is not installed (apt-get install chromium)"
)
def test_browser_renders_the_marks_on_the_flagged_words(report: Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    command = [
        str(chromium()),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    marks = check_marks(done.stdout, report)
    assert "js" in marks.root_classes.split()  # the page's script ran to the end
