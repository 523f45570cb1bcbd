"""Properties that hold for any input: no crash, offsets inside the text, stable output."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flagger
from flagger.annotations.timex import extract_dates
from flagger.article import Article
from flagger.article.decoding import decode
from flagger.article.published import DateError, parse_published
from flagger.article.reading import article_from_record, article_from_text
from flagger.pipeline import Flagger
from flagger.report import Report

SETTINGS = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
# Words the detectors react to, so random texts exercise every rule family, not only the splitter.
FRAGMENTS = (
    " ", "  ", "\n", "\n\n", "\t", ". ", ", ", "? ", "! ", ": ", "; ", "-", "—", "'", "’",
    '"', "“", "”", "‘", "(", ")", "U.S.", "Mr.", "Dr. Smith", "said", "says", "told reporters",
    "according to", "sources", "official sources", "experts", "analysts say", "reportedly",
    "media reports appeared", "it is believed that", "may", "might", "could", "possibly",
    "suggests", "is expected to", "remains unclear", "May 5", "May", "5 May 2025", "2022",
    "2025-05-11", "last year", "next week", "yesterday", "on Friday", "Friday, May 15",
    "three years ago", "since 2019", "in 2019 and 2022", "the talks", "last year's talks",
    "were interrupted in", "will meet", "the election", "1987", "12:30", "Reuters -",
    "London, 11 May 2025", "He", "She", "the minister", "Anna Berg", "\u00e9", "\u0130",
    "\u017f", "\u212a", "\u200b", "\ufeff", "\U0001f600", "\r\n",
)  # fmt: skip
news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map(
    "".join
)
any_text = st.one_of(st.text(max_size=400), news_text)
publication = st.one_of(st.none(), st.dates())

FLAGGER = Flagger()


def _check_report(report: Report, text: str) -> None:
    """Every offset inside its field (body or headline) and consistent; findings sorted; JSON
    serialisable."""
    size = len(text)
    previous_end = 0
    for sentence in report.sentences:
        assert previous_end <= sentence.start <= sentence.end <= size
        assert text[sentence.start : sentence.end] == sentence.text
        previous_end = sentence.end
    fields = {"text": text, "title": report.article.title or ""}
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(fields[finding.field]), finding
        if finding.field == "text":  # a headline finding counts the headline's own sentences
            assert 0 <= finding.sentence < max(len(report.sentences), 1), finding
        else:
            assert finding.sentence >= 0, finding
        for span in finding.related:
            within = fields[span.field]
            assert 0 <= span.start <= span.end <= len(within), span
            assert within[span.start : span.end] == span.text, span
    keys = [finding.sort_key for finding in report.findings]
    assert keys == sorted(keys)
    for expression in report.dates:
        assert 0 <= expression.start <= expression.end <= size
        assert text[expression.start : expression.end] == expression.text
    for hedge in report.hedges:
        for cue in hedge.cues:
            assert 0 <= cue.start <= cue.end <= size
            assert text[cue.start : cue.end] == cue.text
    json.dumps(report.to_dict())


@SETTINGS
@given(text=any_text, published=publication)
def test_analysis_never_fails_and_stays_inside_the_text(text: str, published: date | None) -> None:
    report = FLAGGER.analyze(text, published=published)
    _check_report(report, text)
    assert FLAGGER.analyze(text, published=published).to_dict() == report.to_dict()


@settings(deadline=None, max_examples=30, database=None)
@given(text=news_text, published=publication)
def test_module_analyze_matches_a_shared_flagger(text: str, published: date | None) -> None:
    report = flagger.analyze(text, published=published)
    _check_report(report, text)
    assert report.to_dict() == FLAGGER.analyze(text, published=published).to_dict()


@SETTINGS
@given(text=any_text, published=publication)
def test_dates_lie_inside_the_text(text: str, published: date | None) -> None:
    expressions = extract_dates(text, published)
    assert [e.start for e in expressions] == sorted(e.start for e in expressions)
    for expression in expressions:
        assert 0 <= expression.start <= expression.end <= len(text)
        assert text[expression.start : expression.end] == expression.text
        if expression.first is not None and expression.last is not None:
            assert expression.first <= expression.last
    assert extract_dates(text, published) == expressions


@SETTINGS
@given(
    value=st.one_of(
        st.text(max_size=40),
        st.from_regex(
            r"\d{1,5}-\d{1,3}-\d{1,3}([T ]\d\d:\d\d(Z|[+-]\d\d:?\d\d)?)?", fullmatch=True
        ),
        st.from_regex(r"\d{1,2}(st|nd|th)? [A-Za-z]{3,9}\.?,? \d{4}( \d\d:\d\d)?", fullmatch=True),
        st.from_regex(r"[A-Za-z]{3,9}\.? \d{1,2},? \d{4}", fullmatch=True),
    )
)
def test_publication_dates_parse_or_raise_date_error(value: str) -> None:
    try:
        result = parse_published(value)
    except DateError:
        return
    assert isinstance(result, date)


@SETTINGS
@given(data=st.binary(max_size=300))
def test_decode_returns_text_or_value_error(data: bytes) -> None:
    try:
        text = decode(data, "input.txt")
    except ValueError as error:
        assert str(error).startswith("input.txt: ")
        return
    assert text.strip()


@SETTINGS
@given(text=any_text)
def test_plain_text_articles_keep_their_text(text: str) -> None:
    article = article_from_text(text, origin="a.txt")
    assert article.text == text
    assert article.id == "a.txt"
    assert article.title is None or article.title in text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
records = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"text": st.one_of(any_text, json_values)},
        optional={
            "id": json_values,
            "title": json_values,
            "published": st.one_of(st.text(max_size=30), json_values),
            "date": json_values,
            "source": json_values,
            "outlet": json_values,
            "url": json_values,
        },
    ),
)


@SETTINGS
@given(record=records)
def test_records_become_articles_or_value_errors(record: object) -> None:
    try:
        article = article_from_record(record, "batch.jsonl:1")
    except ValueError as error:
        assert str(error).startswith("batch.jsonl:1")
        return
    assert isinstance(article, Article)
    assert isinstance(record, dict) and article.text == record["text"]


EXTREME_YEARS = (
    ("next winter", date(9998, 6, 1)),
    ("last winter", date(2, 6, 1)),
    ("tomorrow", date(9999, 12, 31)),
    ("this weekend", date(9999, 12, 31)),
    ("Christmas", date(1, 1, 1)),
    ("last quarter", date(1, 1, 1)),
)


@pytest.mark.parametrize(("text", "published"), EXTREME_YEARS)
def test_extreme_publication_years(text: str, published: date) -> None:
    _check_report(FLAGGER.analyze(text, published=published), text)


def test_lone_surrogates() -> None:
    text = "Sources said \ud800 the talks collapsed."  # JSON input may carry "\ud800"
    _check_report(FLAGGER.analyze(text), text)
