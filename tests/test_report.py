"""The report: the versioned JSON schema and offsets that point at the flagged words."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import flagger
from flagger.report import SCHEMA_VERSION

FINDING_KEYS = {
    "rule", "name", "category", "severity", "start", "end", "text", "sentence", "score",
    "message", "evidence", "related", "suggestion", "quoted", "speaker", "suppressed",
}


@pytest.fixture(scope="module")
def report(example_text: str) -> flagger.Report:
    return flagger.analyze(example_text)


def test_schema(report: flagger.Report) -> None:
    data = json.loads(json.dumps(report.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION == 2
    assert data["flagger_version"] == flagger.__version__
    assert set(data["article"]) >= {"id", "title", "source", "published"}
    summary = data["summary"]
    assert set(summary) >= {"sentences", "findings_by_category", "hedged_share", "score"}
    assert set(summary["findings_by_category"]) == {"hedging", "attribution", "temporal", "place", "number"}
    assert 0 <= summary["score"] <= 100 and 0 <= summary["hedged_share"] <= 1
    assert all(set(s) == {"index", "start", "end", "hedge_score"} for s in data["sentences"])
    assert all(0 <= s["hedge_score"] <= 1 for s in data["sentences"])
    assert data["findings"] and all(set(f) >= FINDING_KEYS for f in data["findings"])
    assert all(set(d) == {"start", "end", "text", "type", "value"} for d in data["dates"])
    assert set(data["model"]) == {"name", "version", "sha256"}


def test_offsets_point_at_the_named_words(report: flagger.Report, example_text: str) -> None:
    data = report.to_dict()
    fields = {"text": example_text, "title": data["article"]["title"] or ""}
    for finding in data["findings"]:
        assert fields[finding["field"]][finding["start"] : finding["end"]] == finding["text"]
        for span in finding["related"]:
            assert fields[span["field"]][span["start"] : span["end"]] == span["text"]
    for expression in data["dates"]:
        assert example_text[expression["start"] : expression["end"]] == expression["text"]
    starts = [(f["field"] != "title", f["start"], f["end"]) for f in data["findings"]]
    assert starts == sorted(starts)


def test_the_headline_is_checked_like_the_body() -> None:
    title = "Experts say talks could collapse, sources said"
    report = flagger.analyze("The talks resumed on Tuesday.", title=title, published="2025-05-11")
    found = [(f.field, f.rule, title[f.start : f.end]) for f in report.findings]
    assert ("title", "A102", "Experts say") in found
    assert ("title", "A101", "sources said") in found
    assert report.to_dict()["findings"][0]["field"] == "title"


def test_example_article_shows_every_family(report: flagger.Report, example_text: str) -> None:
    found = {(f.rule, example_text[f.start : f.end]) for f in report.findings}
    assert ("A101", "people familiar with the talks") in found
    assert ("A102", "Experts say") in found
    assert ("A103", "Media reports suggested") in found
    hedged = {report.sentences[f.sentence].text for f in report.findings if f.rule == "H101"}
    assert any("could cost" in sentence for sentence in hedged)
    assert any(f.category == "temporal" for f in report.findings)
    assert report.article.published is not None and report.notes == ()


def test_no_publication_date_skips_rules_and_says_so() -> None:
    report = flagger.analyze("Talks collapsed last year. Experts say they may resume.")
    assert report.article.published is None
    assert report.notes and "no publication date" in report.notes[0]
    assert not any(f.category == "temporal" and f.rule != "T102" for f in report.findings)


def test_select_and_ignore(example_text: str) -> None:
    only_a = flagger.analyze(example_text, select="A")
    assert only_a.findings and {f.category for f in only_a.findings} == {"attribution"}
    no_a102 = flagger.analyze(example_text, ignore="A102")
    assert "A102" not in {f.rule for f in no_a102.findings}


def test_published_option_overrides_the_dateline(example_text: str) -> None:
    report = flagger.analyze(example_text, published="2030-01-01")
    assert report.article.published.isoformat() == "2030-01-01"


def test_one_flagger_is_safe_across_threads(example_text: str) -> None:
    checker = flagger.Flagger()
    texts = [example_text, example_text.upper(), example_text[:500]] * 4
    expected = [checker.analyze(t).to_dict() for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda t: checker.analyze(t).to_dict(), texts)) == expected
