"""One figure given two values for one year: once as "last year's", once with its year.

"capital spending will rise from last year's 25.4 mln dlrs. In 2023, spending totalled
26.8 mln dlrs" (published 2024): "last year" is 2023, so the same measure has two values.

The relative mention is "last year's" (or "this year's") directly before a figure, and its
measure is a measure noun earlier in the sentence; the written one, in the next sentence or
the one after, is a year ("in 2023", "the 2023", "2023's") with the same measure noun (or one
of its synonyms) and a figure after a copula or "of", in one clause. Both figures must have
the same unit and scale and differ by more than rounding. A written sentence with an
estimate, target, forecast or restatement, and a relative one restated, are left alone: those
are other figures of the year. Warnings (T101), on the written year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flagger.annotations.document import Document
from flagger.annotations.lazyre import lazy
from flagger.article import Span
from flagger.detectors.rule import Rule
from flagger.report.finding import Finding

# Measure nouns, by the concept they name (a synonym is the same measure).
_MEASURES = {
    "spending": "spending", "expenditure": "spending", "expenditures": "spending",
    "outlays": "spending", "surplus": "surplus", "deficit": "deficit",
    "profit": "profit", "profits": "profit", "sales": "sales", "revenue": "sales",
    "revenues": "sales", "turnover": "sales", "output": "output", "production": "output",
    "exports": "exports", "imports": "imports", "investment": "investment",
    "investments": "investment", "growth": "growth", "dividend": "dividend",
}
_MEASURE = lazy(r"\b(?:" + "|".join(_MEASURES) + r")\b", re.IGNORECASE)
_NUMBER = r"(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)"
_SCALE = r"(?P<s>mln|million|bln|billion|pct|percent|per\s+cent|%)"
_RELATIVE = lazy(r"\b(?P<rel>last|this)\s+year['’]s\s+(?:\w+\s+)?" + _NUMBER
                 + r"\s*" + _SCALE + r"\b", re.IGNORECASE)
_WRITTEN = lazy(
    r"\b(?:in\s+|the\s+)?(?P<year>(?:19|20)\d\d)(?:['’]s)?\b(?![/-]\d)(?P<body>[^.;:]{0,70}?)"
    r"\b(?:was|were|totalled|totaled|stood\s+at|amounted\s+to|came\s+to|of)\s+"
    r"(?:about\s+|some\s+|\$|)" + _NUMBER + r"\s*" + _SCALE + r"\b", re.IGNORECASE)
_OTHER = lazy(r"\d|\b(?:from|against|compared|versus|than)\b", re.IGNORECASE)
_AVOID = lazy(r"\b(?:estimat\w*|target\w*|forecast\w*|project\w*|expect\w*|"
              r"budget\w*|plan\w*|restat\w*|revis\w*|adjust\w*|original\w*|"
              r"initial\w*|previous\w*|fiscal|financial\s+year)\b", re.IGNORECASE)
_RESTATED = lazy(r"\b(?:restat\w*|revis\w*|adjust\w*|original\w*|initial\w*)\b",
                           re.IGNORECASE)
_UNITS = {"mln": 1e6, "million": 1e6, "bln": 1e9, "billion": 1e9}
AHEAD = 2  # sentences after the relative mention that may restate it
TOLERANCE = 0.02  # relative difference that rounding explains


def figure_value_conflicts(doc: Document, rule: Rule) -> Iterator[Finding]:
    """T101 warnings for one measure given two values for one year."""
    published, text = doc.article.published, doc.text
    if published is None or not doc.sentences:
        return
    low = doc.lowered or text.lower()
    for index, sentence in enumerate(doc.sentences):
        if "year's" not in low[sentence.start : sentence.end] \
                and "year’s" not in low[sentence.start : sentence.end]:
            continue
        for rel in _RELATIVE.finditer(text, sentence.start, sentence.end):
            measures = {_MEASURES[m.group().lower()]
                        for m in _MEASURE.finditer(text, sentence.start, rel.start())}
            if len(measures) != 1 or _RESTATED.search(text, sentence.start, sentence.end):
                continue
            year = published.year - (1 if rel["rel"].lower() == "last" else 0)
            measure = next(iter(measures))
            for other in doc.sentences[index + 1 : index + 1 + AHEAD]:
                found = _restated(doc, rule, rel, measure, year, other.start, other.end)
                if found is not None:
                    yield found
                    break


def _restated(doc: Document, rule: Rule, rel: re.Match[str], measure: str, year: int,
              start: int, end: int) -> Finding | None:
    """The finding on a written mention of `measure` in `year` in text[start:end] whose value
    differs from the relative mention's; None when there is none."""
    text = doc.text
    if _AVOID.search(text, start, end):
        return None
    for written in _WRITTEN.finditer(text, start, end):
        if int(written["year"]) != year or _OTHER.search(written["body"]):
            continue
        nouns = {_MEASURES[m.group().lower()] for m in _MEASURE.finditer(written["body"])}
        if nouns != {measure}:
            continue
        a, b = _value(rel), _value(written)
        if a is None or b is None or a[1] != b[1]:
            return None
        if abs(a[0] - b[0]) <= TOLERANCE * max(a[0], b[0]):
            return None
        return _finding(doc, rule, rel, written, year)
    return None


def _value(match: re.Match[str]) -> tuple[float, str] | None:
    """The figure of `match` as (amount, kind): "25.4 mln" is (25.4e6, "count")."""
    scale = match["s"].lower()
    number = float(match["n"].replace(",", ""))
    if scale in _UNITS:
        return number * _UNITS[scale], "count"
    return number, "percent"


def _finding(doc: Document, rule: Rule, rel: re.Match[str], written: re.Match[str],
             year: int) -> Finding:
    """The warning on the written year, with the relative mention as its partner."""
    first = f"{rel['n']} {rel['s']}"
    second = f"{written['n']} {written['s']}"
    words = f"{rel['rel']} year's"
    message = (f"“{words}” is {year} (read from publication) and gives {first}, but the same "
               f"figure for {year} is {second} here: one of the two values or years is wrong")
    return rule.finding(doc, written.start("year"), written.end("year"), message, score=0.6,
                        severity="warning",
                        evidence=(f"{words} = {year}: {first}", f"{year}: {second}"),
                        related=(Span(rel.start(), rel.end(), rel.group(),
                                      "same figure, relative year"),))
