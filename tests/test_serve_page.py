"""The page for people, in headless Chromium: paste a headline, a date and an article, press
Check, and the HTML report (the same page as `--format html`) appears in place."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed")
httpx = pytest.importorskip("httpx", reason="the test extra is not installed")

from flagger import Flagger  # noqa: E402
from flagger.renderers import RENDERERS  # noqa: E402
from flagger.serve.app import create_app  # noqa: E402
from flagger.serve.service import Settings  # noqa: E402
from tests.conftest import EXAMPLE  # noqa: E402
from tests.serve_helpers import Browser, chromium, live_server, shared_pipeline  # noqa: E402

HEADLINE = "Port talks to resume — «ein Test» 🙂"
ARTICLE = EXAMPLE.read_text(encoding="utf-8").split("\n", 3)[3].lstrip()  # no title, dateline


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with live_server(create_app(Settings(), shared_pipeline())) as url:
        yield url


def test_report_is_the_html_report_page(base: str) -> None:
    form = {"title": HEADLINE, "published": "14 March 2024", "text": ARTICLE}
    with httpx.Client(base_url=base, trust_env=False) as http:
        page = http.post("/report", data=form)
        bad = http.post("/report", data={"text": ARTICLE, "published": "31 June 2024"})
        empty = http.get("/")
    report = Flagger().analyze(ARTICLE, title=HEADLINE, published="14 March 2024")
    assert page.status_code == 200
    assert page.text == RENDERERS["html"](report, False)
    assert (
        bad.status_code == 400
        and "published" in bad.text
        and "text/html" in bad.headers["content-type"]
    )
    for html in (empty.text, page.text):
        assert "http://" not in html.replace("http://www.w3.org", "") and "src=" not in html


@pytest.mark.skipif(
    chromium() is None, reason="Chromium is not installed (apt-get install chromium)"
)
def test_an_editor_pastes_an_article_and_sees_the_report_in_place(
    base: str, tmp_path: Path
) -> None:
    browser = Browser(str(chromium()), tmp_path / "profile")
    try:
        browser.page("Page.enable")
        browser.page(
            "Emulation.setDeviceMetricsOverride",
            width=1400,
            height=900,
            deviceScaleFactor=1,
            mobile=False,
        )
        browser.page("Page.navigate", url=f"{base}/")
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('text')")
        fill = {"title": HEADLINE, "published": "14 March 2024", "text": ARTICLE}
        browser.evaluate(
            f"(() => {{ const v = {json.dumps(fill)};"
            " for (const k in v) { document.getElementById(k).value = v[k]; }"
            " document.querySelector('button[type=submit]').click(); return true; })()"
        )
        seen = browser.wait_for(
            "(() => { const d = document.getElementById('report').contentDocument;"
            " if (!d || !d.querySelector('mark[data-flag]')) return null;"
            " return {url: location.pathname, title: d.title,"
            " h1: d.querySelector('h1').textContent, meta: d.querySelector('.meta').textContent,"
            " marks: [...d.querySelectorAll('mark[data-flag]')].map(m => m.textContent),"
            " rules: [...d.querySelectorAll('.finding .rule')].map(r => r.textContent),"
            " form: document.getElementById('text').value.length}; })()"
        )
        browser.screenshot(tmp_path / "page.png")
    finally:
        browser.close()
    assert seen["url"] == "/"  # the page stayed; the report is in its frame
    assert seen["form"] == len(ARTICLE)  # and the pasted article is still there to edit
    assert seen["title"] == seen["h1"] == HEADLINE
    assert "published 2024-03-14" in seen["meta"]
    assert {"A101", "A102", "A103", "H101", "T101"} <= set(seen["rules"])
    assert "people familiar with the talks" in seen["marks"]
    assert "Experts say" in seen["marks"]
    assert (tmp_path / "page.png").stat().st_size > 0
