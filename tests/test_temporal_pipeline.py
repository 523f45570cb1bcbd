"""The temporal rules on invented articles, with the real sentence splitter and extractor."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from flagger.annotations.document import Document
from flagger.annotations.sentences import split_sentences
from flagger.annotations.timex import extract_dates
from flagger.article import Article
from flagger.detectors.rule import Rule
from flagger.detectors.temporal import RULES, detect
from flagger.report.finding import Finding

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "000_92b1cdc3fe865959.txt"

TALKS = (
    "Ministers said the new round of talks in Geneva will build on the results of negotiations "
    "that were interrupted in 2022. A senior adviser said the round would be run with regard to "
    "the outcome of last year's discussions, which were interrupted by the war. On May 11, the "
    "president said he was ready to meet in Geneva this coming Thursday, May 15."
)


def _findings(text: str, published: date | None) -> list[Finding]:
    doc = Document(Article(text, published=published), split_sentences(text), (),
                   extract_dates(text, published), ())
    return list(detect(doc))


ARTICLES = [
    # (text, published, rule, flagged words, related words)
    (TALKS, date(2025, 5, 11), "T101", "last year's", "2022"),
    ("The referendum will be held on Friday, May 15, 2025, officials said.", date(2025, 5, 1),
     "T102", "Friday, May 15, 2025", "Friday"),
    ("The port agreement was signed three years ago. Critics of the 2019 agreement say it "
     "ignored the fishing fleet.", date(2024, 6, 1), "T103", "three years ago", "2019"),
    ("The first section of the bypass was opened in 2027, the ministry said.", date(2025, 2, 3),
     "T104", "2027", "opened"),
    ("Yesterday's vote in parliament was close. The vote on May 7 followed weeks of debate.",
     date(2025, 5, 11), "T105", "Yesterday's", "May 7"),
]


@pytest.mark.parametrize(("text", "published", "rule", "words", "related"), ARTICLES)
def test_article(text: str, published: date, rule: str, words: str, related: str) -> None:
    findings = _findings(text, published)
    assert [(f.rule, text[f.start : f.end]) for f in findings] == [(rule, words)]
    assert related in [span.text for span in findings[0].related]


def test_talks_suggestion_and_evidence() -> None:
    (finding,) = _findings(TALKS, date(2025, 5, 11))
    assert finding.suggestion == "the 2022 discussions"
    assert finding.evidence == ("last year's = 2024", "2022")
    assert [span.role for span in finding.related] == ["conflicting date", "event"]


def test_without_publication_date_only_the_weekday_rule_runs() -> None:
    assert _findings(TALKS, None) == []
    text = ARTICLES[1][0]
    assert [f.rule for f in _findings(text, None)] == ["T102"]


@pytest.mark.skipif(not SEED.exists(), reason="../shared/examples (the seed article) is absent")
def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    findings = _findings(text, date(2025, 5, 11))
    assert [f.rule for f in findings] == ["T101"]
    finding = findings[0]
    assert text[finding.start : finding.end] == "last year's"
    assert "2022" in [span.text for span in finding.related]
    assert "2022" in (finding.suggestion or "")


EXAMPLE_PUBLISHED = {"T101": date(2025, 5, 1), "T102": date(2025, 5, 1), "T103": date(2024, 6, 1),
                     "T104": date(2025, 6, 1), "T105": date(2025, 5, 11),
                     "T106": date(2025, 5, 14), "T107": date(2017, 6, 13)}


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_example_is_flagged_by_its_rule(rule: Rule) -> None:
    text = re.sub(r"\s*\(.*?\)\s*$", "", rule.example).replace(" ... ", ". ")
    assert rule.code in [f.rule for f in _findings(text, EXAMPLE_PUBLISHED[rule.code])]
