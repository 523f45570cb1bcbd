"""Reports put the worst first: severity shown everywhere, errors before warnings before info."""

from __future__ import annotations

import re

import pytest

import flagger
from flagger.report import Report

STORY = (
    "Ferry fares may rise in June, the director said.\n"
    "The board met on Monday to discuss the timetable.\n"
    "The new timetable was agreed, according to people familiar with the talks.\n"
)


@pytest.fixture(scope="module")
def report() -> Report:
    return flagger.analyze(STORY, select="H,A", severity={"A101": "error"}, hedge_threshold=0.3)


def test_review_key_puts_errors_first(report: Report) -> None:
    ordered = sorted(report.findings, key=lambda f: f.review_key)
    assert ordered[0].rule == "A101" and ordered[0].severity == "error"
    assert [f.start for f in report.findings] == sorted(f.start for f in report.findings)


def test_text_lists_the_error_sentence_first_with_its_severity(report: Report) -> None:
    text = flagger.render(report, "text")
    first = text.index("ERROR A101")
    assert first < text.index("H101")
    assert re.search(r"\n  3:1  .*\n      ERROR A101", text)


def test_markdown_uses_line_column_and_shows_severity(report: Report) -> None:
    page = flagger.render(report, "markdown")
    assert "**3:1:**" in page and "Line " not in page
    assert page.index("**ERROR** `A101`") < page.index("`H101`")


def test_html_cards_ordered_by_severity_and_marks_carry_it(report: Report) -> None:
    page = flagger.render(report, "html")
    cards = re.findall(r'<li class="finding c-\w+ s-(\w+)', page)
    assert cards[0] == "error" and cards == sorted(cards, key=["error", "warning", "info"].index)
    assert 'class="badge b-error">error</span>' in page
    assert re.search(r'<mark class="c-attribution s-error', page)
    assert "fingerprint" not in re.sub(r'title="fingerprint \w+"', "", page)


def test_html_greys_skipped_lines_and_splits_the_timeline() -> None:
    text = (
        "Fares to rise\n\nArdmore Gazette - 11 May 2025 11:13\n\n"
        "The previous round of talks collapsed in November 2022, after a pay claim.\n\n"
        "Last year's collapsed talks left 300 containers stranded on the quays for two weeks.\n"
    )
    page = flagger.render(flagger.analyze(text, select="T"), "html")
    assert '<span class="skipped" title="not analysed: dateline">' in page
    assert "<h3>Durations and repeats</h3>" in page
    assert 'class="conflict"' in page and 'class="clash"' in page


def test_default_gate_passes_a_hedged_wire_story_and_fails_a_date_conflict() -> None:
    from flagger.report.gate import DEFAULT_GATE, trips

    hedged = flagger.analyze(STORY, select="H,A")
    assert DEFAULT_GATE == "confident"
    assert trips(hedged.findings, "warning") and not trips(hedged.findings)
    conflict = flagger.analyze(
        "The previous round of talks collapsed in November 2022.\n\n"
        "Last year's collapsed talks left 300 containers stranded.\n",
        published="2024-03-14",
    )
    assert any(f.category == "temporal" for f in conflict.findings)
    assert trips(conflict.findings)
    raised = flagger.analyze(STORY, select="A", severity={"A101": "error"})
    assert trips(raised.findings) and not trips(raised.findings, "never")


def _entry(n: int, source: str, warnings: int) -> dict[str, object]:
    return {
        "id": f"a{n}", "file": f"a{n}.html", "title": f"Story {n}", "source": source,
        "published": None, "score": n, "hedged_share": n / 10, "suppressed": 0, "error": None,
        "findings_by_category": {"hedging": warnings, "attribution": 0, "temporal": 0},
        "findings_by_severity": {"error": 0, "warning": warnings, "info": 0},
    }


def test_index_sorts_filters_and_ranks_only_sources_with_five_articles() -> None:
    from flagger.renderers.html import render_index

    entries = [_entry(n, "Gazette", n % 2) for n in range(5)] + [_entry(9, "Courier", 1)]
    page = render_index(entries)
    assert '<select id="f-category">' in page and '<select id="f-severity">' in page
    assert 'th data-sort="number"' in page and 'data-warning="1"' in page
    assert "only sources with at least 5 articles are ranked" in page
    rankings = page[page.index("Most hedged sources") :]
    assert "<td><bdi>Gazette</bdi></td>" in rankings and "Courier" not in rankings
    assert "script-src 'sha256-" in page and "unsafe-inline" not in page
    few = render_index(entries[:3])
    assert "No source has at least 5 articles, so none is ranked." in few
